// nlp.js 4.27 (node-nlp) trained and measured exactly like our engine, as the baseline in the same
// run. Its "None" answer (score under its threshold) counts as out of scope.
import { createRequire } from 'node:module';
import { OOS, type LabelledExample } from '../../src/nlu/index.js';
import { intentMetrics, type IntentMetrics } from '../../src/nlu/evaluation/metrics.js';

interface NlpManagerLike {
  addDocument(locale: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, text: string): Promise<{ intent: string; score: number }>;
}

const require = createRequire(import.meta.url);

export interface BaselineReport extends IntentMetrics {
  trainSeconds: number;
  predictionsPerSec: number;
}

export async function runNlpjs(locale: string, train: LabelledExample[], test: LabelledExample[]): Promise<BaselineReport> {
  const { NlpManager } = require('node-nlp') as { NlpManager: new (o: object) => NlpManagerLike };
  const manager = new NlpManager({ languages: [locale], forceNER: false, autoSave: false, nlu: { log: false } });
  // nlp.js learns "None" from examples labelled None; our OOS rows are that.
  for (const e of train) manager.addDocument(locale, e.text, e.intent === OOS ? 'None' : e.intent);
  const t0 = performance.now();
  await manager.train();
  const trainSeconds = (performance.now() - t0) / 1000;
  const predicted: string[] = [];
  const t1 = performance.now();
  for (const e of test) {
    const r = await manager.process(locale, e.text);
    predicted.push(!r.intent || r.intent === 'None' ? OOS : r.intent);
  }
  const seconds = (performance.now() - t1) / 1000;
  return { ...intentMetrics(test.map((e) => e.intent), predicted), trainSeconds, predictionsPerSec: test.length / seconds };
}
