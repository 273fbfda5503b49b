// Word segmentation: Intl.Segmenter where words are not separated by spaces (Thai, Chinese,
// Japanese need no dictionary with it), a plain regex elsewhere because it is ~10x faster.
import { UNSPACED_SCRIPT } from './scripts.js';

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const EMOJI = /\p{Extended_Pictographic}/u;
/** Words (letters, marks, digits, inner apostrophes) or single emoji. */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\p{Extended_Pictographic}/gu;

let lastInput: string | undefined;
let lastWords: readonly string[] = [];

/** Pure; the last result is kept because understand() segments each normalised message twice. Callers must not mutate it. */
export function segmentWords(text: string): readonly string[] {
  if (text === lastInput) return lastWords;
  const words = segment(text);
  lastInput = text;
  lastWords = words;
  return words;
}

function segment(text: string): string[] {
  if (!UNSPACED_SCRIPT.test(text)) return text.match(SPACED_WORD) ?? [];
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) {
      words.push(s.segment);
    } else if (EMOJI.test(s.segment)) {
      for (const e of s.segment.match(/\p{Extended_Pictographic}/gu) ?? []) words.push(e);
    }
  }
  return words;
}
