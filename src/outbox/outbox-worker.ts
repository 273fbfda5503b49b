// Delivers outbox rows at least once: signed webhooks to integrators, and replies to the shoppers'
// channels (WhatsApp, Telegram, …, through ChannelSender). Rows are claimed under a lease (SKIP LOCKED
// on PostgreSQL), sent with bounded concurrency over keep-alive connections, retried with backoff and
// jitter (never sooner than Retry-After), and parked as 'dead' after the last attempt or at once when
// the platform says retrying cannot help. Webhook receivers dedupe on Peakdesk-Delivery.
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../runtime/logger.js';
import type { Metrics } from '../runtime/metrics.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { BatchLoop } from '../runtime/batch-loop.js';
import { startModuleWorker, siblingModule } from '../runtime/module-worker.js';
import { retryDelayMs } from './backoff.js';
import type { Delivery, DeliveryResult } from './delivery-thread.js';
import { signWebhook } from './webhook-event.js';
import type { ChannelSender, ChannelSendResult } from './channel-sender.js';
import { applyDeliveryStatus } from '../channels/delivery-status.js';
import { publishMessageUpdates } from '../channels/delivery-events.js';
import type { Bus } from '../runtime/bus.js';

export interface OutboxOptions {
  batch: number;
  concurrency: number;
  maxAttempts: number;
  timeoutMs: number;
  leaseMs: number;
  idlePollMs?: number;
}

type Row = Database['outbox'];

export class OutboxWorker {
  private readonly loop: BatchLoop;
  private thread: Worker | undefined;
  private readonly waiting = new Map<number, (results: DeliveryResult[]) => void>();
  private nextJob = 1;

  constructor(
    private readonly deps: { store: Store; log: Logger; metrics: Metrics; tenants: TenantDirectory; channels?: ChannelSender; bus?: Bus },
    private readonly opts: OutboxOptions,
  ) {
    this.loop = new BatchLoop('outbox', () => this.runOnce(), deps.log, opts.idlePollMs ?? 500, 500);
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    const thread = this.thread;
    this.thread = undefined;
    if (thread) {
      await new Promise((r) => {
        thread.once('exit', r);
        thread.postMessage('close');
        setTimeout(() => void thread.terminate(), 5000).unref();
      });
    }
  }

  wake(): void {
    this.loop.wake();
  }

  /** The delivery thread, (re)started on demand; if it dies, its batch fails and is retried later. */
  private ensureThread(): Worker {
    if (this.thread) return this.thread;
    const thread = startModuleWorker(siblingModule('delivery-thread', import.meta.url), { workerData: { concurrency: this.opts.concurrency } });
    thread.on('message', (m: { id: number; results: DeliveryResult[] }) => {
      this.waiting.get(m.id)?.(m.results);
      this.waiting.delete(m.id);
    });
    thread.on('error', (err) => this.deps.log.error({ err }, 'webhook delivery thread failed'));
    thread.on('exit', () => {
      if (this.thread === thread) this.thread = undefined;
      for (const [id, resolve] of this.waiting) {
        this.waiting.delete(id);
        resolve([]);
      }
    });
    this.thread = thread;
    return thread;
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

    const channelRows = rows.filter((r) => r.kind === 'channel');
    const [webhookResults, channelResults] = await Promise.all([
      this.sendAll(rows.filter((r) => r.kind !== 'channel')),
      this.deps.channels ? this.deps.channels.sendAll(channelRows) : Promise.resolve(channelRows.map((r) => ({ id: r.id, ok: false as const, permanent: false, error: 'channels are not configured on this replica' }))),
    ]);
    const results: ChannelSendResult[] = [...webhookResults.map((r) => (r.ok ? r : { ...r, permanent: false })), ...channelResults];
    const sent = results.filter((r) => r.ok);
    const sentIds = sent.map((r) => r.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const doneAt = Date.now();
    const deadRows: Row[] = [];
    await db.transaction().execute(async (trx) => {
      if (sentIds.length > 0) {
        await trx.updateTable('outbox').set({ status: 'sent', sent_at: doneAt, attempts: (eb) => eb('attempts', '+', 1), claimed_until: 0 }).where('id', 'in', sentIds).execute();
      }
      for (const r of sent) {
        // The platform's id for our message, so its delivery receipts can find it.
        const row = byId.get(r.id)!;
        if (r.externalId && row.kind === 'channel' && row.message_id) {
          await trx.updateTable('messages').set({ external_id: r.externalId }).where('id', '=', row.message_id).where('tenant_id', '=', row.tenant_id).execute();
        }
      }
      for (const r of results) {
        if (r.ok) continue;
        const row = byId.get(r.id)!;
        if ('deferred' in r) {
          await trx.updateTable('outbox').set({ next_attempt_at: doneAt + r.deferMs, claimed_until: 0 }).where('id', '=', r.id).execute();
          continue;
        }
        const attempts = row.attempts + 1;
        const dead = r.permanent || attempts >= this.opts.maxAttempts;
        const payload = r.partsSent !== undefined ? JSON.stringify({ ...(JSON.parse(row.payload) as object), partsSent: r.partsSent }) : row.payload;
        await trx
          .updateTable('outbox')
          .set({
            attempts,
            status: dead ? 'dead' : 'pending',
            next_attempt_at: doneAt + retryDelayMs(attempts, Math.random, r.retryAfterMs),
            claimed_until: 0,
            last_error: r.error.slice(0, 500),
            payload,
          })
          .where('id', '=', r.id)
          .execute();
        if (dead) {
          deadRows.push(row);
          this.deps.log.error({ outboxId: r.id, tenantId: row.tenant_id, kind: row.kind, target: row.kind === 'channel' ? row.target : undefined, error: r.error }, r.permanent ? 'delivery failed permanently' : 'delivery gave up after the last attempt');
        }
      }
    });
    // The console's ticks: a reply handed to the platform is 'sent' (its receipts move it on); one that
    // will never reach the shopper is 'failed', with the reason, for the dead-letter alert.
    const changed: { tenantId: string; messageId: string }[] = [];
    for (const r of sent) {
      const row = byId.get(r.id)!;
      if (row.kind !== 'channel' || !row.message_id) continue;
      if (await applyDeliveryStatus(db, row.tenant_id, { messageId: row.message_id }, { status: 'sent', at: doneAt })) changed.push({ tenantId: row.tenant_id, messageId: row.message_id });
    }
    for (const row of deadRows) {
      if (row.kind !== 'channel' || !row.message_id) continue;
      const error = results.find((r) => r.id === row.id && !r.ok) as { error: string } | undefined;
      if (await applyDeliveryStatus(db, row.tenant_id, { messageId: row.message_id }, { status: 'failed', at: doneAt, ...(error ? { error: error.error.slice(0, 500) } : {}) })) changed.push({ tenantId: row.tenant_id, messageId: row.message_id });
    }
    if (this.deps.bus) {
      const byTenant = new Map<string, string[]>();
      for (const c of changed) byTenant.set(c.tenantId, [...(byTenant.get(c.tenantId) ?? []), c.messageId]);
      for (const [tenantId, ids] of byTenant) await publishMessageUpdates(db, this.deps.bus, tenantId, ids);
    }
    this.deps.metrics.outboxDelivered.inc({ result: 'ok' }, sentIds.length);
    this.deps.metrics.outboxDelivered.inc({ result: 'failed' }, results.filter((r) => !r.ok && !('deferred' in r)).length);
    return rows.length;
  }

  private async sendAll(rows: Row[]): Promise<DeliveryResult[]> {
    if (rows.length === 0) return [];
    const ts = Math.floor(Date.now() / 1000);
    const deliveries: Delivery[] = [];
    const missing: DeliveryResult[] = [];
    for (const row of rows) {
      const tenant = await this.deps.tenants.get(row.tenant_id);
      if (!tenant) {
        missing.push({ id: row.id, ok: false, error: 'tenant no longer exists' });
        continue;
      }
      deliveries.push({
        id: row.id,
        url: row.target,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Peakdesk-Webhooks/1',
          'peakdesk-signature': signWebhook(tenant.webhookSecret, row.payload, ts),
          'peakdesk-delivery': row.id,
          'peakdesk-event': 'message.created',
        },
        body: row.payload,
        timeoutMs: this.opts.timeoutMs,
      });
    }
    if (deliveries.length === 0) return missing;
    const thread = this.ensureThread();
    const id = this.nextJob++;
    const results = await new Promise<DeliveryResult[]>((resolve) => {
      this.waiting.set(id, resolve);
      thread.postMessage({ id, deliveries });
    });
    // An empty answer means the thread died: every delivery of the batch counts as failed.
    const answered = results.length === deliveries.length ? results : deliveries.map((d) => ({ id: d.id, ok: false as const, error: 'delivery thread exited' }));
    return [...missing, ...answered];
  }
}
