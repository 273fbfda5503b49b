// `npx tsx bench/nlu/cross-validate.ts [--folds 5] [--only BANKING77,pack] [--features '{"charWeight":0.6}'] [--training '{"epochs":9}'] [--hidden-layer '{"share":0.5}'] [--confusions [--top 12]]`:
// k-fold cross-validation INSIDE the training side of each split (BANKING77's 80%, each pack
// language's train file), so feature and training settings are chosen without looking at the
// figures bench/nlu/run.ts reports. Prints mean accuracy / in-scope / OOS recall per split, and
// with --confusions the most frequent gold → predicted mistakes.
import { trainIntentModel } from '../../src/nlu/index.js';
import { DEFAULT_FEATURES, type FeatureConfig } from '../../src/nlu/intent/features.js';
import type { TrainOptions } from '../../src/nlu/intent/train-linear.js';
import type { HiddenLayerOptions } from '../../src/nlu/intent/train-hidden-layer.js';
import { createRandom, shuffleInPlace } from '../../src/nlu/intent/random.js';
import { intentMetrics } from '../../src/nlu/evaluation/metrics.js';
import type { LabelledExample } from '../../src/nlu/types.js';
import { publicSplits, packSplits } from './datasets.js';

const argv = process.argv.slice(2);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const folds = Math.max(2, Number(value('--folds') ?? 5));
const only = value('--only')?.split(',');
const features: FeatureConfig = { ...DEFAULT_FEATURES, ...(JSON.parse(value('--features') ?? '{}') as Partial<FeatureConfig>) };
const training = JSON.parse(value('--training') ?? '{}') as Partial<TrainOptions>;
const hiddenLayer = value('--hidden-layer') === undefined ? undefined : (JSON.parse(value('--hidden-layer')!) as Partial<HiddenLayerOptions>);
const showConfusions = argv.includes('--confusions');

/** Stratified fold number per example: each intent's examples are dealt round-robin after a fixed shuffle. */
function assignFolds(examples: LabelledExample[], k: number): number[] {
  const random = createRandom(11);
  const byIntent = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const list = byIntent.get(e.intent) ?? [];
    list.push(i);
    byIntent.set(e.intent, list);
  });
  const fold = new Array<number>(examples.length).fill(0);
  let offset = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    shuffleInPlace(byIntent.get(intent)!, random).forEach((i, j) => {
      fold[i] = (j + offset) % k;
    });
    offset += byIntent.get(intent)!.length;
  }
  return fold;
}

const splits = [...publicSplits().filter((s) => s.name === 'BANKING77'), ...packSplits()].filter(
  (s) => !only || only.some((o) => s.name.startsWith(o)),
);
const rows: string[] = [];
for (const split of splits) {
  const data = split.train;
  const fold = assignFolds(data, folds);
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let f = 0; f < folds; f++) {
    const train = data.filter((_, i) => fold[i] !== f);
    const test = data.filter((_, i) => fold[i] === f);
    const model = trainIntentModel(train, { seed: 1, features, training, ...(hiddenLayer ? { hiddenLayer } : {}) });
    for (const e of test) {
      gold.push(e.intent);
      predicted.push(model.predict(e.text).intent);
    }
  }
  const m = intentMetrics(gold, predicted);
  const line = `${split.name.padEnd(14)} n=${String(m.n).padStart(5)}  acc ${(m.accuracy * 100).toFixed(1)}  in-scope ${(m.inScopeAccuracy * 100).toFixed(1)}  oos ${m.oosRecall === null ? '  n/a' : (m.oosRecall * 100).toFixed(1)}`;
  process.stderr.write(line + '\n');
  rows.push(line);
  if (showConfusions) {
    const counts = new Map<string, number>();
    gold.forEach((g, i) => {
      if (g !== predicted[i]) counts.set(`${g} → ${predicted[i]}`, (counts.get(`${g} → ${predicted[i]}`) ?? 0) + 1);
    });
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(value('--top') ?? 12))) rows.push(`    ${String(n).padStart(3)}  ${k}`);
  }
}
process.stdout.write(rows.join('\n') + '\n');
