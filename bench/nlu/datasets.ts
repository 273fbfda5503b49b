// The labelled splits bench/nlu measures: public benchmarks from ../shared/datasets (train → their
// dev/val split; BANKING77 has only train, so a fixed-seed stratified 80/20 split of it) and the
// built-in intent pack per language (train → heldout).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../src/runtime/paths.js';
import { loadIntentPack, packLanguages, readLabelledCsv, type LabelledExample } from '../../src/nlu/index.js';
import { stratifiedSplit } from '../../src/nlu/intent/stratified-split.js';

export interface BenchSplit {
  name: string;
  /** nlp.js locale of the text. */
  locale: string;
  train: LabelledExample[];
  test: LabelledExample[];
  /** True when the split has OOS rows worth reporting recall on. */
  hasOos: boolean;
}

export const BANKING_SPLIT_SEED = 7;

export function datasetsDir(): string {
  return process.env.PEAKDESK_DATASETS ?? fromRoot('..', 'shared', 'datasets');
}

export function publicSplits(dir = datasetsDir()): BenchSplit[] {
  const file = (...p: string[]) => join(dir, ...p);
  const splits: BenchSplit[] = [];
  if (existsSync(file('clinc150', 'train.csv'))) {
    splits.push({ name: 'CLINC150', locale: 'en', train: readLabelledCsv(file('clinc150', 'train.csv')), test: readLabelledCsv(file('clinc150', 'val.csv')), hasOos: true });
  }
  if (existsSync(file('banking77', 'train.csv'))) {
    const s = stratifiedSplit(readLabelledCsv(file('banking77', 'train.csv')), 0.2, BANKING_SPLIT_SEED, 1);
    splits.push({ name: 'BANKING77', locale: 'en', train: s.train, test: s.heldOut, hasOos: false });
  }
  if (existsSync(file('bitext', 'train-fewshot.csv'))) {
    splits.push({ name: 'Bitext 20-shot', locale: 'en', train: readLabelledCsv(file('bitext', 'train-fewshot.csv')), test: readLabelledCsv(file('bitext', 'dev.csv')), hasOos: false });
  }
  return splits;
}

/** nlp.js has no Vietnamese; its Chinese is 'zh' for both scripts and Filipino is 'tl'. */
const NLPJS_LOCALE: Record<string, string> = { 'zh-Hans': 'zh', 'zh-Hant': 'zh', fil: 'tl', vi: '' };

export function packSplits(): BenchSplit[] {
  const heldout = new Set(packLanguages('heldout'));
  return packLanguages('train')
    .filter((l) => heldout.has(l))
    .map((l) => ({
      name: `pack ${l}`,
      locale: NLPJS_LOCALE[l] ?? l,
      train: loadIntentPack({ languages: [l], split: 'train' }),
      test: loadIntentPack({ languages: [l], split: 'heldout' }),
      hasOos: true,
    }));
}
