// Picks the page language from what the browser prefers and the shop offers, and the best text from a
// per-language record ({ en: 'T-shirt', ar: 'قميص' }).

function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** First browser preference the shop supports (exact tag, then base language), else the shop's first language. */
export function chooseLanguage(preferred: readonly string[], offered: readonly string[]): string {
  for (const tag of preferred) {
    const exact = offered.find((candidate) => candidate.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const sameBase = offered.find((candidate) => baseLanguage(candidate) === baseLanguage(tag));
    if (sameBase) return sameBase;
  }
  return offered[0] ?? 'en';
}

/** Text in `language`, else its base language, else English, else whatever the record has. */
export function pickLocalized(texts: Record<string, string>, language: string): string {
  const base = baseLanguage(language);
  const key = Object.keys(texts).find((candidate) => candidate.toLowerCase() === language.toLowerCase())
    ?? Object.keys(texts).find((candidate) => baseLanguage(candidate) === base);
  return (key && texts[key]) || texts.en || Object.values(texts)[0] || '';
}
