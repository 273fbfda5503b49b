// Our language codes (the NLU's: en, zh-Hans, zh-Hant, fil, …) against each service's codes.
// LibreTranslate (Argos models) names Simplified Chinese "zh", Traditional "zt" and Filipino "tl";
// DeepL takes upper-case codes, "ZH-HANS"/"ZH-HANT", and has no Filipino, Thai, Malay or Vietnamese.

const LIBRE: Record<string, string> = { 'zh-Hans': 'zh', 'zh-Hant': 'zt', fil: 'tl' };
const LIBRE_BACK: Record<string, string> = { zh: 'zh-Hans', 'zh-hans': 'zh-Hans', zt: 'zh-Hant', 'zh-hant': 'zh-Hant', tl: 'fil' };

export function toLibre(language: string): string {
  return LIBRE[language] ?? language.split('-')[0]!.toLowerCase();
}

export function fromLibre(code: string): string {
  return LIBRE_BACK[code.toLowerCase()] ?? code.toLowerCase();
}

const DEEPL_TARGET: Record<string, string> = { en: 'EN-US', pt: 'PT-BR', 'zh-Hans': 'ZH-HANS', 'zh-Hant': 'ZH-HANT' };

export function toDeeplTarget(language: string): string {
  return DEEPL_TARGET[language] ?? language.split('-')[0]!.toUpperCase();
}

/** DeepL source languages have no variants ("EN", "ZH"). */
export function toDeeplSource(language: string): string {
  return language.split('-')[0]!.toUpperCase();
}

export function fromDeepl(code: string): string {
  const c = code.toUpperCase();
  if (c === 'ZH' || c === 'ZH-HANS') return 'zh-Hans';
  if (c === 'ZH-HANT') return 'zh-Hant';
  return c.split('-')[0]!.toLowerCase();
}
