// Unicode script tests shared by segmentation, features and language identification.

/** Scripts written without spaces between words: they need Intl.Segmenter and character n-grams. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export const HAN = /\p{Script=Han}/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const HANGUL = /\p{Script=Hangul}/u;
export const THAI = /\p{Script=Thai}/u;
export const ARABIC = /\p{Script=Arabic}/u;
export const LATIN = /\p{Script=Latin}/u;

/** Counts the letters of each script family in one pass, for language identification. */
export interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  arabic: number;
  other: number;
  total: number;
}

export function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, thai: 0, arabic: 0, other: 0, total: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) { c.latin++; c.total++; }
      continue;
    }
    if (LATIN.test(ch)) c.latin++;
    else if (HAN.test(ch)) c.han++;
    else if (KANA.test(ch)) c.kana++;
    else if (HANGUL.test(ch)) c.hangul++;
    else if (THAI.test(ch)) c.thai++;
    else if (ARABIC.test(ch)) c.arabic++;
    else if (/\p{L}/u.test(ch)) c.other++;
    else continue;
    c.total++;
  }
  return c;
}
