// Shopify Admin GraphQL API client: X-Shopify-Access-Token auth, and the calculated-query-cost rate
// limit. Each response's extensions.cost.throttleStatus tells how many points are left and how fast
// they refill; before the next query we wait until the bucket holds what the last query cost, and a
// THROTTLED error waits for the refill and tries again. 429/5xx retries happen below, in store-http.
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { ConnectorError } from '../connector.js';
import { parseJson, storeRequest } from '../store-http.js';

export const SHOPIFY_API_VERSION = '2025-07';

/** Shopify's ceiling on one query's requested cost. */
export const MAX_QUERY_COST = 1000;

/** The query asked for more than one query may cost (MAX_COST_EXCEEDED): ask for fewer nodes. */
export class QueryCostError extends ConnectorError {
  constructor(message: string, readonly cost: number, readonly maxCost: number) {
    super(message, 'bad_response', 200);
  }
}

const throttleSchema = z.object({ maximumAvailable: z.number(), currentlyAvailable: z.number(), restoreRate: z.number().positive() });
const responseSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).loose().optional() }).loose()).optional(),
  extensions: z.object({ cost: z.object({ requestedQueryCost: z.number(), actualQueryCost: z.number().nullable().optional(), throttleStatus: throttleSchema }).loose().optional() }).loose().optional(),
});

export interface ShopifyClientOptions {
  shopUrl: string;
  accessToken: string;
  dispatcher: Dispatcher;
  apiVersion?: string;
  /** How many THROTTLED answers in a row before giving up. */
  maxThrottleRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class ShopifyClient {
  private bucket: { available: number; max: number; restoreRate: number; at: number } | undefined;
  private lastCost = 0;
  /** Total time spent waiting for the cost bucket to refill (observability, tests). */
  throttledMs = 0;
  /** requestedQueryCost of the last answered query (the connector sizes its pages from it). */
  lastRequestedCost: number | undefined;

  constructor(private readonly o: ShopifyClientOptions) {}

  /** The HTTP dispatcher (bulk results are downloaded through it, without the access token). */
  get dispatcher(): Dispatcher {
    return this.o.dispatcher;
  }

  private get endpoint(): string {
    return `${this.o.shopUrl}/admin/api/${this.o.apiVersion ?? SHOPIFY_API_VERSION}/graphql.json`;
  }

  async query<T>(document: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const label = `Shopify (${new URL(this.o.shopUrl).host})`;
    const attempts = (this.o.maxThrottleRetries ?? 8) + 1;
    for (let attempt = 0; attempt < attempts; attempt++) {
      await this.waitForBudget();
      const res = await storeRequest(this.o.dispatcher, label, this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-shopify-access-token': this.o.accessToken },
        body: JSON.stringify({ query: document, variables }),
        signal,
      });
      const parsed = responseSchema.safeParse(parseJson(label, res.text));
      if (!parsed.success) throw new ConnectorError(`${label} answered with an unexpected GraphQL envelope`, 'bad_response', res.status);
      const body = parsed.data;
      const cost = body.extensions?.cost;
      if (cost) {
        const t = cost.throttleStatus;
        this.bucket = { available: t.currentlyAvailable, max: t.maximumAvailable, restoreRate: t.restoreRate, at: Date.now() };
        this.lastCost = Math.max(cost.actualQueryCost ?? 0, cost.requestedQueryCost);
        this.lastRequestedCost = cost.requestedQueryCost;
      }
      const tooCostly = body.errors?.find((e) => e.extensions?.code === 'MAX_COST_EXCEEDED');
      if (tooCostly) {
        const ext = tooCostly.extensions as { cost?: number; maxCost?: number };
        throw new QueryCostError(`${label}: ${tooCostly.message.split('\n')[0]}`, Number(ext.cost ?? MAX_QUERY_COST * 2), Number(ext.maxCost ?? MAX_QUERY_COST));
      }
      if (body.errors?.some((e) => e.extensions?.code === 'THROTTLED' || e.message === 'Throttled')) continue;
      if (body.errors?.length) {
        const access = body.errors.some((e) => e.extensions?.code === 'ACCESS_DENIED');
        throw new ConnectorError(`${label} GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`, access ? 'auth' : 'bad_response', res.status);
      }
      if (body.data === undefined || body.data === null) throw new ConnectorError(`${label} answered without data`, 'bad_response', res.status);
      return body.data as T;
    }
    throw new ConnectorError(`${label} kept throttling the query (cost ${this.lastCost}) after ${attempts} attempts`, 'rate_limited', 200);
  }

  /** Sleeps until the refilled bucket holds the cost of the last query (our estimate of the next). */
  private async waitForBudget(): Promise<void> {
    const b = this.bucket;
    if (!b || this.lastCost === 0) return;
    const now = Date.now();
    const available = Math.min(b.max, b.available + ((now - b.at) / 1000) * b.restoreRate);
    const need = Math.min(this.lastCost, b.max);
    if (available >= need) return;
    // +1 ms: both clocks count whole milliseconds, so an exact wait can land a fraction short.
    const ms = Math.ceil(((need - available) / b.restoreRate) * 1000) + 1;
    this.throttledMs += ms;
    await (this.o.sleep ?? ((x: number) => new Promise((r) => setTimeout(r, x))))(ms);
  }
}
