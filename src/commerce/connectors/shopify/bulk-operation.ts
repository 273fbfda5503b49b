// Shopify bulk query operations: start one with bulkOperationRunQuery, poll currentBulkOperation
// until it completes (objectCount feeds the progress bar), then stream the JSONL result from its
// signed URL line by line, so a store of any size never sits in memory as one document. The shop
// runs one bulk query per app at a time (API 2025-07): a busy shop is waited for, then reported.
import { createInterface } from 'node:readline';
import { request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { ConnectorError } from '../connector.js';
import { BULK_CURRENT_QUERY, BULK_RUN_MUTATION } from './queries.js';
import type { ShopifyClient } from './shopify-client.js';

/** Longest JSONL line we accept (one order row is a few KB). */
const MAX_LINE_CHARS = 1024 * 1024;

const operation = z.object({
  id: z.string(),
  status: z.enum(['CREATED', 'RUNNING', 'COMPLETED', 'CANCELING', 'CANCELED', 'FAILED', 'EXPIRED']),
  errorCode: z.string().nullable().optional(),
  objectCount: z.union([z.string(), z.number()]).nullable().optional(),
  url: z.string().nullable().optional(),
  partialDataUrl: z.string().nullable().optional(),
  query: z.string().nullable().optional(),
});
export type BulkOperation = z.infer<typeof operation>;
const runData = z.object({ bulkOperationRunQuery: z.object({ bulkOperation: z.object({ id: z.string(), status: z.string() }).nullable(), userErrors: z.array(z.object({ message: z.string() })) }) });
const currentData = z.object({ currentBulkOperation: operation.nullable() });

export interface BulkRunOptions {
  signal?: AbortSignal;
  /** Time between polls of currentBulkOperation. */
  pollMs?: number;
  /** How long to wait for another app's (or an earlier run's) bulk query to finish before giving up. */
  busyWaitMs?: number;
  /** Objects written by Shopify so far, on every poll. */
  onObjects?: (count: number) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new ConnectorError(`Shopify ${what}: unexpected data at ${r.error.issues[0]!.path.join('.')}`, 'bad_response');
  return r.data;
}

/** Runs `query` as a bulk operation and yields the rows of its result (parsed JSONL lines). */
export async function* runBulkQuery(client: ShopifyClient, dispatcher: Dispatcher, query: string, o: BulkRunOptions = {}): AsyncGenerator<Record<string, unknown>> {
  // A signed result URL expires (it is valid for a week, but a long pause can outlive it): run once more.
  for (let attempt = 0; ; attempt++) {
    const done = await runToCompletion(client, query, o);
    if (!done.url) return; // Completed without objects: Shopify gives no file.
    const rows = downloadRows(dispatcher, done.url, o.signal);
    try {
      yield* rows;
      return;
    } catch (err) {
      if (err instanceof ExpiredUrlError && attempt === 0) continue;
      throw err;
    }
  }
}

async function runToCompletion(client: ShopifyClient, query: string, o: BulkRunOptions): Promise<BulkOperation> {
  const sleep = o.sleep ?? defaultSleep;
  const pollMs = o.pollMs ?? 2_000;
  const busyUntil = Date.now() + (o.busyWaitMs ?? 10 * 60_000);
  let id: string;
  for (;;) {
    const r = parse(runData, await client.query(BULK_RUN_MUTATION, { query }, o.signal), 'bulkOperationRunQuery').bulkOperationRunQuery;
    if (r.bulkOperation) {
      id = r.bulkOperation.id;
      break;
    }
    const busy = r.userErrors.some((e) => /already in progress/i.test(e.message));
    if (!busy) throw new ConnectorError(`Shopify refused the bulk query: ${r.userErrors.map((e) => e.message).join('; ')}`, 'bad_response');
    const current = await currentOperation(client, o.signal);
    if (Date.now() >= busyUntil) {
      throw new ConnectorError(`Shopify is still running another bulk query on this shop (${current?.id ?? 'unknown id'}, ${current?.status ?? 'status unknown'}); try again when it has finished`, 'rate_limited');
    }
    await sleep(pollMs, o.signal);
  }
  for (;;) {
    const op = await currentOperation(client, o.signal);
    if (!op || op.id !== id) throw new ConnectorError(`Shopify no longer reports the bulk query ${id} as the current one (another was started on this shop)`, 'unavailable');
    if (op.objectCount !== null && op.objectCount !== undefined) o.onObjects?.(Number(op.objectCount));
    switch (op.status) {
      case 'COMPLETED':
        return op;
      case 'FAILED':
        if (op.errorCode === 'ACCESS_DENIED') throw new ConnectorError('Shopify denied the bulk query (ACCESS_DENIED): the app needs the read_orders, read_customers, read_products and read_returns scopes', 'auth');
        throw new ConnectorError(`Shopify's bulk query failed (${op.errorCode ?? 'no error code'})`, 'unavailable');
      case 'CANCELED':
      case 'CANCELING':
        throw new ConnectorError('the bulk query was cancelled on the shop; run the import again', 'unavailable');
      case 'EXPIRED':
        throw new ConnectorError('the bulk query expired before it was read; run the import again', 'unavailable');
      default:
        await sleep(pollMs, o.signal);
    }
  }
}

export async function currentOperation(client: ShopifyClient, signal?: AbortSignal): Promise<BulkOperation | null> {
  return parse(currentData, await client.query(BULK_CURRENT_QUERY, {}, signal), 'currentBulkOperation').currentBulkOperation;
}

class ExpiredUrlError extends ConnectorError {}

/** Streams the JSONL file: one JSON object per line; no access token goes to the storage host. */
async function* downloadRows(dispatcher: Dispatcher, url: string, signal?: AbortSignal): AsyncGenerator<Record<string, unknown>> {
  const label = `Shopify bulk result (${new URL(url).host})`;
  let res: Dispatcher.ResponseData;
  try {
    res = await request(url, { method: 'GET', dispatcher, ...(signal ? { signal } : {}) });
  } catch (err) {
    throw new ConnectorError(`${label} is unreachable: ${(err as Error).message}`, 'unavailable');
  }
  if (res.statusCode === 400 || res.statusCode === 403 || res.statusCode === 404 || res.statusCode === 410) {
    const text = (await res.body.text()).slice(0, 300);
    // Google Cloud Storage answers an expired signed URL with 400/403 "ExpiredToken" or "expired".
    if (/expired/i.test(text) || res.statusCode === 410) throw new ExpiredUrlError(`${label}: the result URL has expired`, 'unavailable', res.statusCode);
    throw new ConnectorError(`${label} answered HTTP ${res.statusCode}: ${text}`, 'bad_response', res.statusCode);
  }
  if (res.statusCode >= 300) {
    res.body.destroy();
    throw new ConnectorError(`${label} answered HTTP ${res.statusCode}`, 'unavailable', res.statusCode);
  }
  const lines = createInterface({ input: res.body, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.length === 0) continue;
      if (line.length > MAX_LINE_CHARS) throw new ConnectorError(`${label}: line ${n} is longer than ${MAX_LINE_CHARS} characters`, 'bad_response');
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new ConnectorError(`${label}: line ${n} is not JSON`, 'bad_response');
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new ConnectorError(`${label}: line ${n} is not an object`, 'bad_response');
      yield row as Record<string, unknown>;
    }
  } catch (err) {
    if (err instanceof ConnectorError) throw err;
    throw new ConnectorError(`${label}: the download broke off at line ${n}: ${(err as Error).message}`, 'unavailable');
  } finally {
    lines.close();
    res.body.destroy();
  }
}
