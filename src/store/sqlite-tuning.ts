// Two measures that keep the embedded database off the event loop's critical path:
// - a prepared-statement cache (better-sqlite3 does not cache; Kysely prepares on every call), and
// - WAL checkpoints in a worker thread with its own connection: a checkpoint fsyncs, and on the
//   main thread that fsync stalls every request (auto-checkpoint is turned off on the main connection).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

export interface CachedDatabase {
  close(): void;
  prepare(sql: string): BetterSqlite3.Statement;
}

export function withStatementCache(db: BetterSqlite3.Database, max = 512): CachedDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let st = cache.get(sql);
      if (!st) {
        st = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, st);
      }
      return st;
    },
  };
}

// Plain CommonJS so the worker runs the same under vitest (TypeScript sources) and from dist/.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const run = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')'); } catch (err) { parentPort.postMessage({ error: String(err) }); } };
const timer = setInterval(() => run('PASSIVE'), workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'close') return;
  clearInterval(timer);
  run('TRUNCATE');
  db.close();
  parentPort.postMessage({ closed: true });
});
`;

export class BackgroundCheckpointer {
  private readonly worker: Worker;

  constructor(path: string, onError: (message: string) => void, intervalMs = 1000) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(CHECKPOINTER, { eval: true, workerData: { module, path, intervalMs } });
    this.worker.on('message', (m: { error?: string }) => m.error && onError(m.error));
    this.worker.on('error', (err) => onError(String(err)));
    this.worker.unref();
  }

  /** Final checkpoint (truncating the WAL), then the worker exits. */
  close(): Promise<void> {
    // Referenced again while closing: otherwise a process with nothing else to do exits before the
    // final checkpoint answers.
    this.worker.ref();
    return new Promise((resolve) => {
      const done = () => void this.worker.terminate().then(() => resolve());
      this.worker.once('message', done);
      this.worker.once('exit', () => resolve());
      this.worker.postMessage('close');
      setTimeout(done, 5000).unref();
    });
  }
}
