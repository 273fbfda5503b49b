// Delivers outbox rows (signed webhooks) at least once: claimed under a lease (SKIP LOCKED on
// PostgreSQL), sent with bounded concurrency over keep-alive connections, retried with backoff and
// jitter, and parked as 'dead' after the last attempt. Receivers dedupe on Peakdesk-Delivery.
import { Agent, request } from 'undici';
import type { Logger } from '../runtime/logger.js';
import type { Metrics } from '../runtime/metrics.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { parseRetryAfter, retryDelayMs } from './backoff.js';
import { signWebhook } from './webhook-event.js';

export interface OutboxOptions {
  batch: number;
  concurrency: number;
  maxAttempts: number;
  timeoutMs: number;
  leaseMs: number;
  idlePollMs?: number;
}

type Row = Database['outbox'];
type Result = { id: string; ok: true } | { id: string; ok: false; error: string; retryAfterMs?: number };

export class OutboxWorker {
  private running = false;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;
  private loopDone: Promise<void> | undefined;
  private readonly agent: Agent;

  constructor(
    private readonly deps: { store: Store; log: Logger; metrics: Metrics; tenants: TenantDirectory },
    private readonly opts: OutboxOptions,
  ) {
    this.agent = new Agent({ connections: opts.concurrency, keepAliveTimeout: 30_000, pipelining: 1 });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loopDone;
    await this.agent.close();
  }

  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let n = 0;
      try {
        this.pendingWake = false;
        n = await this.runOnce();
      } catch (err) {
        this.deps.log.error({ err }, 'outbox batch failed; retrying');
        await new Promise((r) => setTimeout(r, 500));
      }
      if (n === 0 && !this.pendingWake && this.running) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, this.opts.idlePollMs ?? 500);
          this.wakeUp = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    }
  }

  async runOnce(): Promise<number> {
    const { db, dialect } = this.deps.store;
    const now = Date.now();
    let due = db
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where('claimed_until', '<', now)
      .orderBy('next_attempt_at')
      .limit(this.opts.batch);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await db
      .updateTable('outbox')
      .set({ claimed_until: now + this.opts.leaseMs })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    if (rows.length === 0) return 0;

    const results = await this.sendAll(rows);
    const sentIds = results.filter((r) => r.ok).map((r) => r.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const doneAt = Date.now();
    await db.transaction().execute(async (trx) => {
      if (sentIds.length > 0) {
        await trx.updateTable('outbox').set({ status: 'sent', sent_at: doneAt, attempts: (eb) => eb('attempts', '+', 1), claimed_until: 0 }).where('id', 'in', sentIds).execute();
      }
      for (const r of results) {
        if (r.ok) continue;
        const row = byId.get(r.id)!;
        const attempts = row.attempts + 1;
        const dead = attempts >= this.opts.maxAttempts;
        await trx
          .updateTable('outbox')
          .set({
            attempts,
            status: dead ? 'dead' : 'pending',
            next_attempt_at: doneAt + retryDelayMs(attempts, Math.random, r.retryAfterMs),
            claimed_until: 0,
            last_error: r.error.slice(0, 500),
          })
          .where('id', '=', r.id)
          .execute();
        if (dead) this.deps.log.error({ outboxId: r.id, tenantId: row.tenant_id, error: r.error }, 'webhook delivery gave up after the last attempt');
      }
    });
    this.deps.metrics.outboxDelivered.inc({ result: 'ok' }, sentIds.length);
    this.deps.metrics.outboxDelivered.inc({ result: 'failed' }, results.length - sentIds.length);
    return rows.length;
  }

  private async sendAll(rows: Row[]): Promise<Result[]> {
    const results: Result[] = new Array(rows.length);
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const i = next++;
        results[i] = await this.send(rows[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency, rows.length) }, worker));
    return results;
  }

  private async send(row: Row): Promise<Result> {
    const tenant = await this.deps.tenants.get(row.tenant_id);
    if (!tenant) return { id: row.id, ok: false, error: 'tenant no longer exists' };
    const ts = Math.floor(Date.now() / 1000);
    try {
      const res = await request(row.target, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Peakdesk-Webhooks/1',
          'peakdesk-signature': signWebhook(tenant.webhookSecret, row.payload, ts),
          'peakdesk-delivery': row.id,
          'peakdesk-event': 'message.created',
        },
        body: row.payload,
        headersTimeout: this.opts.timeoutMs,
        bodyTimeout: this.opts.timeoutMs,
      });
      await res.body.dump();
      if (res.statusCode >= 200 && res.statusCode < 300) return { id: row.id, ok: true };
      const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
      return { id: row.id, ok: false, error: `HTTP ${res.statusCode}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (err) {
      return { id: row.id, ok: false, error: (err as Error).message };
    }
  }
}
