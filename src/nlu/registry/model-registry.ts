// Per-tenant intent models. Training runs in a worker thread so requests keep being answered by
// the tenant's current model; the new one replaces it in a single Map write once training
// succeeds, and only if no newer model was set or requested for that tenant in the meantime.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LabelledExample } from '../types.js';
import { loadIntentModel, type IntentModel } from '../intent/intent-model.js';
import type { TrainJob, TrainResult } from './train-worker.js';

interface Pending {
  resolve: (m: IntentModel) => void;
  reject: (e: Error) => void;
}

/**
 * After the build the worker is plain .js. Under vitest/tsx the sources are .ts: the worker
 * registers tsx's loader in its own thread first (Node 20 does not pass loaders to workers).
 */
function spawnTrainer(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./train-worker.js', import.meta.url));
  // The ESM build of tsx's API: the package exports map points 'import' there.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./train-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class ModelRegistry {
  private readonly models = new Map<string, IntentModel>();
  /** Bumped by every set() and trainInBackground(): a training result applies only if still latest. */
  private readonly generation = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private worker: Worker | undefined;
  private nextJob = 1;
  private closed = false;

  get(tenantId: string): IntentModel | undefined {
    return this.models.get(tenantId);
  }

  set(tenantId: string, model: IntentModel): void {
    this.bump(tenantId);
    this.models.set(tenantId, model);
  }

  trainInBackground(tenantId: string, examples: LabelledExample[], opts: { validation?: LabelledExample[]; seed?: number } = {}): Promise<IntentModel> {
    if (this.closed) return Promise.reject(new Error('ModelRegistry is closed'));
    const ticket = this.bump(tenantId);
    const id = this.nextJob++;
    const job: TrainJob = { id, examples, validation: opts.validation, seed: opts.seed };
    return new Promise<IntentModel>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (model) => {
          if (this.generation.get(tenantId) === ticket) this.models.set(tenantId, model);
          resolve(model);
        },
        reject,
      });
      const worker = this.trainer();
      worker.ref();
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('ModelRegistry closed before training finished'));
    if (worker) await worker.terminate();
  }

  private bump(tenantId: string): number {
    const g = (this.generation.get(tenantId) ?? 0) + 1;
    this.generation.set(tenantId, g);
    return g;
  }

  private trainer(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnTrainer();
    worker.on('message', (msg: TrainResult) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if ('error' in msg) {
        p.reject(new Error(`training failed: ${msg.error}`));
      } else {
        try {
          p.resolve(loadIntentModel(msg.model));
        } catch (err) {
          p.reject(err as Error);
        }
      }
      // An idle trainer must not keep the process alive.
      if (this.pending.size === 0) worker.unref();
    });
    worker.on('error', (err) => {
      this.worker = undefined;
      this.failAll(err);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (code !== 0) this.failAll(new Error(`training worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
  }
}
