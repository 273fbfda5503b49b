// Languages given away by their script: Thai, Hangul, Kana (Japanese even when mixed with Han),
// Arabic, and Han alone (Chinese, Traditional when it has characters Simplified Chinese lacks).
import type { Language } from '../types.js';
import * as OpenCC from 'opencc-js';
import { traditionalToSimplified } from '../text/normalise.js';
import type { ScriptCounts } from '../text/scripts.js';

export interface ScriptVerdict {
  language: Language;
  /** Share of the letters in that script. */
  share: number;
  /** Chinese written only with characters shared by both scripts ("你好"): context decides. */
  eitherChinese?: boolean;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Characters a conversion changes. It maps character for character except for rare phrases. */
function countChanged(text: string, converted: string): number {
  let n = 0;
  const a = Array.from(text);
  const b = Array.from(converted);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Traditional-only characters (changed by T→S) minus Simplified-only ones (changed by S→T). */
export function traditionalBalance(text: string): number {
  return countChanged(text, traditionalToSimplified(text)) - countChanged(text, toTraditional(text));
}

export function languageFromScript(text: string, c: ScriptCounts): ScriptVerdict | undefined {
  if (c.total === 0) return undefined;
  // Kana never appears in Chinese: any of it makes a Han-heavy line Japanese.
  if (c.kana > 0 && c.kana + c.han >= c.latin) return { language: 'ja', share: (c.kana + c.han) / c.total };
  if (c.hangul > 0 && c.hangul >= c.latin) return { language: 'ko', share: c.hangul / c.total };
  if (c.thai > 0 && c.thai >= c.latin) return { language: 'th', share: c.thai / c.total };
  if (c.arabic > 0 && c.arabic >= c.latin) return { language: 'ar', share: c.arabic / c.total };
  if (c.han > 0 && c.han >= c.latin) {
    const balance = traditionalBalance(text);
    const share = c.han / c.total;
    if (balance === 0) return { language: 'zh-Hans', share, eitherChinese: true };
    return { language: balance > 0 ? 'zh-Hant' : 'zh-Hans', share };
  }
  return undefined;
}
