// The ingest stage: validated, normalised messages from every channel are stored in batched
// transactions and acknowledged only after commit; then the pipeline is woken. Two bounds protect
// memory under a surge: the queue waiting for the transaction, and the backlog of accepted but
// unanswered conversations. Past either, accept() refuses with OverloadedError so the channel can
// answer 503 + Retry-After instead of buffering without limit.
import type { Bus } from '../runtime/bus.js';
import type { Metrics } from '../runtime/metrics.js';
import { MicroBatcher, QueueFullError } from '../runtime/micro-batcher.js';
import type { Store } from '../store/database.js';
import { storeInboundBatch } from './store-inbound.js';
import type { AcceptedMessage, InboundMessage } from './types.js';

export class OverloadedError extends Error {
  constructor(readonly reason: 'ingest_queue_full' | 'backlog_full', readonly retryAfterSeconds: number) {
    super(reason === 'backlog_full' ? 'too many messages are waiting to be answered' : 'too many messages are waiting to be stored');
  }
}

export interface IngestOptions {
  maxBatch: number;
  maxQueue: number;
  maxBacklog: number;
  /** Attachment bytes carried by a message (e-mail) are kept up to this size. */
  mediaMaxBytes?: number;
}

export class Ingest {
  private readonly batcher: MicroBatcher<InboundMessage, AcceptedMessage>;
  private backlogAtRefresh = 0;
  private acceptedSinceRefresh = 0;
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { store: Store; bus: Bus; metrics: Metrics; onQueued: () => void },
    private readonly opts: IngestOptions,
  ) {
    this.batcher = new MicroBatcher((items) => this.storeBatch(items), { maxBatch: opts.maxBatch, maxQueue: opts.maxQueue });
  }

  /** Starts sampling the shared backlog (cheap count, a few times a second). */
  async start(): Promise<void> {
    await this.refreshBacklog();
    this.refreshTimer = setInterval(() => void this.refreshBacklog().catch(() => undefined), 250);
    this.refreshTimer.unref();
  }

  stop(): void {
    clearInterval(this.refreshTimer);
  }

  get backlog(): number {
    return this.backlogAtRefresh + this.acceptedSinceRefresh;
  }

  async accept(message: InboundMessage): Promise<AcceptedMessage> {
    if (this.backlog >= this.opts.maxBacklog) {
      this.deps.metrics.shed.inc({ reason: 'backlog_full' });
      throw new OverloadedError('backlog_full', 2);
    }
    try {
      return await this.batcher.submit(message);
    } catch (err) {
      if (err instanceof QueueFullError) {
        this.deps.metrics.shed.inc({ reason: 'ingest_queue_full' });
        throw new OverloadedError('ingest_queue_full', err.retryAfterSeconds);
      }
      throw err;
    }
  }

  private async storeBatch(items: InboundMessage[]): Promise<AcceptedMessage[]> {
    const accepted = await storeInboundBatch(this.deps.store.db, items, this.opts.mediaMaxBytes);
    const fresh: AcceptedMessage[] = [];
    const tenantOf: string[] = [];
    accepted.forEach((a, i) => {
      if (a.duplicate) return;
      fresh.push(a);
      tenantOf.push(items[i]!.tenantId);
    });
    this.acceptedSinceRefresh += fresh.length;
    this.deps.metrics.messagesAccepted.inc(fresh.length);
    this.deps.metrics.messagesDuplicate.inc(accepted.length - fresh.length);
    if (fresh.length > 0) {
      this.deps.onQueued();
      this.deps.bus.publish(fresh.map((a, i) => ({ type: 'message.created' as const, tenantId: tenantOf[i]!, message: a.message })));
    }
    return accepted;
  }

  private async refreshBacklog(): Promise<void> {
    const row = await this.deps.store.db.selectFrom('pipeline_queue').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    this.backlogAtRefresh = Number(row?.n ?? 0);
    this.acceptedSinceRefresh = 0;
    this.deps.metrics.backlog.set(this.backlogAtRefresh);
  }
}
