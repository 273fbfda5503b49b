// Load generation for the pipeline benchmark: closed-loop (N in flight, as fast as the server allows)
// and open-loop (a fixed arrival rate, so latency includes queueing, as real traffic does).
import { Pool } from 'undici';

export interface Sent {
  i: number;
  status: number;
  sentAt: number;
  messageId?: string;
}

export type Body = (i: number) => string;

export class LoadGenerator {
  private readonly pool: Pool;
  private seq = 0;

  constructor(url: string, private readonly path: string, private readonly headers: Record<string, string>, connections = 128) {
    this.pool = new Pool(url, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  }

  async one(body: Body): Promise<Sent> {
    const i = this.seq++;
    const sentAt = performance.now();
    try {
      const res = await this.pool.request({ method: 'POST', path: this.path, headers: this.headers, body: body(i) });
      const text = await res.body.text();
      const out: Sent = { i, status: res.statusCode, sentAt };
      if (res.statusCode === 202 && text.includes('messageId')) out.messageId = (JSON.parse(text) as { messageId: string }).messageId;
      return out;
    } catch {
      return { i, status: 0, sentAt };
    }
  }

  /** As many requests as `concurrency` loops can push in `ms`. */
  async closedLoop(body: Body, concurrency: number, ms: number): Promise<{ sent: Sent[]; seconds: number }> {
    const sent: Sent[] = [];
    const start = performance.now();
    const stopAt = start + ms;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < stopAt) sent.push(await this.one(body));
      }),
    );
    return { sent, seconds: (performance.now() - start) / 1000 };
  }

  /** `rate` requests per second for `ms`, issued on schedule whether or not earlier ones returned. */
  async openLoop(body: Body, rate: number, ms: number): Promise<{ sent: Sent[]; seconds: number }> {
    const inflight: Promise<Sent>[] = [];
    const start = performance.now();
    let issued = 0;
    const total = Math.round((rate * ms) / 1000);
    while (issued < total) {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      while (issued < due) {
        inflight.push(this.one(body));
        issued++;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    const sent = await Promise.all(inflight);
    return { sent, seconds: (performance.now() - start) / 1000 };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}
