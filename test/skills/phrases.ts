// What shoppers type, per language, in the conversation tests (one phrasing per need; the
// resolution benchmark uses several).
export const TEST_LANGUAGES = ['en', 'zh-Hans', 'id', 'th', 'vi', 'es'] as const;
export type TestLanguage = (typeof TEST_LANGUAGES)[number];

export const PHRASES: Record<string, Record<TestLanguage, string>> = {
  whereIsOrder: {
    en: 'where is my order?', 'zh-Hans': '我的订单到哪了？', id: 'pesanan saya sudah sampai mana?', th: 'ออเดอร์ของฉันอยู่ไหน',
    vi: 'đơn hàng của tôi đâu rồi?', es: '¿dónde está mi pedido?',
  },
  track: {
    en: 'can you track my parcel?', 'zh-Hans': '帮我查一下物流', id: 'tolong lacak paket saya', th: 'เช็คเลขพัสดุให้หน่อย',
    vi: 'kiểm tra vận đơn giúp mình', es: '¿puedes rastrear mi paquete?',
  },
  notReceived: {
    en: 'it says delivered but I never received my parcel', 'zh-Hans': '显示已签收但是我没有收到包裹', id: 'katanya sudah terkirim tapi paket belum saya terima',
    th: 'ขึ้นว่าจัดส่งแล้วแต่ยังไม่ได้รับของ', vi: 'báo đã giao nhưng tôi chưa nhận được hàng', es: 'dice entregado pero no he recibido mi paquete',
  },
  otherOrder: {
    en: 'actually, where is my other order?', 'zh-Hans': '那我另一个订单呢？', id: 'kalau pesanan saya yang lain gimana?', th: 'แล้วออเดอร์อื่นของฉันล่ะ',
    vi: 'còn đơn hàng khác của tôi thì sao?', es: '¿y mi otro pedido?',
  },
  meant: {
    en: 'no, I meant', 'zh-Hans': '不是，我是说', id: 'bukan, maksud saya', th: 'ไม่ใช่ หมายถึง', vi: 'không phải, ý tôi là', es: 'no, quise decir',
  },
};

/** "Does <product> come in black?" with the product's title in the shopper's language. */
export const COMES_IN_BLACK: Record<TestLanguage, (title: string) => string> = {
  en: (t) => `does the ${t} come in black?`,
  'zh-Hans': (t) => `${t}有黑色吗？`,
  id: (t) => `${t} ada warna hitam?`,
  th: (t) => `${t} มีสีดำไหม`,
  vi: (t) => `${t} có màu đen không?`,
  es: (t) => `¿la ${t} viene en negro?`,
};

export const PROMO_PHRASES: Record<string, Record<TestLanguage, (x: string) => string>> = {
  anyDiscount: {
    en: () => 'is there any discount right now?', 'zh-Hans': () => '有什么优惠活动吗？', id: () => 'ada promo apa sekarang?',
    th: () => 'มีโปรโมชั่นอะไรบ้าง', vi: () => 'có khuyến mãi gì không?', es: () => '¿hay algún descuento?',
  },
  canIUse: {
    en: (c) => `can I use code ${c}?`, 'zh-Hans': (c) => `优惠码 ${c} 还能用吗？`, id: (c) => `kode ${c} masih bisa dipakai?`,
    th: (c) => `โค้ด ${c} ยังใช้ได้ไหม`, vi: (c) => `mã ${c} còn dùng được không?`, es: (c) => `¿puedo usar el código ${c}?`,
  },
  discountOn: {
    en: (t) => `any discount on the ${t}?`, 'zh-Hans': (t) => `${t}打折吗？`, id: (t) => `apakah ada diskon untuk ${t} sekarang?`,
    th: (t) => `${t} ลดราคาไหม`, vi: (t) => `${t} có giảm giá không?`, es: (t) => `¿hay descuento en la ${t}?`,
  },
};

export const SERVICE_PHRASES: Record<string, Record<TestLanguage, string>> = {
  whereRefund: {
    en: 'where is my refund for {number}?', 'zh-Hans': '我的退款 {number} 到哪了？', id: 'refund saya untuk {number} sudah sampai mana?',
    th: 'เงินคืนของออเดอร์ {number} ได้เมื่อไหร่', vi: 'khi nào tôi nhận được tiền hoàn cho đơn {number}?', es: '¿dónde está mi reembolso del pedido {number}?',
  },
  wantReturn: {
    en: 'I want to return my order', 'zh-Hans': '我想退货', id: 'saya mau retur barang', th: 'ขอคืนสินค้าค่ะ', vi: 'tôi muốn trả hàng',
    es: 'quiero devolver mi pedido',
  },
  cancel: {
    en: 'cancel my order', 'zh-Hans': '我要取消订单', id: 'saya mau batalkan pesanan', th: 'ขอยกเลิกคำสั่งซื้อ', vi: 'tôi muốn hủy đơn hàng',
    es: 'quiero cancelar mi pedido',
  },
  changeAddress: {
    en: 'I need to change my delivery address', 'zh-Hans': '我想修改收货地址', id: 'saya mau ganti alamat pengiriman', th: 'ขอเปลี่ยนที่อยู่จัดส่ง',
    vi: 'tôi muốn đổi địa chỉ giao hàng', es: 'quiero cambiar la dirección de entrega',
  },
};

export const KNOWLEDGE_PHRASES: Record<string, Record<TestLanguage, string>> = {
  shippingTime: {
    en: 'how long does delivery to Thailand take?', 'zh-Hans': '寄到泰国要多久？', id: 'berapa lama pengiriman ke Thailand?',
    th: 'ส่งไปไทยใช้เวลากี่วัน', vi: 'giao hàng đến Thái Lan mất bao lâu?', es: '¿cuánto tarda el envío a Tailandia?',
  },
  giftWrap: {
    en: 'can you gift wrap my order?', 'zh-Hans': '可以帮我礼品包装吗？', id: 'bisa dibungkus kado?', th: 'ห่อของขวัญได้ไหม',
    vi: 'shop có gói quà không?', es: '¿pueden envolver mi pedido para regalo?',
  },
};
