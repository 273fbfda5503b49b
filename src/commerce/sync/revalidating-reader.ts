// Stale-while-revalidate over the local cache. An order question is answered from the cache at once;
// when the cached order is older than `staleMs`, a refresh from the store runs in the background
// (one per order at a time) and the next question sees it. Only a cache miss asks the store inline,
// bounded by `liveTimeoutMs`; after a failure the store is left alone for `cooldownMs`, so during an
// outage or a rate limit every answer comes from the cache in milliseconds.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { StoreConnector } from '../connectors/connector.js';
import { cacheAgeMs, type CommerceReader } from '../records.js';
import type { Coupon, Customer, KnowledgeArticle, Order, Product, Promotion, PromotionScript, Return, ReturnPolicy, Shipment } from '../types.js';
import { applyEntities } from './apply-entities.js';

export interface RevalidatingReaderOptions {
  staleMs: number;
  liveTimeoutMs: number;
  /** How long a failing store is not asked again. */
  cooldownMs?: number;
  /** Longest a background refresh may take (default 10 s). */
  refreshTimeoutMs?: number;
  onError?: (tenantId: string, err: Error) => void;
}

export class RevalidatingReader implements CommerceReader {
  private readonly inflight = new Map<string, Promise<Order | undefined>>();
  private readonly failedAt = new Map<string, number>();
  /** Numbers the store said it does not have: not asked again for `staleMs` (typos, probing). */
  private readonly misses = new Map<string, number>();
  /** Background refreshes started (observability, tests). */
  revalidations = 0;
  private readonly closing = new AbortController();

  constructor(
    private readonly inner: CommerceReader,
    private readonly db: Kysely<Database>,
    private readonly connectorOf: (tenantId: string) => Promise<StoreConnector | undefined>,
    private readonly o: RevalidatingReaderOptions,
  ) {}

  async orderByNumber(tenantId: string, number: string): Promise<Order | undefined> {
    const cached = await this.inner.orderByNumber(tenantId, number);
    if (cached) {
      if ((cacheAgeMs(cached) ?? 0) > this.o.staleMs) void this.refresh(tenantId, number, undefined);
      return cached;
    }
    const missedAt = this.misses.get(missKey(tenantId, number));
    if (missedAt !== undefined && Date.now() - missedAt < this.o.staleMs) return undefined;
    return this.refresh(tenantId, number, AbortSignal.timeout(this.o.liveTimeoutMs));
  }

  shipments(tenantId: string, ids: string[]): Promise<Shipment[]> {
    return this.inner.shipments(tenantId, ids);
  }

  articles(tenantId: string): Promise<KnowledgeArticle[]> {
    return this.inner.articles(tenantId);
  }

  products(tenantId: string): Promise<Product[]> {
    return this.inner.products(tenantId);
  }

  returnPolicy(tenantId: string): Promise<ReturnPolicy | undefined> {
    return this.inner.returnPolicy(tenantId);
  }

  shipmentByTracking(tenantId: string, trackingNumber: string): Promise<Shipment | undefined> {
    return this.inner.shipmentByTracking(tenantId, trackingNumber);
  }

  recentOrders(tenantId: string, who: { email?: string; phone?: string }, limit: number): Promise<Order[]> {
    return this.inner.recentOrders(tenantId, who, limit);
  }

  customer(tenantId: string, id: string): Promise<Customer | undefined> {
    return this.inner.customer(tenantId, id);
  }

  customerByEmail(tenantId: string, email: string): Promise<Customer | undefined> {
    return this.inner.customerByEmail(tenantId, email);
  }

  promotions(tenantId: string): Promise<Promotion[]> {
    return this.inner.promotions(tenantId);
  }

  coupons(tenantId: string): Promise<Coupon[]> {
    return this.inner.coupons(tenantId);
  }

  promotionScripts(tenantId: string): Promise<PromotionScript[]> {
    return this.inner.promotionScripts(tenantId);
  }

  /** Returns arrive with their order (sync, webhooks, the order refresh above), so the cache answers. */
  returnsForOrder(tenantId: string, orderId: string): Promise<Return[]> {
    return this.inner.returnsForOrder(tenantId, orderId);
  }

  /** Cancels refreshes in flight and waits for them, so none touches the database after shutdown. */
  async close(): Promise<void> {
    this.closing.abort();
    await Promise.allSettled([...this.inflight.values()]);
  }

  /** Fetches the order from the store into the cache; never throws (the cache answers instead). */
  private refresh(tenantId: string, number: string, signal: AbortSignal | undefined): Promise<Order | undefined> {
    const key = missKey(tenantId, number);
    const running = this.inflight.get(key);
    if (running) return signal ? raceAbort(running, signal) : running;
    if (this.closing.signal.aborted) return Promise.resolve(undefined);
    const failed = this.failedAt.get(tenantId);
    if (failed !== undefined && Date.now() - failed < (this.o.cooldownMs ?? 30_000)) return Promise.resolve(undefined);
    const task = (async () => {
      try {
        // Inside the try: an unreadable connection (wrong STORE_CREDENTIALS_KEY) must not fail the answer.
        const connector = await this.connectorOf(tenantId);
        if (!connector || connector.platform === 'demo') return undefined;
        if (!signal) this.revalidations++;
        const entities = await connector.fetchOrder(number, AbortSignal.any([signal ?? AbortSignal.timeout(this.o.refreshTimeoutMs ?? 10_000), this.closing.signal]));
        if (this.closing.signal.aborted) return undefined;
        if (entities.length === 0) {
          if (this.misses.size >= 10_000) this.misses.clear();
          this.misses.set(key, Date.now());
          return undefined;
        }
        this.misses.delete(key);
        await applyEntities(this.db, tenantId, entities, { merge: true });
        this.failedAt.delete(tenantId);
        return this.inner.orderByNumber(tenantId, number);
      } catch (err) {
        this.failedAt.set(tenantId, Date.now());
        this.o.onError?.(tenantId, err as Error);
        return undefined;
      }
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, task);
    return task;
  }
}

function missKey(tenantId: string, number: string): string {
  return `${tenantId}\u0000${number.toUpperCase()}`;
}

function raceAbort<T>(p: Promise<T | undefined>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(undefined), { once: true });
    p.then(resolve, () => resolve(undefined));
  });
}
