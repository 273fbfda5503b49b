// Discount codes the merchant hands out: welcome, loyalty, free shipping, seasonal and service
// recovery codes, with some already expired and some not yet started, as a real shop has. VIP and
// service-recovery codes are private: checked when typed, never offered to whoever asks.
import type { Coupon, Product } from '../types.js';
import { lastMonthPayday, relativeWindow, yearlyOccurrences, type Window } from './campaign-calendar.js';
import { usd } from './currencies.js';
import { iso } from './dates.js';

export const WELCOME_COUPON = 'WELCOME10';
/** The welcome offer, quoted in the help centre as well as used at checkout. */
export const WELCOME_OFFER = { code: WELCOME_COUPON, percentOff: 10, minSpend: usd(30) } as const;
/** The free-shipping code that combines with the percentage codes. */
export const FREE_SHIPPING_CODE = { code: 'FREESHIP40', minSpend: usd(40) } as const;

const dates = (window: Window) => ({ startsAt: iso(window.startsAt), endsAt: iso(window.endsAt) });

export function buildCoupons(now: Date, products: readonly Product[]): Coupon[] {
  const newArrivals = products.filter((product) => ['unstructured-linen-blazer', 'japanese-denim-chore-jacket'].includes(product.handle))
    .map((product) => product.id);
  const elevenEleven = yearlyOccurrences(now, 11, 10, 3);
  return [
    {
      code: WELCOME_OFFER.code, kind: 'percent', percentOff: WELCOME_OFFER.percentOff, minSpend: WELCOME_OFFER.minSpend,
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [FREE_SHIPPING_CODE.code],
      ...dates(relativeWindow(now, -1095, 1825)), usageLimitPerCustomer: 1, firstOrderOnly: true, public: true,
    },
    {
      code: 'HARBOUR5', kind: 'fixed', amountOff: usd(5), minSpend: usd(50),
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(relativeWindow(now, -730, 1095)), usageLimitPerCustomer: 3, firstOrderOnly: false, public: true,
    },
    {
      code: FREE_SHIPPING_CODE.code, kind: 'free_shipping', minSpend: FREE_SHIPPING_CODE.minSpend,
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [WELCOME_COUPON, 'VIPSTYLE20', 'SLEEPWELL12'],
      ...dates(relativeWindow(now, -365, 545)), usageLimitPerCustomer: 5, firstOrderOnly: false, public: true,
    },
    {
      // Sent to VIP customers; sale items (promotions that refuse coupons) stay out of it.
      code: 'VIPSTYLE20', kind: 'percent', percentOff: 20, minSpend: usd(100),
      appliesTo: ['apparel', 'shoes', 'bags', 'accessories'], excludes: [...newArrivals],
      stackableWithPromotions: false, stackableWithCoupons: ['FREESHIP40'],
      ...dates(relativeWindow(now, -540, 900)), usageLimitPerCustomer: 2, firstOrderOnly: false,
    },
    {
      code: 'SLEEPWELL12', kind: 'percent', percentOff: 12, minSpend: usd(120),
      appliesTo: ['home'], excludes: [],
      stackableWithPromotions: true, stackableWithCoupons: ['FREESHIP40'],
      ...dates(relativeWindow(now, -20, 45)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      // Given by agents to make up for a late or lost parcel.
      code: 'SORRY10', kind: 'percent', percentOff: 10,
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(relativeWindow(now, -730, 1095)), usageLimitPerCustomer: 1, firstOrderOnly: false,
    },
    {
      code: 'EXTRA11', kind: 'fixed', amountOff: usd(11), minSpend: usd(111),
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(elevenEleven.last), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      code: 'PAYDAY8', kind: 'fixed', amountOff: usd(8), minSpend: usd(80),
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(lastMonthPayday(now)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      code: 'GADGET15', kind: 'percent', percentOff: 15, minSpend: usd(60),
      appliesTo: ['gadgets'], excludes: [],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(relativeWindow(now, -120, 60)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      code: 'SUMMER20', kind: 'percent', percentOff: 20, minSpend: usd(80),
      appliesTo: ['apparel'], excludes: [],
      stackableWithPromotions: false, stackableWithCoupons: [],
      ...dates(relativeWindow(now, -300, 45)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      code: 'RAINYDAY10', kind: 'fixed', amountOff: usd(10), minSpend: usd(100),
      appliesTo: [], excludes: ['gift_cards'],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(relativeWindow(now, 12, 7)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
    {
      code: 'NEWDROP', kind: 'percent', percentOff: 10,
      appliesTo: [...newArrivals], excludes: [],
      stackableWithPromotions: true, stackableWithCoupons: [],
      ...dates(relativeWindow(now, 5, 14)), usageLimitPerCustomer: 1, firstOrderOnly: false, public: true,
    },
  ];
}
