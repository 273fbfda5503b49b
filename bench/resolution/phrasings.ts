// How shoppers word each need in the benchmark, two ways per language (the conversation tests use
// one): the resolution benchmark draws from these so one lucky phrasing cannot carry a skill.
export const BENCH_LANGUAGES = ['en', 'zh-Hans', 'id', 'th', 'vi', 'es'] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

type Phrasings = Record<BenchLanguage, readonly [string, string]>;

export const ORDER_STATUS: Phrasings = {
  en: ['where is my order?', 'any update on my order?'],
  'zh-Hans': ['我的订单到哪了？', '帮我查一下订单状态'],
  id: ['pesanan saya sudah sampai mana?', 'status pesanan saya gimana?'],
  th: ['ออเดอร์ของฉันอยู่ไหน', 'เช็คสถานะคำสั่งซื้อให้หน่อย'],
  vi: ['đơn hàng của tôi đâu rồi?', 'kiểm tra tình trạng đơn hàng giúp mình'],
  es: ['¿dónde está mi pedido?', '¿cómo va mi pedido?'],
};

export const TRACK: Phrasings = {
  en: ['can you track my parcel?', 'where is my package'],
  'zh-Hans': ['帮我查一下物流', '我的包裹到哪里了'],
  id: ['tolong lacak paket saya', 'paket saya sudah sampai mana'],
  th: ['เช็คเลขพัสดุให้หน่อย', 'ติดตามพัสดุ'],
  vi: ['kiểm tra vận đơn giúp mình', 'theo dõi kiện hàng của tôi'],
  es: ['¿puedes rastrear mi paquete?', 'quiero rastrear mi envío'],
};

/** Group buys have no intent of their own: the intent model leaves these unplaced or unsure, the help centre answers. */
export const GROUP_BUY: Phrasings = {
  en: ["what's a group buy and how does it work?", 'how do group buys work?'],
  'zh-Hans': ['拼团是怎么回事？', '拼团怎么玩'],
  id: ['cara kerja group buy gimana?', 'group buy itu apa sih?'],
  th: ['ซื้อแบบกลุ่มทำยังไง', 'สั่งซื้อแบบกลุ่มคืออะไร'],
  vi: ['mua chung hoạt động thế nào?', 'mua chung là gì vậy shop?'],
  es: ['¿cómo funcionan las compras en grupo?', '¿qué es una compra en grupo?'],
};

/** "Where is my refund?" about a named order: {number} is replaced by the order number. */
export const REFUND_STATUS: Phrasings = {
  en: ['where is my refund for {number}?', 'when will I get my money back for order {number}'],
  'zh-Hans': ['我的退款 {number} 到哪了？', '订单 {number} 的退款什么时候到账'],
  id: ['refund saya untuk {number} sudah sampai mana?', 'kapan dana pesanan {number} dikembalikan?'],
  th: ['เงินคืนของออเดอร์ {number} ได้เมื่อไหร่', 'สถานะการคืนเงินออเดอร์ {number}'],
  vi: ['khi nào tôi nhận được tiền hoàn cho đơn {number}?', 'tiền hoàn của đơn {number} đến đâu rồi?'],
  es: ['¿dónde está mi reembolso del pedido {number}?', '¿cuándo me devuelven el dinero del pedido {number}?'],
};

export const RETURN: Phrasings = {
  en: ['I want to return my order', 'I want to send back an item'],
  'zh-Hans': ['我想退货', '我要申请退货退款'],
  id: ['saya mau retur barang', 'saya mau kembalikan barang'],
  th: ['ขอคืนสินค้าค่ะ', 'อยากคืนสินค้า'],
  vi: ['tôi muốn trả hàng', 'tôi muốn hoàn trả sản phẩm'],
  es: ['quiero devolver mi pedido', 'quiero hacer una devolución'],
};

export const CANCEL: Phrasings = {
  en: ['cancel my order', 'I want to cancel my order please'],
  'zh-Hans': ['我要取消订单', '帮我取消这个订单'],
  id: ['saya mau batalkan pesanan', 'tolong batalkan pesanan saya'],
  th: ['ขอยกเลิกคำสั่งซื้อ', 'ยกเลิกออเดอร์ให้หน่อย'],
  vi: ['tôi muốn hủy đơn hàng', 'hủy đơn giúp mình'],
  es: ['quiero cancelar mi pedido', 'cancela mi pedido por favor'],
};

export const CHANGE_ADDRESS: Phrasings = {
  en: ['I need to change my delivery address', 'can I change the shipping address?'],
  'zh-Hans': ['我想修改收货地址', '可以改一下收货地址吗'],
  id: ['saya mau ganti alamat pengiriman', 'bisa ubah alamat kirim?'],
  th: ['ขอเปลี่ยนที่อยู่จัดส่ง', 'เปลี่ยนที่อยู่ได้ไหม'],
  vi: ['tôi muốn đổi địa chỉ giao hàng', 'đổi địa chỉ nhận hàng được không?'],
  es: ['quiero cambiar la dirección de entrega', '¿puedo cambiar la dirección de envío?'],
};

export const ANY_DISCOUNT: Phrasings = {
  en: ['is there any discount right now?', 'what promotions are running?'],
  'zh-Hans': ['有什么优惠活动吗？', '现在有折扣吗'],
  id: ['ada promo apa sekarang?', 'lagi ada diskon?'],
  th: ['มีโปรโมชั่นอะไรบ้าง', 'ตอนนี้มีส่วนลดไหม'],
  vi: ['có khuyến mãi gì không?', 'đang có chương trình giảm giá nào?'],
  es: ['¿hay algún descuento?', '¿qué promociones tienen ahora?'],
};

export const CAN_I_USE: Record<BenchLanguage, readonly [(c: string) => string, (c: string) => string]> = {
  en: [(c) => `can I use code ${c}?`, (c) => `is the coupon ${c} still valid?`],
  'zh-Hans': [(c) => `优惠码 ${c} 还能用吗？`, (c) => `${c} 这个券可以用吗`],
  id: [(c) => `kode ${c} masih bisa dipakai?`, (c) => `voucher ${c} masih berlaku?`],
  th: [(c) => `โค้ด ${c} ยังใช้ได้ไหม`, (c) => `โค้ดส่วนลด ${c} ใช้ได้หรือเปล่า`],
  vi: [(c) => `mã ${c} còn dùng được không?`, (c) => `voucher ${c} còn hạn không?`],
  es: [(c) => `¿puedo usar el código ${c}?`, (c) => `¿el cupón ${c} sigue vigente?`],
};

export const COMES_IN: Record<BenchLanguage, (title: string, colour: string) => string> = {
  en: (t, c) => `does the ${t} come in ${c}?`,
  'zh-Hans': (t, c) => `${t}有${c}吗？`,
  id: (t, c) => `${t} ada warna ${c}?`,
  th: (t, c) => `${t} มีสี${c}ไหม`,
  vi: (t, c) => `${t} có màu ${c} không?`,
  es: (t, c) => `¿la ${t} viene en ${c}?`,
};

/** Colour words the shopper types, per language. */
export const COLOUR_WORDS: Record<string, Record<BenchLanguage, string>> = {
  black: { en: 'black', 'zh-Hans': '黑色', id: 'hitam', th: 'ดำ', vi: 'đen', es: 'negro' },
  white: { en: 'white', 'zh-Hans': '白色', id: 'putih', th: 'ขาว', vi: 'trắng', es: 'blanco' },
  navy: { en: 'navy', 'zh-Hans': '藏青色', id: 'navy', th: 'กรมท่า', vi: 'xanh navy', es: 'azul marino' },
  blue: { en: 'blue', 'zh-Hans': '蓝色', id: 'biru', th: 'น้ำเงิน', vi: 'xanh dương', es: 'azul' },
  pink: { en: 'pink', 'zh-Hans': '粉色', id: 'pink', th: 'ชมพู', vi: 'hồng', es: 'rosa' },
};

export const DISCOUNT_ON: Record<BenchLanguage, (title: string) => string> = {
  en: (t) => `any discount on the ${t}?`,
  'zh-Hans': (t) => `${t}打折吗？`,
  id: (t) => `apakah ada diskon untuk ${t} sekarang?`,
  th: (t) => `${t} ลดราคาไหม`,
  vi: (t) => `${t} có giảm giá không?`,
  es: (t) => `¿hay descuento en la ${t}?`,
};
