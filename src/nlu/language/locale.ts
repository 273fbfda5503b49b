// Maps BCP 47 locales ('zh-TW', 'id-ID', 'fil', 'tl', 'pt-BR') to the engine's languages.
import { LANGUAGES, type Language } from '../types.js';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

export function languageFromLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const parts = locale.toLowerCase().replace(/_/g, '-').split('-');
  const base = parts[0]!;
  if (base === 'zh') {
    if (parts.includes('hant') || parts.some((p) => TRADITIONAL_REGIONS.has(p))) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (base === 'tl') return 'fil';
  if (base === 'in') return 'id';
  if (base === 'zsm') return 'ms';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}
