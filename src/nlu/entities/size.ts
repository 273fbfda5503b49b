// Clothing and shoe sizes: letter sizes (XS…5XL and their words in the 13 languages) and numeric
// sizes after a size word ("size 42", "saiz 9", "cỡ 40", "talla 38", "尺码42", "사이즈 260").
// Values are canonical: 'XS', 'S', 'M', 'L', 'XL', 'XXL'…, or the number as written.
import type { Entity } from '../types.js';
import { traditionalToSimplified } from '../text/normalise.js';
import { alternation, entityFromMatch, foldForMatching } from './entity-span.js';

const SIZE_WORDS = ['size', 'sz', 'saiz', 'ukuran', 'uk', 'cỡ', 'co', 'kích cỡ', 'kich co', 'sai', 'talla', 'tamanho', 'tam', 'número', 'numero', 'n°', 'sukat', '尺码', '尺寸', '码', '号', 'サイズ', '사이즈', '치수', 'ไซส์', 'ไซซ์', 'ขนาด', 'مقاس', 'قياس', 'حجم'];

const LETTER_SIZES: Record<string, string> = {
  xxs: 'XXS', xs: 'XS', s: 'S', m: 'M', l: 'L', xl: 'XL', xxl: 'XXL', '2xl': 'XXL', xxxl: 'XXXL', '3xl': 'XXXL', '4xl': '4XL', '5xl': '5XL',
  small: 'S', medium: 'M', large: 'L', 'extra small': 'XS', 'extra large': 'XL', 'x-large': 'XL', 'xx-large': 'XXL',
  kecil: 'S', sedang: 'M', besar: 'L', pequeño: 'S', pequeno: 'S', mediano: 'M', médio: 'M', medio: 'M', grande: 'L',
  p: 'S', g: 'L', gg: 'XL', 小号: 'S', 中号: 'M', 大号: 'L', 加大号: 'XL',
};

/** Single letters are only sizes when written as capitals or right after a size word. */
const AMBIGUOUS = new Set(['s', 'm', 'l', 'p', 'g', 'uk', 'co', 'sai', 'tam', 'grande', 'kecil', 'besar', 'sedang']);

const SIZE_WORD_ALT = alternation(SIZE_WORDS);
const LETTER_ALT = alternation(Object.keys(LETTER_SIZES));
const AFTER_SIZE_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${SIZE_WORD_ALT})\s?[:：]?\s?(?:(?<letter>${LETTER_ALT})(?![\p{L}\p{N}])|(?<num>\d{1,3}(?:[.,]5)?)(?![\p{N}]))`,
  'giu',
);
const STANDALONE = new RegExp(String.raw`(?<![\p{Script=Latin}\p{N}_-])(?<letter>${LETTER_ALT})(?![\p{Script=Latin}\p{N}_-])`, 'giu');

/** A catalog's or a shopper's size written the canonical way ("2xl" → "XXL", "42" → "42"). */
export function canonicalSize(value: string): string {
  const v = value.trim().toLowerCase();
  return LETTER_SIZES[v] ?? v.toUpperCase();
}

function fold(t: string): string {
  return traditionalToSimplified(t.normalize('NFKC').toLowerCase());
}

export function extractSizes(text: string): Entity[] {
  const t = foldForMatching(text, fold);
  const out: Entity[] = [];
  for (const m of t.matchAll(AFTER_SIZE_WORD)) {
    const g = m.groups!;
    const value = g.letter ? LETTER_SIZES[g.letter]! : g.num!.replace(',', '.');
    const len = (g.letter ?? g.num)!.length;
    const start = m.index! + m[0].length - len;
    out.push(entityFromMatch('size', value, text.slice(start, start + len), start, { afterSizeWord: true }));
  }
  for (const m of t.matchAll(STANDALONE)) {
    const word = m[0];
    const start = m.index!;
    if (out.some((e) => start < e.end && start + word.length > e.start)) continue;
    const original = text.slice(start, start + word.length);
    // "I'm", "a m" or "s" of "it's" are not sizes; "M" or "XL" in capitals are.
    if (AMBIGUOUS.has(word) && (original !== original.toUpperCase() || /['’]$/.test(text.slice(0, start)))) continue;
    if (word.length <= 2 && /^[a-z]+$/.test(word) && original !== original.toUpperCase()) continue;
    out.push(entityFromMatch('size', LETTER_SIZES[word]!, original, start));
  }
  return out.sort((a, b) => a.start - b.start);
}
