// Trains on one labelled set and measures on another: the shared core of `peakdesk nlu eval` and
// bench/nlu. Times training and prediction separately (predictions/s on the calling thread).
import type { IntentPrediction, LabelledExample } from '../types.js';
import { trainIntentModel, type IntentModel, type TrainIntentOptions } from '../intent/intent-model.js';
import { intentMetrics, type IntentMetrics } from './metrics.js';

export interface EvaluationReport extends IntentMetrics {
  trainSeconds: number;
  predictionsPerSec: number;
}

export interface EvaluationRun {
  report: EvaluationReport;
  model: IntentModel;
  predictions: IntentPrediction[];
}

export function evaluateIntents(
  train: LabelledExample[],
  test: LabelledExample[],
  opts: { validation?: LabelledExample[]; seed?: number; hiddenLayer?: TrainIntentOptions['hiddenLayer']; onProgress?: (done: number) => void } = {},
): EvaluationRun {
  const t0 = performance.now();
  const model = trainIntentModel(train, { validation: opts.validation, seed: opts.seed ?? 1, ...(opts.hiddenLayer ? { hiddenLayer: opts.hiddenLayer } : {}) });
  const trainSeconds = (performance.now() - t0) / 1000;
  const predictions: IntentPrediction[] = new Array(test.length);
  const t1 = performance.now();
  for (let i = 0; i < test.length; i++) {
    predictions[i] = model.predict(test[i]!.text);
    if (opts.onProgress && (i % 200 === 199 || i === test.length - 1)) opts.onProgress(i + 1);
  }
  const seconds = (performance.now() - t1) / 1000;
  const metrics = intentMetrics(test.map((e) => e.intent), predictions.map((p) => p.intent));
  return {
    model,
    predictions,
    report: { ...metrics, trainSeconds, predictionsPerSec: seconds > 0 ? test.length / seconds : 0 },
  };
}
