// Colours in the 13 languages, mapped to the lower-case English names catalogs use for options.
import type { Entity } from '../types.js';
import { traditionalToSimplified } from '../text/normalise.js';
import { alternation, entityFromMatch, foldForMatching } from './entity-span.js';

const COLOURS: Record<string, string[]> = {
  black: ['black', 'hitam', 'đen', 'den', 'itim', 'negro', 'negra', 'preto', 'preta', '黑色', '黑', '黒', 'ブラック', '검정', '검은색', '블랙', 'ดำ', 'สีดำ', 'أسود', 'اسود', 'سوداء'],
  white: ['white', 'putih', 'trắng', 'trang', 'puti', 'blanco', 'blanca', 'branco', 'branca', '白色', '白', 'ホワイト', '흰색', '하얀색', '화이트', 'ขาว', 'สีขาว', 'أبيض', 'ابيض', 'بيضاء'],
  red: ['red', 'merah', 'đỏ', 'do', 'pula', 'rojo', 'roja', 'vermelho', 'vermelha', '红色', '红', '赤', 'レッド', '빨간색', '빨강', '레드', 'แดง', 'สีแดง', 'أحمر', 'احمر', 'حمراء'],
  blue: ['blue', 'biru', 'xanh dương', 'xanh da trời', 'xanh duong', 'asul', 'azul', '蓝色', '蓝', '青', 'ブルー', '파란색', '파랑', '블루', 'น้ำเงิน', 'สีน้ำเงิน', 'ฟ้า', 'สีฟ้า', 'أزرق', 'ازرق', 'زرقاء'],
  navy: ['navy', 'navy blue', 'biru dongker', 'biru tua', 'xanh navy', 'azul marino', 'azul marinho', '藏青色', '海军蓝', 'ネイビー', '네이비', 'กรมท่า', 'كحلي'],
  green: ['green', 'hijau', 'xanh lá', 'xanh la', 'berde', 'verde', '绿色', '绿', '緑', 'グリーン', '초록색', '녹색', '그린', 'เขียว', 'สีเขียว', 'أخضر', 'اخضر', 'خضراء'],
  yellow: ['yellow', 'kuning', 'vàng', 'vang', 'dilaw', 'amarillo', 'amarilla', 'amarelo', 'amarela', '黄色', '黄', 'イエロー', '노란색', '노랑', '옐로우', 'เหลือง', 'สีเหลือง', 'أصفر', 'اصفر', 'صفراء'],
  pink: ['pink', 'merah muda', 'hồng', 'hong', 'rosas', 'rosa', '粉色', '粉红色', '粉红', 'ピンク', '분홍색', '핑크', 'ชมพู', 'สีชมพู', 'وردي', 'زهري'],
  purple: ['purple', 'ungu', 'tím', 'tim', 'lila', 'morado', 'morada', 'roxo', 'roxa', '紫色', '紫', 'パープル', '보라색', '퍼플', 'ม่วง', 'สีม่วง', 'بنفسجي'],
  grey: ['grey', 'gray', 'abu-abu', 'abu abu', 'kelabu', 'xám', 'xam', 'kulay abo', 'gris', 'cinza', '灰色', '灰', 'グレー', '회색', '그레이', 'เทา', 'สีเทา', 'رمادي'],
  brown: ['brown', 'coklat', 'cokelat', 'nâu', 'nau', 'kayumanggi', 'marrón', 'marron', 'café', 'marrom', '棕色', '咖啡色', '茶色', 'ブラウン', '갈색', '브라운', 'น้ำตาล', 'สีน้ำตาล', 'بني'],
  orange: ['orange', 'oren', 'jingga', 'cam', 'kahel', 'naranja', 'laranja', '橙色', '橘色', 'オレンジ', '주황색', '오렌지', 'ส้ม', 'สีส้ม', 'برتقالي'],
  beige: ['beige', 'krem', 'cream', 'be', 'màu be', 'crema', 'bege', '米色', 'ベージュ', '베이지', 'เบจ', 'สีครีม', 'بيج'],
  gold: ['gold', 'emas', 'vàng gold', 'ginto', 'dorado', 'dourado', '金色', 'ゴールド', '금색', '골드', 'ทอง', 'สีทอง', 'ذهبي'],
  silver: ['silver', 'perak', 'bạc', 'bac', 'pilak', 'plateado', 'prateado', '银色', 'シルバー', '은색', '실버', 'เงิน', 'สีเงิน', 'فضي'],
};

/** Words too common in other senses to count unless "colour" is said ("do" = vi red / en verb). */
const NEEDS_COLOUR_WORD = new Set(['do', 'den', 'trang', 'vang', 'hong', 'tim', 'xam', 'nau', 'bac', 'cam', 'be', 'café', 'rosa', 'lila', 'orange', 'gold', 'silver', 'cream', '青', '赤', '白', '黒', '黄', '紫', '灰', '红', '蓝', '绿', '黑', 'ฟ้า', 'ส้ม', 'ทอง', 'เงิน', 'ดำ', 'ขาว', 'แดง', 'เขียว', 'เหลือง', 'ชมพู', 'ม่วง', 'เทา', 'น้ำตาล']);
const COLOUR_WORD = /colou?r|warna|màu|mau|kulay|color|cor|颜色|色|カラー|색|สี|لون/i;

const canonical = new Map<string, string>();
for (const [name, words] of Object.entries(COLOURS)) for (const w of words) canonical.set(traditionalToSimplified(w.toLowerCase()), name);

const isLatin = (w: string) => /^[\p{Script=Latin}\s-]+$/u.test(w);
const latinWords = [...canonical.keys()].filter(isLatin);
const otherWords = [...canonical.keys()].filter((w) => !isLatin(w));
const COLOUR = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(latinWords)})(?![\p{L}])|(?:${alternation(otherWords)})`,
  'gu',
);

function fold(t: string): string {
  return traditionalToSimplified(t.normalize('NFKC').toLowerCase());
}

export function extractColours(text: string): Entity[] {
  const t = foldForMatching(text, fold);
  const out: Entity[] = [];
  const mentionsColour = COLOUR_WORD.test(t);
  for (const m of t.matchAll(COLOUR)) {
    const word = m[0];
    if (NEEDS_COLOUR_WORD.has(word) && !mentionsColour) continue;
    out.push(entityFromMatch('colour', canonical.get(word)!, text.slice(m.index!, m.index! + word.length), m.index!));
  }
  return out;
}
