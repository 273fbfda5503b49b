// eld (Nito-ELD, 'small' n-gram database) restricted to the languages we serve. It has no
// Indonesian: its Malay answer means "Malay or Indonesian" here. 'small' over 'large': combined with
// our cue words it scores the same on our language lines (98.5% dev, 97.7% held-out with either)
// and costs 46 MB of heap instead of 139 MB (RSS 197 vs 440 MB loaded alone).
import { eld } from 'eld/small';
import type { Language } from '../types.js';

const detector = eld.newInstance();
detector.setLanguageSubset(['en', 'ms', 'vi', 'tl', 'es', 'pt', 'ar', 'th', 'ko', 'ja', 'zh']);

const FROM_ELD: Record<string, Language> = {
  en: 'en', ms: 'ms', vi: 'vi', tl: 'fil', es: 'es', pt: 'pt', ar: 'ar', th: 'th', ko: 'ko', ja: 'ja', zh: 'zh-Hans',
};

/** Weight of eld's scores when it says itself that the line is too short to be sure. */
const UNRELIABLE_WEIGHT = 0.5;

/** eld's scores per language (0..1, higher = closer; empty when it finds no n-grams) and its own word on reliability. */
export function eldScores(text: string): { scores: Map<Language, number>; reliable: boolean } {
  const out = new Map<Language, number>();
  const result = detector.detect(text);
  const weight = result.isReliable() ? 1 : UNRELIABLE_WEIGHT;
  const scores = result.getScores();
  for (const [code, score] of Object.entries(scores)) {
    const lang = FROM_ELD[code];
    if (lang) out.set(lang, score * weight);
  }
  return { scores: out, reliable: weight === 1 };
}
