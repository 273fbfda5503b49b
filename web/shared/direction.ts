// Right-to-left detection: the widget panel mirrors for Arabic (and other RTL) pages, the demo shop sets its
// page direction, and each chat message gets the direction of its own first strong character, like dir="auto".

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'ckb', 'dv']);
const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_CHAR = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

/** True for BCP 47 tags whose language is written right to left ('ar', 'ar-EG', 'fa-IR'). */
export function isRtlLanguage(tag: string | null | undefined): boolean {
  if (!tag) return false;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language);
}

/** Direction of the first letter in `text`, or null when it has none (digits, emoji, punctuation). */
export function textDirection(text: string): TextDirection | null {
  for (const char of text) {
    if (RTL_CHAR.test(char)) return 'rtl';
    if (STRONG_CHAR.test(char)) return 'ltr';
  }
  return null;
}

export interface PageLanguageHints {
  dir: string;
  lang: string;
  browserLanguage: string;
}

/** The panel goes RTL when the page declares it, or the page or browser language is an RTL one. */
export function panelDirection(hints: PageLanguageHints): TextDirection {
  if (hints.dir.toLowerCase() === 'rtl') return 'rtl';
  if (hints.lang) return isRtlLanguage(hints.lang) ? 'rtl' : 'ltr';
  return isRtlLanguage(hints.browserLanguage) ? 'rtl' : 'ltr';
}
