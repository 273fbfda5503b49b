// Language identification on chat lines we wrote for this benchmark (short, mixed and romanised;
// none taken from the intent pack), per language, for our detector and for eld alone (its Malay
// answer counted as Malay, Chinese as Simplified) in the same run. language-dev-lines.csv was used
// while tuning the cue words; language-heldout-lines.csv was written afterwards and never tuned on.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eld } from 'eld/small';
import { detectLanguage, type Language } from '../../src/nlu/index.js';
import { fromRoot } from '../../src/runtime/paths.js';

export interface LanguageIdReport {
  n: number;
  ours: { accuracy: number; perSecond: number };
  eld: { accuracy: number };
  perLanguage: Record<string, { n: number; ours: number; eld: number }>;
  errors: Array<{ text: string; expected: string; ours: string }>;
}

const ELD_TO_OURS: Record<string, string> = { zh: 'zh-Hans', tl: 'fil' };

export type LanguageLineSet = 'dev' | 'heldout';

export function readLanguageLines(set: LanguageLineSet): Array<{ text: string; language: Language }> {
  const content = readFileSync(fromRoot('bench', 'nlu', `language-${set}-lines.csv`), 'utf8');
  return parse(content, { columns: true, skip_empty_lines: true }) as Array<{ text: string; language: Language }>;
}

export function measureLanguageId(set: LanguageLineSet): LanguageIdReport {
  const lines = readLanguageLines(set);
  const per: Record<string, { n: number; ours: number; eld: number }> = {};
  const errors: LanguageIdReport['errors'] = [];
  let ours = 0;
  let eldOk = 0;
  for (const { text, language } of lines) {
    const p = (per[language] ??= { n: 0, ours: 0, eld: 0 });
    p.n++;
    const mine = detectLanguage(text).language;
    if (mine === language) {
      p.ours++;
      ours++;
    } else {
      errors.push({ text, expected: language, ours: mine });
    }
    const e = eld.detect(text).language;
    if ((ELD_TO_OURS[e] ?? e) === language) {
      p.eld++;
      eldOk++;
    }
  }
  for (const p of Object.values(per)) {
    p.ours /= p.n;
    p.eld /= p.n;
  }
  const texts = lines.map((l) => l.text);
  let count = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (const t of texts) detectLanguage(t);
    count += texts.length;
  }
  return {
    n: lines.length,
    ours: { accuracy: ours / lines.length, perSecond: count / ((performance.now() - t0) / 1000) },
    eld: { accuracy: eldOk / lines.length },
    perLanguage: per,
    errors,
  };
}
