// The shop's automatic promotions: always-on free shipping and socks bundle, a mid-season sale that
// is running now, the last and next double-day and mega-sales, and an upcoming members' week.
import type { Product, Promotion } from '../types.js';
import { doubleDays, relativeWindow, yearlyOccurrences, type Window } from './campaign-calendar.js';
import type { Localised } from './content-languages.js';
import { usd } from './currencies.js';
import { iso } from './dates.js';
import { FREE_SHIPPING_THRESHOLD } from './shipping-zones.js';

/** Group buys: this many paid orders within the window unlock the group discount. */
export const GROUP_BUY = { size: 3, hours: 48, percentOff: 20 } as const;

function productIds(products: readonly Product[], handles: readonly string[]): string[] {
  return handles.map((handle) => {
    const product = products.find((candidate) => candidate.handle === handle);
    if (!product) throw new Error(`promotion refers to unknown product ${handle}`);
    return product.id;
  });
}

const dates = (window: Window) => ({ startsAt: iso(window.startsAt), endsAt: iso(window.endsAt) });

function doubleDayName(month: number): Localised {
  const label = `${month}.${month}`;
  return {
    en: `${label} Double-Day Sale: spend US$120, get US$15 off`,
    'zh-Hans': `${label} 双数日大促：满 120 美元减 15 美元`,
    id: `Promo Tanggal Kembar ${label}: belanja US$120, potongan US$15`,
    th: `${label} ลดวันเลขเบิ้ล: ช้อปครบ 120 ดอลลาร์ ลด 15 ดอลลาร์`,
    vi: `Ngày đôi ${label}: mua từ 120 USD giảm 15 USD`,
    es: `Doble día ${label}: gasta 120 US$ y ahorra 15 US$`,
  };
}

export function buildPromotions(now: Date, products: readonly Product[]): Promotion[] {
  const elevenEleven = yearlyOccurrences(now, 11, 10, 3);
  const twelveTwelve = yearlyOccurrences(now, 12, 11, 2);
  const doubleDay = doubleDays(now);
  // Bestsellers sell anyway; the merchant keeps them out of percentage sales.
  const bestsellers = productIds(products, ['linen-camp-collar-shirt', 'linen-midi-dress']);
  const newSeason = productIds(products, ['unstructured-linen-blazer', 'japanese-denim-chore-jacket']);

  const elevenElevenPromo = (window: Window, id: string): Promotion => ({
    id,
    name: {
      en: '11.11 Mega Sale: spend US$200, get US$30 off',
      'zh-Hans': '双十一大促：满 200 美元减 30 美元',
      id: 'Mega Sale 11.11: belanja US$200, potongan US$30',
      th: 'เมกะเซล 11.11: ช้อปครบ 200 ดอลลาร์ ลด 30 ดอลลาร์',
      vi: 'Siêu sale 11.11: mua từ 200 USD giảm 30 USD',
      es: 'Megaoferta 11.11: gasta 200 US$ y ahorra 30 US$',
    },
    kind: 'threshold', minSpend: usd(200), amountOff: usd(30),
    appliesTo: [], excludes: ['gift_cards'],
    stackableWithCoupons: true, stackableWithPromotions: true,
    ...dates(window),
  });

  const twelveTwelvePromo = (window: Window, id: string): Promotion => ({
    id,
    name: {
      en: '12.12 Year-End Sale: 12% off clothing, shoes and bags',
      'zh-Hans': '双十二年终大促：服装、鞋履和包袋 88 折',
      id: 'Year-End Sale 12.12: diskon 12% pakaian, sepatu, dan tas',
      th: 'เซลส่งท้ายปี 12.12: ลด 12% เสื้อผ้า รองเท้า และกระเป๋า',
      vi: 'Sale cuối năm 12.12: giảm 12% quần áo, giày và túi',
      es: 'Rebajas de fin de año 12.12: 12 % en ropa, calzado y bolsos',
    },
    kind: 'percent', percentOff: 12,
    appliesTo: ['apparel', 'shoes', 'bags'], excludes: [...bestsellers],
    stackableWithCoupons: false, stackableWithPromotions: false,
    ...dates(window),
  });

  const doubleDayPromo = (window: Window & { month: number }, id: string): Promotion => ({
    id, name: doubleDayName(window.month),
    kind: 'threshold', minSpend: usd(120), amountOff: usd(15),
    appliesTo: [], excludes: ['gift_cards'],
    stackableWithCoupons: true, stackableWithPromotions: true,
    ...dates(window),
  });

  return [
    {
      id: 'promo_free_shipping',
      name: {
        en: 'Free standard shipping on orders over US$79',
        'zh-Hans': '订单满 79 美元免标准运费',
        id: 'Gratis ongkir standar untuk pesanan di atas US$79',
        th: 'ส่งฟรีแบบมาตรฐานเมื่อสั่งซื้อครบ 79 ดอลลาร์',
        vi: 'Miễn phí vận chuyển tiêu chuẩn cho đơn từ 79 USD',
        es: 'Envío estándar gratis en pedidos desde 79 US$',
      },
      kind: 'free_shipping', minSpend: FREE_SHIPPING_THRESHOLD,
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithCoupons: true, stackableWithPromotions: true,
      ...dates(relativeWindow(now, -730, 1095)),
    },
    {
      id: 'promo_socks_bundle',
      name: {
        en: 'Socks: buy 2, get 1 free',
        'zh-Hans': '袜子买二送一',
        id: 'Kaus kaki: beli 2 gratis 1',
        th: 'ถุงเท้า ซื้อ 2 แถม 1',
        vi: 'Tất: mua 2 tặng 1',
        es: 'Calcetines: compra 2 y llévate 1 gratis',
      },
      kind: 'bundle', buyQuantity: 2, getQuantity: 1,
      appliesTo: ['socks'], excludes: [],
      stackableWithCoupons: true, stackableWithPromotions: true,
      ...dates(relativeWindow(now, -45, 90)),
    },
    {
      id: 'promo_mid_season',
      name: {
        en: 'Monsoon Mid-Season Sale: 15% off clothing and shoes',
        'zh-Hans': '季风季中特卖：服装和鞋履 85 折',
        id: 'Monsoon Mid-Season Sale: diskon 15% pakaian dan sepatu',
        th: 'มรสุมมิดซีซั่นเซล: ลด 15% เสื้อผ้าและรองเท้า',
        vi: 'Sale giữa mùa Monsoon: giảm 15% quần áo và giày',
        es: 'Rebajas de media temporada Monsoon: 15 % en ropa y calzado',
      },
      kind: 'percent', percentOff: 15,
      appliesTo: ['apparel', 'shoes'], excludes: [...newSeason],
      stackableWithCoupons: false, stackableWithPromotions: true,
      ...dates(relativeWindow(now, -6, 15)),
    },
    elevenElevenPromo(elevenEleven.last, 'promo_1111_last'),
    elevenElevenPromo(elevenEleven.next, 'promo_1111_next'),
    twelveTwelvePromo(twelveTwelve.last, 'promo_1212_last'),
    twelveTwelvePromo(twelveTwelve.next, 'promo_1212_next'),
    doubleDayPromo(doubleDay.last, 'promo_double_day_last'),
    doubleDayPromo(doubleDay.next, 'promo_double_day_next'),
    {
      id: 'promo_members_week',
      name: {
        en: 'Members’ Week: 20% off home and bedding',
        'zh-Hans': '会员周：家居和床品 8 折',
        id: 'Members’ Week: diskon 20% perlengkapan rumah dan bedding',
        th: 'สัปดาห์สมาชิก: ลด 20% ของแต่งบ้านและเครื่องนอน',
        vi: 'Tuần lễ thành viên: giảm 20% đồ gia dụng và chăn ga',
        es: 'Semana de socios: 20 % en hogar y ropa de cama',
      },
      kind: 'percent', percentOff: 20,
      appliesTo: ['home'], excludes: [],
      stackableWithCoupons: false, stackableWithPromotions: true,
      ...dates(relativeWindow(now, 18, 7)),
    },
  ];
}
