// worker_threads entry: cross-validates a tenant's examples off the request thread (k models are
// trained, each on the built-in pack plus k-1 folds). Receives CrossValidateJob, answers
// { report } or { error } and exits.
import { parentPort, workerData } from 'node:worker_threads';
import { crossValidate } from '../evaluation/cross-validate.js';
import { loadIntentPack } from '../labelled/intent-pack.js';
import type { LabelledExample } from '../types.js';

export interface CrossValidateJob {
  examples: LabelledExample[];
  includePack: boolean;
  folds: number;
}

const job = workerData as CrossValidateJob;
try {
  const base = job.includePack ? loadIntentPack({ split: 'train' }) : [];
  parentPort!.postMessage({ report: crossValidate(job.examples, base, { folds: job.folds }) });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message });
}
