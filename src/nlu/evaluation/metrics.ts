// Intent classification metrics: accuracy, in-scope accuracy and out-of-scope recall as defined
// for CLINC150 (Larson et al., 2019), and macro-averaged F1 over the gold labels.
import { OOS } from '../types.js';

export interface IntentMetrics {
  /** Share of all rows predicted right (an OOS row is right when predicted OOS). */
  accuracy: number;
  /** Share of rows whose gold label is not OOS predicted right (predicting OOS for them is wrong). */
  inScopeAccuracy: number;
  /** Share of OOS rows predicted OOS; null when the test set has none. */
  oosRecall: number | null;
  /** Unweighted mean of per-label F1 over the labels that occur in the gold data. */
  macroF1: number;
  n: number;
}

export function intentMetrics(gold: string[], predicted: string[]): IntentMetrics {
  if (gold.length !== predicted.length) throw new Error('intentMetrics: gold and predicted differ in length');
  let correct = 0;
  let inScope = 0;
  let inScopeCorrect = 0;
  let oos = 0;
  let oosCaught = 0;
  const tp = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
    predCount.set(p, (predCount.get(p) ?? 0) + 1);
    if (g === p) {
      correct++;
      tp.set(g, (tp.get(g) ?? 0) + 1);
    }
    if (g === OOS) {
      oos++;
      if (p === OOS) oosCaught++;
    } else {
      inScope++;
      if (g === p) inScopeCorrect++;
    }
  }
  let f1Sum = 0;
  for (const [label, count] of goldCount) {
    const t = tp.get(label) ?? 0;
    const precision = t === 0 ? 0 : t / predCount.get(label)!;
    const recall = t / count;
    f1Sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const n = gold.length;
  return {
    accuracy: n ? correct / n : 0,
    inScopeAccuracy: inScope ? inScopeCorrect / inScope : 0,
    oosRecall: oos ? oosCaught / oos : null,
    macroF1: goldCount.size ? f1Sum / goldCount.size : 0,
    n,
  };
}
