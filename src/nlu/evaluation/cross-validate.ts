// K-fold cross-validation of a merchant's own examples: each fold is predicted by a model trained on
// the base examples (the built-in pack) plus the other folds, so every example is scored by a model
// that never saw it. Reports per-intent precision, recall and F1 and the most frequent confusions.
import type { LabelledExample } from '../types.js';
import { trainIntentModel } from '../intent/intent-model.js';
import { createRandom, shuffleInPlace } from '../intent/random.js';

export interface IntentScoreRow {
  intent: string;
  /** Examples of this intent that were scored. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Confusion {
  intent: string;
  predicted: string;
  count: number;
  /** Up to three of the misread examples. */
  examples: string[];
}

export interface IntentReport {
  folds: number;
  examples: number;
  accuracy: number;
  intents: IntentScoreRow[];
  confusions: Confusion[];
}

/** Deals each intent's examples round-robin over k folds after a seeded shuffle, so every fold gets its share. */
export function stratifiedFolds(examples: readonly LabelledExample[], k: number, seed: number): LabelledExample[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error('stratifiedFolds: k must be an integer ≥ 2');
  const byIntent = new Map<string, LabelledExample[]>();
  for (const e of examples) byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), e]);
  const random = createRandom(seed);
  const folds: LabelledExample[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    for (const e of shuffleInPlace([...byIntent.get(intent)!], random)) {
      folds[next % k]!.push(e);
      next++;
    }
  }
  return folds;
}

/** Per-intent scores over the gold intents, and the confusions (gold → predicted) most frequent first. */
export function intentReport(scored: readonly { text: string; intent: string; predicted: string }[], folds: number): IntentReport {
  const support = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const truePositives = new Map<string, number>();
  const confusions = new Map<string, Confusion>();
  let correct = 0;
  for (const s of scored) {
    support.set(s.intent, (support.get(s.intent) ?? 0) + 1);
    predictedCount.set(s.predicted, (predictedCount.get(s.predicted) ?? 0) + 1);
    if (s.predicted === s.intent) {
      correct++;
      truePositives.set(s.intent, (truePositives.get(s.intent) ?? 0) + 1);
      continue;
    }
    const key = `${s.intent}\u0000${s.predicted}`;
    const c = confusions.get(key) ?? { intent: s.intent, predicted: s.predicted, count: 0, examples: [] };
    c.count++;
    if (c.examples.length < 3) c.examples.push(s.text);
    confusions.set(key, c);
  }
  const intents = [...support.keys()].sort().map((intent) => {
    const tp = truePositives.get(intent) ?? 0;
    const precision = tp === 0 ? 0 : tp / predictedCount.get(intent)!;
    const recall = tp / support.get(intent)!;
    return { intent, support: support.get(intent)!, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  return {
    folds,
    examples: scored.length,
    accuracy: scored.length ? correct / scored.length : 0,
    intents,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count || a.intent.localeCompare(b.intent) || a.predicted.localeCompare(b.predicted)),
  };
}

/** Trains k models (base + k-1 folds) and scores the held-out fold with each. CPU-bound: run it on a worker thread. */
export function crossValidate(own: readonly LabelledExample[], base: readonly LabelledExample[], opts: { folds: number; seed?: number }): IntentReport {
  const seed = opts.seed ?? 1;
  const folds = stratifiedFolds(own, opts.folds, seed);
  const scored: { text: string; intent: string; predicted: string }[] = [];
  for (let i = 0; i < folds.length; i++) {
    const test = folds[i]!;
    if (test.length === 0) continue;
    const train = [...base, ...folds.flatMap((f, j) => (j === i ? [] : f))];
    const model = trainIntentModel(train, { seed });
    for (const e of test) scored.push({ text: e.text, intent: e.intent, predicted: model.predict(e.text).intent });
  }
  return intentReport(scored, opts.folds);
}
