// Text normalisation for features: NFKC (folds full-width forms to half-width), case fold,
// Traditional→Simplified Chinese (so zh-Hant and zh-Hans share features), squashed letter runs,
// Arabic spelling variants folded.
import * as OpenCC from 'opencc-js';
import { ARABIC, HAN } from './scripts.js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** "sooooo" and "มากกกก" become "soo" / "มากก": emphasis runs otherwise make every spelling a new feature. */
const LETTER_RUN = /(\p{L})\1{2,}/gu;

export function traditionalToSimplified(text: string): string {
  return HAN.test(text) ? toSimplified(text) : text;
}

/** Arabic short vowels, shadda, sukun and the tatweel stretcher: optional in writing. */
const ARABIC_MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const ARABIC_LETTER_VARIANTS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
const ARABIC_VARIANT = /[أإآٱىةؤئ]/g;

/** Folds the Arabic spellings shoppers mix freely ("أين"/"اين", "طلبية"/"طلبيه") to one form. */
export function foldArabic(text: string): string {
  return text.replace(ARABIC_MARKS, '').replace(ARABIC_VARIANT, (c) => ARABIC_LETTER_VARIANTS[c]!);
}

let lastInput: string | undefined;
let lastOutput = '';

/** Pure; the last result is kept because understand() normalises each message for several stages. */
export function normaliseText(text: string): string {
  if (text === lastInput) return lastOutput;
  let t = traditionalToSimplified(text.normalize('NFKC').toLowerCase()).replace(LETTER_RUN, '$1$1');
  if (ARABIC.test(t)) t = foldArabic(t);
  lastInput = text;
  lastOutput = t;
  return t;
}

const COMBINING_MARKS = /\p{M}/gu;

/** Strips diacritics ("đơn hàng" → "don hang"), the way many shoppers type Vietnamese and Spanish. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
