// eld (Nito-ELD, 'large' n-gram database) restricted to the languages we serve; ~45k short
// lines/s. It has no Indonesian: its Malay answer means "Malay or Indonesian" here.
import { eld } from 'eld/large';
import type { Language } from '../types.js';

const detector = eld.newInstance();
detector.setLanguageSubset(['en', 'ms', 'vi', 'tl', 'es', 'pt', 'ar', 'th', 'ko', 'ja', 'zh']);

const FROM_ELD: Record<string, Language> = {
  en: 'en', ms: 'ms', vi: 'vi', tl: 'fil', es: 'es', pt: 'pt', ar: 'ar', th: 'th', ko: 'ko', ja: 'ja', zh: 'zh-Hans',
};

/** eld's scores per language (0..1, higher = closer), empty when it finds no n-grams. */
export function eldScores(text: string): Map<Language, number> {
  const out = new Map<Language, number>();
  const scores = detector.detect(text).getScores();
  for (const [code, score] of Object.entries(scores)) {
    const lang = FROM_ELD[code];
    if (lang) out.set(lang, score);
  }
  return out;
}
