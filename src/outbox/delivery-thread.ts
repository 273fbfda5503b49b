// worker_threads entry for webhook HTTP: the outbox's network I/O (request writing, response parsing)
// runs on its own thread so a delivery backlog never competes with ingest for the main event loop.
// Receives { id, deliveries } and answers { id, results } in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { Agent, request } from 'undici';
import { parseRetryAfter } from './backoff.js';

export interface Delivery {
  id: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export type DeliveryResult = { id: string; ok: true } | { id: string; ok: false; error: string; retryAfterMs?: number };

export async function deliverAll(agent: Agent, deliveries: Delivery[], concurrency: number): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = new Array(deliveries.length);
  let next = 0;
  const lane = async () => {
    while (next < deliveries.length) {
      const i = next++;
      results[i] = await deliverOne(agent, deliveries[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, deliveries.length) }, lane));
  return results;
}

async function deliverOne(agent: Agent, d: Delivery): Promise<DeliveryResult> {
  try {
    const res = await request(d.url, { method: 'POST', dispatcher: agent, headers: d.headers, body: d.body, headersTimeout: d.timeoutMs, bodyTimeout: d.timeoutMs });
    await res.body.dump();
    if (res.statusCode >= 200 && res.statusCode < 300) return { id: d.id, ok: true };
    const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
    return { id: d.id, ok: false, error: `HTTP ${res.statusCode}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  } catch (err) {
    return { id: d.id, ok: false, error: (err as Error).message };
  }
}

if (parentPort) {
  const concurrency = (workerData as { concurrency: number }).concurrency;
  const agent = new Agent({ connections: concurrency, keepAliveTimeout: 30_000, pipelining: 1 });
  parentPort.on('message', (job: { id: number; deliveries: Delivery[] } | 'close') => {
    if (job === 'close') {
      void agent.close().then(() => parentPort!.close());
      return;
    }
    void deliverAll(agent, job.deliveries, concurrency).then((results) => parentPort!.postMessage({ id: job.id, results }));
  });
}
