// Short phrases that change how a message is read, in every catalog language: a correction
// ("no, I meant…"), a switch to another order ("my other order"), and what a return is about
// (faulty, wrong item, size, change of mind; used or unused). Matched on the lower-cased text.

type Cues = readonly string[];

const LATIN = /^\p{Script=Latin}$/u;

/** Latin cues match at a word start ("hư" is not inside "chưa"); short ones also at a word end ("fit" is not "outfit"). */
function cuePattern(raw: string): RegExp {
  // Folded like the text (NFKC splits Thai sara am, for one).
  const cue = raw.toLowerCase().normalize('NFKC');
  const first = cue.trim()[0] ?? '';
  const last = cue.trim().at(-1) ?? '';
  const escaped = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = LATIN.test(first) && cue[0] !== ' ' ? '(?<!\\p{L})' : '';
  const after = LATIN.test(last) && cue.trim().length <= 4 && !cue.endsWith(' ') ? '(?!\\p{L})' : '';
  return new RegExp(`${before}${escaped}${after}`, 'u');
}

const compiled = new Map<Cues, RegExp[]>();

const has = (text: string, cues: Cues): boolean => {
  const t = ` ${text.toLowerCase().normalize('NFKC')} `;
  let patterns = compiled.get(cues);
  if (!patterns) {
    patterns = cues.map(cuePattern);
    compiled.set(cues, patterns);
  }
  return patterns.some((p) => p.test(t));
};

const CORRECTION: Cues = [
  ' i meant', ' i mean ', 'no, ', 'sorry, ', ' not that', ' actually it', ' wrong number', ' typo',
  '我是说', '我的意思是', '不是', '说错', '打错', '我是說', '不對',
  'maksud saya', 'maksudnya', 'bukan ', 'salah ketik', 'maksud aku', 'silap',
  'ไม่ใช่', 'หมายถึง', 'พิมพ์ผิด',
  'ý tôi là', 'ý mình là', 'không phải', 'nhầm', 'gõ sai',
  'quise decir', 'me refiero', 'quería decir', 'me equivoqué', 'perdón, ',
  'quis dizer', 'não, ', 'ibig kong sabihin', 'hindi, ', 'じゃなくて', '間違え', '아니', '잘못', 'أقصد', 'قصدي', 'لا، ',
];

const OTHER_ORDER: Cues = [
  'other order', 'another order', 'second order', 'different order', 'my other one',
  '另一个订单', '另一笔', '其他订单', '另一個訂單', '其他訂單',
  'pesanan lain', 'pesanan yang lain', 'order lain', 'pesanan satu lagi',
  'คำสั่งซื้ออื่น', 'ออเดอร์อื่น', 'อีกออเดอร์',
  'đơn khác', 'đơn hàng khác', 'đơn còn lại',
  'otro pedido', 'el otro pedido', 'outro pedido', 'ibang order', '別の注文', '다른 주문', 'طلب آخر', 'الطلب الآخر',
];

const FAULTY: Cues = [
  'broken', 'damaged', 'defect', 'faulty', 'torn', 'ripped', 'not working', "doesn't work", 'stopped working', 'hole',
  '坏', '破', '损', '有问题', '不能用', '瑕疵', '壞', '損',
  'rusak', 'cacat', 'robek', 'sobek', 'tidak berfungsi', 'pecah',
  'เสีย', 'ชำรุด', 'ขาด', 'แตก', 'ใช้ไม่ได้',
  'hỏng', 'hư', 'rách', 'lỗi', 'bể', 'vỡ',
  'rosak', 'roto', 'dañado', 'defectuoso', 'no funciona', 'descosido', 'quebrado', 'danificado', 'sira', '壊れ', '不良', '고장', '파손', 'مكسور', 'تالف',
];

const WRONG_ITEM: Cues = [
  'wrong item', 'wrong product', 'wrong colour', 'wrong color', 'not what i ordered', 'different item',
  '发错', '寄错', '不是我买的', '發錯', 'salah kirim', 'barang salah', 'bukan yang saya pesan', 'ส่งผิด', 'ได้ของผิด',
  'giao nhầm', 'gửi nhầm', 'sai hàng', 'producto equivocado', 'me enviaron otro', 'artículo equivocado', 'produto errado', 'maling item', '違う商品', '다른 상품', 'منتج خطأ',
];

const SIZE: Cues = [
  'too small', 'too big', 'too large', "doesn't fit", 'does not fit', 'wrong size', 'fit', 'tight', 'loose',
  '太小', '太大', '不合身', '尺码', '尺碼', 'kekecilan', 'kebesaran', 'tidak muat', 'ukuran', 'เล็กไป', 'ใหญ่ไป', 'ไซส์',
  'chật', 'rộng', 'không vừa', 'size', 'pequeño', 'pequeña', 'grande', 'no me queda', 'talla', 'tamanho', 'maliit', 'hindi kasya', 'サイズ', '小さ', '大き', '사이즈', 'مقاس', 'saiz', '尺碼',
];

const USED: Cues = [
  'worn', 'washed', 'used it', 'used them', 'i used', 'tags removed', 'without tags',
  '穿过', '洗过', '用过', '穿過', '洗過', 'sudah dipakai', 'sudah dicuci', 'udah dipake', 'ใส่แล้ว', 'ซักแล้ว', 'đã mặc', 'đã giặt', 'đã dùng',
  'usado', 'lavado', 'ya lo usé', 'ya la usé', 'gamit na', '使用済み', '착용', 'مستعمل',
];

const UNUSED: Cues = [
  'unworn', 'unused', 'not worn', 'never worn', 'with tags', 'tags on', 'brand new',
  '没穿', '没用', '吊牌', '未使用', '沒穿', 'belum dipakai', 'masih baru', 'ยังไม่ได้ใส่', 'ยังไม่ได้ใช้', 'chưa mặc', 'chưa dùng', 'còn tem',
  'sin usar', 'con etiquetas', 'nuevo', 'sem uso', 'hindi pa nagamit', '未使用', '미사용', 'غير مستعمل',
];

const YES: Cues = [
  'yes', 'yeah', 'yep', 'ok', 'okay', 'sure', 'confirm', 'go ahead', 'please do',
  '是', '好', '对', '确定', '確定', '对的', '可以', 'ya', 'iya', 'betul', 'boleh', 'oke', 'ใช่', 'ตกลง', 'ได้เลย', 'ยืนยัน',
  'có', 'đúng', 'vâng', 'ừ', 'đồng ý', 'sí', 'si', 'claro', 'confirmo', 'sim', 'oo', 'opo', 'はい', 'お願いします', '네', '예', 'نعم', 'أكيد',
];

const NO: Cues = [
  'no', 'nope', "don't", 'do not', 'keep it', 'not now', 'never mind', '不', '别', '算了', '不要', 'tidak', 'gak', 'nggak', 'jangan', 'tak',
  'ไม่', 'không', 'thôi', 'não', 'hindi', 'huwag', 'いいえ', 'やめ', '아니', '취소 안', 'لا', 'كلا',
];

/** A yes or no to "shall I…?"; undefined when the reply says neither. "No" wins: "不是" is not a yes. */
export function yesOrNo(text: string): 'yes' | 'no' | undefined {
  if (has(text, NO)) return 'no';
  if (has(text, YES)) return 'yes';
  return undefined;
}

export const isCorrection = (text: string): boolean => has(text, CORRECTION);
export const mentionsOtherOrder = (text: string): boolean => has(text, OTHER_ORDER);

export type ReturnReason = 'faulty' | 'wrong_item' | 'size' | 'changed_mind';

/** What the shopper says is wrong; undefined when the message does not say. */
export function returnReason(text: string): ReturnReason | undefined {
  if (has(text, WRONG_ITEM)) return 'wrong_item';
  if (has(text, FAULTY)) return 'faulty';
  if (has(text, SIZE)) return 'size';
  return undefined;
}

/** 'unused' when the shopper says so, 'used' when they say it was worn or washed. */
export function itemCondition(text: string): 'used' | 'unused' | undefined {
  if (has(text, UNUSED)) return 'unused';
  if (has(text, USED)) return 'used';
  return undefined;
}

const COUPON_TOKEN = /(?<![\p{L}\p{N}])([A-Za-z]{3,}\d{1,4}|[A-Z]{5,12})(?![\p{L}\p{N}])/gu;

/** Tokens that look like discount codes ("WELCOME10", "newdrop" typed in capitals); checked against the shop's codes later. */
export function couponCandidates(text: string): string[] {
  return [...new Set([...text.matchAll(COUPON_TOKEN)].map((m) => m[1]!.toUpperCase()))];
}
