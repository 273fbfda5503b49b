// The built-in e-commerce intent pack: src/nlu/pack/{train,heldout}/<language>.csv, one file per
// language (columns text,intent). Languages whose file is not there yet are skipped.
import { existsSync } from 'node:fs';
import { fromRoot } from '../../runtime/paths.js';
import { LANGUAGES, type Language, type LabelledExample } from '../types.js';
import { readLabelledCsv } from './labelled-csv.js';

export type PackSplit = 'train' | 'heldout';

export function intentPackPath(language: Language, split: PackSplit): string {
  return fromRoot('src', 'nlu', 'pack', split, `${language}.csv`);
}

/** Languages that have a file for this split. */
export function packLanguages(split: PackSplit = 'train'): Language[] {
  return LANGUAGES.filter((l) => existsSync(intentPackPath(l, split)));
}

export function loadIntentPack(opts: { languages?: Language[]; split?: PackSplit } = {}): LabelledExample[] {
  const split = opts.split ?? 'train';
  const out: LabelledExample[] = [];
  for (const language of opts.languages ?? LANGUAGES) {
    const path = intentPackPath(language, split);
    if (!existsSync(path)) continue;
    out.push(...readLabelledCsv(path));
  }
  return out;
}
