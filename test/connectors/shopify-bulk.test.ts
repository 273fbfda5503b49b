// The Shopify bulk import's real code path (bulkOperationRunQuery, currentBulkOperation polling, the
// streamed JSONL download and its reassembly, the import into the cache) against the local fake
// Shopify, including the documented failures: FAILED/ACCESS_DENIED, CANCELED, an expired result URL
// and a shop busy with another bulk query.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type StoreEntity } from '../../src/commerce/connectors/connector.js';
import { loadConnection, saveConnection } from '../../src/commerce/connectors/connections.js';
import { createConnector } from '../../src/commerce/connectors/create-connector.js';
import { ShopifyClient } from '../../src/commerce/connectors/shopify/shopify-client.js';
import { ShopifyConnector } from '../../src/commerce/connectors/shopify/shopify-connector.js';
import { storeDispatcher } from '../../src/commerce/connectors/store-http.js';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { importStore, type ImportProgress } from '../../src/commerce/sync/import-store.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import type { Order, Return } from '../../src/commerce/types.js';
import { SecretBox } from '../../src/runtime/secret-box.js';
import { migrate, openStore, type Store } from '../../src/store/database.js';
import { backends, freshPostgres } from '../support/harness.js';
import { FakeShopify, shopifyNodesFromDemo } from './fake-shopify.js';

const TOKEN = 'shpat_' + 'c'.repeat(32);
const data = generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') });

async function collect(connector: ShopifyConnector): Promise<StoreEntity[]> {
  const out: StoreEntity[] = [];
  for await (const batch of connector.bulkOrders()) out.push(...batch.entities);
  return out;
}

async function paged(connector: ShopifyConnector): Promise<StoreEntity[]> {
  const out: StoreEntity[] = [];
  let cursor: string | null = null;
  do {
    const page = await connector.fetchPage('orders', { cursor });
    out.push(...page.entities);
    cursor = page.next;
  } while (cursor);
  return out;
}

describe('Shopify bulk operations', () => {
  let shop: FakeShopify;
  const make = (bulk = { pollMs: 2, busyWaitMs: 5_000 }) => {
    const client = new ShopifyClient({ shopUrl: shop.url, accessToken: TOKEN, dispatcher: storeDispatcher({ timeoutMs: 5_000, minBackoffMs: 5, maxBackoffMs: 20, maxRetries: 1 }) });
    return new ShopifyConnector(client, shop.url, 250, bulk);
  };
  beforeEach(async () => {
    shop = await new FakeShopify({ token: TOKEN, bucketMax: 100_000, restoreRate: 100_000 }).start();
    Object.assign(shop, shopifyNodesFromDemo(data, { orders: 300, customers: 10, products: 10 }));
  });
  afterEach(async () => shop.close());

  it('reassembles the JSONL rows into the same orders, line items and returns as the paged queries', async () => {
    shop.bulkRunningPolls = 3;
    const objects: number[] = [];
    const connector = make();
    const bulk: StoreEntity[] = [];
    for await (const batch of connector.bulkOrders({ onObjects: (n) => objects.push(n) })) bulk.push(...batch.entities);
    const pages = await paged(connector);
    const orders = (xs: StoreEntity[]) => new Map(xs.filter((e): e is { kind: 'order'; value: Order } => e.kind === 'order').map((e) => [e.value.id, e.value]));
    const b = orders(bulk);
    const p = orders(pages);
    expect(b.size).toBe(300);
    expect([...b.keys()].sort()).toEqual([...p.keys()].sort());
    // Shipped quantities come from unfulfilledQuantity here (fulfillment line items cannot be nested in bulk).
    for (const [id, o] of p) expect(b.get(id)).toEqual(o);
    const returns = (xs: StoreEntity[]) => xs.filter((e): e is { kind: 'return'; value: Return } => e.kind === 'return').map((e) => e.value);
    expect(returns(bulk).map((r) => [r.id, r.rma, r.orderId]).sort()).toEqual(returns(pages).map((r) => [r.id, r.rma, r.orderId]).sort());
    const tracking = (xs: StoreEntity[]) => xs.flatMap((e) => (e.kind === 'shipment' ? [`${e.value.id} ${e.value.carrier} ${e.value.trackingNumber} ${e.value.status}`] : [])).sort();
    expect(tracking(bulk).length).toBeGreaterThan(50);
    expect(tracking(bulk)).toEqual(tracking(pages));
    // Progress while Shopify exported: rising object counts ending at every row of the file.
    expect(objects.length).toBe(4);
    expect(objects).toEqual([...objects].sort((x, y) => x - y));
    expect(objects[0]).toBeLessThan(objects.at(-1)!);
    expect(objects.at(-1)).toBe(300 + shop.orders.reduce((n, o) => n + (o.lineItems as { nodes: unknown[] }).nodes.length + (o.returns as { nodes: unknown[] }).nodes.length, 0));
    expect(shop.bulkOps).toHaveLength(1);
    expect(shop.bulkOps[0]!.query).toMatch(/^\{ orders\(sortKey: UPDATED_AT\) \{ edges/);
  });

  it('reports FAILED with ACCESS_DENIED as a credentials problem, other failures and cancellation as unavailable', async () => {
    shop.bulkOutcome = { status: 'FAILED', errorCode: 'ACCESS_DENIED' };
    await expect(collect(make())).rejects.toMatchObject({ reason: 'auth', message: expect.stringContaining('read_orders') });
    shop.bulkOutcome = { status: 'FAILED', errorCode: 'INTERNAL_SERVER_ERROR' };
    await expect(collect(make())).rejects.toMatchObject({ reason: 'unavailable', message: expect.stringContaining('INTERNAL_SERVER_ERROR') });
    shop.bulkOutcome = { status: 'CANCELED' };
    await expect(collect(make())).rejects.toMatchObject({ reason: 'unavailable', message: expect.stringContaining('cancelled') });
    expect(shop.bulkDownloads).toBe(0);
  });

  it('runs the query again once when the result URL has expired, and gives up the second time', async () => {
    shop.bulkExpiredDownloads = 1;
    expect((await collect(make())).filter((e) => e.kind === 'order')).toHaveLength(300);
    expect(shop.bulkOps).toHaveLength(2);
    shop.bulkExpiredDownloads = 2;
    const err = await collect(make()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as Error).message).toMatch(/expired/);
  });

  it('waits while another bulk query runs on the shop, and reports it when the wait runs out', async () => {
    shop.bulkBusyPolls = 3;
    expect((await collect(make())).filter((e) => e.kind === 'order')).toHaveLength(300);
    shop.bulkBusyPolls = 1_000;
    await expect(collect(make({ pollMs: 2, busyWaitMs: 30 }))).rejects.toMatchObject({ reason: 'rate_limited', message: expect.stringContaining('gid://shopify/BulkOperation/') });
  });
});

describe.each(backends())('bulk store import (%s)', (backend) => {
  let store: Store;
  let dir: string;
  let dropPg: (() => Promise<void>) | undefined;
  let shop: FakeShopify;
  let tenantId: string;
  let otherTenant: string;
  const box = new SecretBox(randomBytes(32));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-bulk-'));
    const pg = backend === 'postgres' ? await freshPostgres() : undefined;
    dropPg = pg?.drop;
    store = openStore({ dataDir: dir, ...(pg ? { databaseUrl: pg.url } : {}) });
    await migrate(store);
    tenantId = (await createTenant(store.db, { slug: 'bulk-a', name: 'A', ownerEmail: 'a@a.test' })).tenantId;
    otherTenant = (await createTenant(store.db, { slug: 'bulk-b', name: 'B', ownerEmail: 'b@b.test' })).tenantId;
  });
  afterAll(async () => {
    await store.close();
    await dropPg?.();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    shop = await new FakeShopify({ token: TOKEN, bucketMax: 100_000, restoreRate: 100_000 }).start();
    Object.assign(shop, shopifyNodesFromDemo(data, { orders: 400, customers: 20, products: 10 }));
    await saveConnection(store.db, box, tenantId, { platform: 'shopify', baseUrl: shop.url, credentials: { accessToken: TOKEN }, webhookSecret: 'secret-bulk-1' });
  });
  afterEach(async () => shop.close());

  const countOf = async (tenant: string, kind: string) =>
    Number((await store.db.selectFrom('commerce_records').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant).where('kind', '=', kind).executeTakeFirstOrThrow()).n);

  const run = async (bulk: 'auto' | 'always' | 'never', bulkThreshold?: number) => {
    const conn = (await loadConnection(store.db, box, tenantId))!;
    const progress: ImportProgress[] = [];
    let pages = 0;
    let before: number | undefined;
    const onProgress = (p: ImportProgress) => {
      if (p.kind === 'orders') before ??= pages;
      progress.push(p);
    };
    const summary = await importStore({ db: store.db, tenantId, connector: createConnector(conn, { bulk: { pollMs: 2 } }), state: conn.syncState, restart: true, bulk, ...(bulkThreshold ? { bulkThreshold } : {}), onProgress, onPage: async () => void pages++ });
    return { summary, progress, pages: pages - (before ?? pages) };
  };

  it('imports a store at or above the threshold through a bulk operation, with progress, into this tenant only', async () => {
    shop.bulkRunningPolls = 3;
    const { summary, progress, pages } = await run('auto', 400);
    // While the orders import, the scheduler's lease is renewed on each of the 4 polls and after each of the 2 batches.
    expect(pages).toBe(4 + 2);
    expect(summary.bulk).toBe(true);
    expect(summary.kinds.orders).toBe(400);
    expect(shop.bulkOps).toHaveLength(1);
    expect(shop.requests.filter((r) => r.root === 'orders')).toHaveLength(0);
    expect(await countOf(tenantId, 'order')).toBe(400);
    expect(await countOf(otherTenant, 'order')).toBe(0);
    const orders = progress.filter((p) => p.kind === 'orders');
    expect(orders.some((p) => (p.exportedObjects ?? 0) > 0)).toBe(true);
    expect(orders.at(-1)).toMatchObject({ imported: 400, total: 400 });
    const state = (await loadConnection(store.db, box, tenantId))!.syncState;
    expect(state).toMatchObject({ running: false, kinds: { orders: { done: true, imported: 400 } } });
  });

  it('pages below the threshold and when told not to export', async () => {
    expect((await run('auto', 401)).summary.bulk).toBe(false);
    expect((await run('never', 1)).summary.bulk).toBe(false);
    expect(shop.bulkOps).toHaveLength(0);
    expect(await countOf(tenantId, 'order')).toBe(400);
  });

  it('keeps the cache and reports the reason when the bulk operation fails', async () => {
    await run('never');
    shop.bulkOutcome = { status: 'FAILED', errorCode: 'ACCESS_DENIED' };
    await expect(run('always')).rejects.toMatchObject({ reason: 'auth' });
    expect(await countOf(tenantId, 'order')).toBe(400);
  });
});
