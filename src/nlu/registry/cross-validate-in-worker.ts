// Runs one cross-validation on a worker thread of its own, so requests keep being answered.
import { siblingModule, startModuleWorker } from '../../runtime/module-worker.js';
import type { IntentReport } from '../evaluation/cross-validate.js';
import type { CrossValidateJob } from './cross-validate-worker.js';

export function crossValidateInWorker(job: CrossValidateJob): Promise<IntentReport> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(siblingModule('cross-validate-worker', import.meta.url), { workerData: job });
    let settled = false;
    worker.once('message', (msg: { report: IntentReport } | { error: string }) => {
      settled = true;
      if ('error' in msg) reject(new Error(`cross-validation failed: ${msg.error}`));
      else resolve(msg.report);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`cross-validation worker exited with code ${code}`));
    });
  });
}
