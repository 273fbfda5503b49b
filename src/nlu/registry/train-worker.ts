// worker_threads entry: trains intent models off the request thread. Receives
// { id, examples, validation?, seed? } and answers { id, model } or { id, error }.
import { parentPort } from 'node:worker_threads';
import type { LabelledExample } from '../types.js';
import { trainIntentModel } from '../intent/intent-model.js';

export interface TrainJob {
  id: number;
  examples: LabelledExample[];
  validation?: LabelledExample[];
  seed?: number;
}

export type TrainResult = { id: number; model: unknown } | { id: number; error: string };

parentPort?.on('message', (job: TrainJob) => {
  let result: TrainResult;
  try {
    const model = trainIntentModel(job.examples, { validation: job.validation, seed: job.seed });
    result = { id: job.id, model: model.toJSON() };
  } catch (err) {
    result = { id: job.id, error: (err as Error).message };
  }
  parentPort!.postMessage(result);
});
