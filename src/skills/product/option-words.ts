// Option values (colour, size) across languages. Catalogs usually name variants in English ("sage",
// "navy", "queen"): replies show them in the shopper's language next to the shop's own name, and a
// shopper's colour word, even a broad one ("xanh" is blue or green in Vietnamese), is matched to the
// one value of the product it can mean.
import { extractColours } from '../../nlu/entities/colour.js';

type Names = Record<string, string>;

/** Base colours in the 12 languages besides English (the first word a shop assistant would use). */
const COLOUR_NAMES: Record<string, Names> = {
  black: { 'zh-Hans': '黑色', 'zh-Hant': '黑色', id: 'hitam', ms: 'hitam', th: 'ดำ', vi: 'đen', fil: 'itim', es: 'negro', pt: 'preto', ja: 'ブラック', ko: '블랙', ar: 'أسود' },
  white: { 'zh-Hans': '白色', 'zh-Hant': '白色', id: 'putih', ms: 'putih', th: 'ขาว', vi: 'trắng', fil: 'puti', es: 'blanco', pt: 'branco', ja: 'ホワイト', ko: '화이트', ar: 'أبيض' },
  red: { 'zh-Hans': '红色', 'zh-Hant': '紅色', id: 'merah', ms: 'merah', th: 'แดง', vi: 'đỏ', fil: 'pula', es: 'rojo', pt: 'vermelho', ja: 'レッド', ko: '레드', ar: 'أحمر' },
  blue: { 'zh-Hans': '蓝色', 'zh-Hant': '藍色', id: 'biru', ms: 'biru', th: 'น้ำเงิน', vi: 'xanh dương', fil: 'asul', es: 'azul', pt: 'azul', ja: 'ブルー', ko: '블루', ar: 'أزرق' },
  navy: { 'zh-Hans': '藏青色', 'zh-Hant': '藏青色', id: 'biru dongker', ms: 'biru tua', th: 'กรมท่า', vi: 'xanh navy', fil: 'navy blue', es: 'azul marino', pt: 'azul-marinho', ja: 'ネイビー', ko: '네이비', ar: 'كحلي' },
  green: { 'zh-Hans': '绿色', 'zh-Hant': '綠色', id: 'hijau', ms: 'hijau', th: 'เขียว', vi: 'xanh lá', fil: 'berde', es: 'verde', pt: 'verde', ja: 'グリーン', ko: '그린', ar: 'أخضر' },
  yellow: { 'zh-Hans': '黄色', 'zh-Hant': '黃色', id: 'kuning', ms: 'kuning', th: 'เหลือง', vi: 'vàng', fil: 'dilaw', es: 'amarillo', pt: 'amarelo', ja: 'イエロー', ko: '옐로우', ar: 'أصفر' },
  pink: { 'zh-Hans': '粉色', 'zh-Hant': '粉色', id: 'merah muda', ms: 'merah jambu', th: 'ชมพู', vi: 'hồng', fil: 'rosas', es: 'rosa', pt: 'rosa', ja: 'ピンク', ko: '핑크', ar: 'وردي' },
  purple: { 'zh-Hans': '紫色', 'zh-Hant': '紫色', id: 'ungu', ms: 'ungu', th: 'ม่วง', vi: 'tím', fil: 'lila', es: 'morado', pt: 'roxo', ja: 'パープル', ko: '퍼플', ar: 'بنفسجي' },
  grey: { 'zh-Hans': '灰色', 'zh-Hant': '灰色', id: 'abu-abu', ms: 'kelabu', th: 'เทา', vi: 'xám', fil: 'abo', es: 'gris', pt: 'cinza', ja: 'グレー', ko: '그레이', ar: 'رمادي' },
  brown: { 'zh-Hans': '棕色', 'zh-Hant': '棕色', id: 'cokelat', ms: 'coklat', th: 'น้ำตาล', vi: 'nâu', fil: 'kayumanggi', es: 'marrón', pt: 'marrom', ja: 'ブラウン', ko: '브라운', ar: 'بني' },
  orange: { 'zh-Hans': '橙色', 'zh-Hant': '橙色', id: 'oranye', ms: 'oren', th: 'ส้ม', vi: 'cam', fil: 'kahel', es: 'naranja', pt: 'laranja', ja: 'オレンジ', ko: '오렌지', ar: 'برتقالي' },
  beige: { 'zh-Hans': '米色', 'zh-Hant': '米色', id: 'krem', ms: 'krim', th: 'เบจ', vi: 'màu be', fil: 'beige', es: 'beige', pt: 'bege', ja: 'ベージュ', ko: '베이지', ar: 'بيج' },
  gold: { 'zh-Hans': '金色', 'zh-Hant': '金色', id: 'emas', ms: 'emas', th: 'ทอง', vi: 'vàng gold', fil: 'ginto', es: 'dorado', pt: 'dourado', ja: 'ゴールド', ko: '골드', ar: 'ذهبي' },
  silver: { 'zh-Hans': '银色', 'zh-Hant': '銀色', id: 'perak', ms: 'perak', th: 'เงิน', vi: 'bạc', fil: 'pilak', es: 'plateado', pt: 'prateado', ja: 'シルバー', ko: '실버', ar: 'فضي' },
};

/** Fashion colour names catalogs use, by the base colour they are a shade of. */
const SHADE_OF: Record<string, string> = {
  sage: 'green', olive: 'green', forest: 'green', lime: 'green', 'sea glass': 'green', mint: 'green', khaki: 'green',
  indigo: 'blue', 'blue stripe': 'blue', 'navy floral': 'navy', teal: 'blue', 'sky blue': 'blue',
  terracotta: 'orange', clay: 'brown', tan: 'brown', tortoise: 'brown', chocolate: 'brown',
  sand: 'beige', oat: 'beige', stone: 'beige', natural: 'beige', cream: 'beige', ivory: 'white',
  charcoal: 'grey', 'red floral': 'red', champagne: 'gold', burgundy: 'red', maroon: 'red', coral: 'pink',
};

/** Words that name more than one base colour: Vietnamese "xanh" and the kanji 青 cover blue and green. */
const BROAD: Record<string, string[]> = { xanh: ['blue', 'navy', 'green'], 青: ['blue', 'navy', 'green'], 青色: ['blue', 'navy', 'green'] };

/** Size words that are words, not codes (XS, 38, 500 ml read the same everywhere). */
const SIZE_NAMES: Record<string, Names> = {
  single: { 'zh-Hans': '单人', 'zh-Hant': '單人', id: 'single', ms: 'bujang', th: 'เตียงเดี่ยว', vi: 'giường đơn', fil: 'pang-isahan', es: 'individual', pt: 'solteiro', ja: 'シングル', ko: '싱글', ar: 'مفرد' },
  queen: { 'zh-Hans': '大号双人', 'zh-Hant': '大號雙人', id: 'queen', ms: 'queen', th: 'ควีนไซซ์', vi: 'giường queen', fil: 'queen', es: 'matrimonial', pt: 'queen', ja: 'クイーン', ko: '퀸', ar: 'كوين' },
  king: { 'zh-Hans': '特大双人', 'zh-Hant': '特大雙人', id: 'king', ms: 'king', th: 'คิงไซซ์', vi: 'giường king', fil: 'king', es: 'king', pt: 'king', ja: 'キング', ko: '킹', ar: 'كينج' },
  bath: { 'zh-Hans': '浴巾', 'zh-Hant': '浴巾', id: 'handuk mandi', ms: 'tuala mandi', th: 'ผ้าเช็ดตัว', vi: 'khăn tắm', fil: 'pampaligo', es: 'de baño', pt: 'de banho', ja: 'バスタオル', ko: '목욕용', ar: 'للاستحمام' },
  hand: { 'zh-Hans': '毛巾', 'zh-Hant': '毛巾', id: 'handuk tangan', ms: 'tuala tangan', th: 'ผ้าเช็ดมือ', vi: 'khăn tay', fil: 'pangkamay', es: 'de manos', pt: 'de rosto', ja: 'ハンドタオル', ko: '핸드용', ar: 'لليدين' },
};

const baseOf = (value: string): string | undefined => (COLOUR_NAMES[value] ? value : SHADE_OF[value]);

/** The value as the shopper reads it: the local word, with the shop's own name when it is a shade ("xanh lá (sage)"). */
export function localOptionValue(option: string, value: string, lang: string): string {
  if (lang === 'en') return value;
  const v = value.toLowerCase();
  if (option === 'size') {
    const local = SIZE_NAMES[v]?.[lang];
    return local && local !== v ? `${local} (${value})` : value;
  }
  if (option !== 'color') return value;
  const base = baseOf(v);
  const local = base ? COLOUR_NAMES[base]?.[lang] : undefined;
  if (!local) return value;
  return COLOUR_NAMES[v] ? local : `${local} (${value})`;
}

/** Every name a value goes by: the shop's own, its display in each language. */
function namesOf(option: string, value: string): string[] {
  const v = value.toLowerCase();
  const table = option === 'size' ? SIZE_NAMES[v] : option === 'color' ? COLOUR_NAMES[v] : undefined;
  return [v, ...Object.values(table ?? {}).map((n) => n.toLowerCase())];
}

/**
 * The product value the shopper's words name, or undefined: the value itself or one of its local
 * names in the text, else (colours) the base colours the text mentions, broad words included,
 * when exactly one of the product's values is a shade of them.
 */
export function matchOptionValue(option: string, values: readonly string[], text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  const named = values.filter((value) => namesOf(option, value).some((n) => n.length > 1 && (t === n || t.includes(n))));
  // The longest name wins: "blue stripe" over "blue", "navy floral" over "navy".
  if (named.length > 0) return [...named].sort((a, b) => b.length - a.length)[0];
  if (option !== 'color') return undefined;
  const bases = new Set(extractColours(text).map((e) => e.value));
  for (const [word, meant] of Object.entries(BROAD)) {
    if (new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(t) || (!/\p{Script=Latin}/u.test(word) && t.includes(word))) meant.forEach((b) => bases.add(b));
  }
  if (bases.size === 0) return undefined;
  const fits = values.filter((value) => {
    const base = baseOf(value.toLowerCase());
    return base !== undefined && (bases.has(base) || (base === 'navy' && bases.has('blue')));
  });
  return fits.length === 1 ? fits[0] : undefined;
}
