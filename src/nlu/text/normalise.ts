// Text normalisation for features: NFKC (folds full-width forms to half-width), case fold,
// Traditional→Simplified Chinese (so zh-Hant and zh-Hans share features), squashed letter runs.
import * as OpenCC from 'opencc-js';
import { HAN } from './scripts.js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** "sooooo" and "มากกกก" become "soo" / "มากก": emphasis runs otherwise make every spelling a new feature. */
const LETTER_RUN = /(\p{L})\1{2,}/gu;

export function traditionalToSimplified(text: string): string {
  return HAN.test(text) ? toSimplified(text) : text;
}

let lastInput: string | undefined;
let lastOutput = '';

/** Pure; the last result is kept because understand() normalises each message for several stages. */
export function normaliseText(text: string): string {
  if (text === lastInput) return lastOutput;
  const t = traditionalToSimplified(text.normalize('NFKC').toLowerCase()).replace(LETTER_RUN, '$1$1');
  lastInput = text;
  lastOutput = t;
  return t;
}

const COMBINING_MARKS = /\p{M}/gu;

/** Strips diacritics ("đơn hàng" → "don hang"), the way many shoppers type Vietnamese and Spanish. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
