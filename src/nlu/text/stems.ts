// Light stems for scripts whose words carry particles and clitics: a Korean eojeol without its
// trailing particle ("주문을" → "주문"), an Arabic word without its leading conjunction/preposition
// + article and a trailing pronoun ("وبالطلبية" → "طلبيه"). Both are rule lists, not dictionaries:
// a stem is only a second feature beside the word, so an over-eager cut costs little.
import { ARABIC, HANGUL } from './scripts.js';

/** Longest first. Particles and the polite "요" that ends most chat sentences. */
const KOREAN_SUFFIXES = [
  '에서는', '에서도', '으로는', '이라도', '에게서', '한테서',
  '에서', '으로', '까지', '부터', '하고', '이랑', '에게', '한테', '보다', '처럼', '이나', '라도', '에는', '에도', '은요', '는요', '이요',
  '은', '는', '이', '가', '을', '를', '에', '로', '도', '만', '의', '랑', '요', '나',
];

/** Conjunction/preposition + article first, then the bare article and single-letter clitics. */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
/** Attached pronouns and plural endings (after normalisation ة is ه). */
const ARABIC_SUFFIXES = ['كم', 'هم', 'ها', 'نا', 'ات', 'ين', 'ون', 'وا', 'ي', 'ك', 'ه'];
const ARABIC_MIN_STEM = 3;

function stripKorean(word: string): string {
  for (const s of KOREAN_SUFFIXES) {
    if (word.length > s.length && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

function stripArabic(word: string): string {
  let w = word;
  for (const p of ARABIC_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= ARABIC_MIN_STEM) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of ARABIC_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= ARABIC_MIN_STEM) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** The word's light stem, or the word itself when no rule applies (or the script has none). */
export function lightStem(word: string): string {
  if (HANGUL.test(word)) return stripKorean(word);
  if (ARABIC.test(word)) return stripArabic(word);
  return word;
}
