// Import, resume, reconcile and the stale-while-revalidate reader over a real database, with the
// connectors talking to the local fake Shopify and WooCommerce servers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConnection, saveConnection } from '../../src/commerce/connectors/connections.js';
import { createConnector } from '../../src/commerce/connectors/create-connector.js';
import { SecretBox } from '../../src/runtime/secret-box.js';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { RecordsReader } from '../../src/commerce/records.js';
import { applyEntities } from '../../src/commerce/sync/apply-entities.js';
import { importStore } from '../../src/commerce/sync/import-store.js';
import { reconcileStore } from '../../src/commerce/sync/reconcile-store.js';
import { RevalidatingReader } from '../../src/commerce/sync/revalidating-reader.js';
import { SyncScheduler } from '../../src/commerce/sync/sync-scheduler.js';
import { TenantConnectors } from '../../src/commerce/sync/tenant-connectors.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { migrate, openStore, type Store } from '../../src/store/database.js';
import { backends, freshPostgres } from '../support/harness.js';
import { FakeShopify, shopifyNodesFromDemo } from './fake-shopify.js';
import { FakeWoo, wooFromDemo } from './fake-woocommerce.js';

const TOKEN = 'shpat_' + 'a'.repeat(32);
const KEY = 'ck_' + '1'.repeat(40);
const SECRET = 'cs_' + '2'.repeat(40);
const data = generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') });
const http = { timeoutMs: 400, maxRetries: 1, minBackoffMs: 5, maxBackoffMs: 20 };

describe.each(backends())('store sync (%s)', (backend) => {
  let store: Store;
  let dir: string;
  let dropPg: (() => Promise<void>) | undefined;
  let shopA: string;
  let shopB: string;
  let shopify: FakeShopify;
  let woo: FakeWoo;
  const box = new SecretBox(randomBytes(32));

  const count = async (tenantId: string, kind: string) =>
    Number((await store.db.selectFrom('commerce_records').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('kind', '=', kind).executeTakeFirstOrThrow()).n);
  const conn = async (tenantId: string) => (await loadConnection(store.db, box, tenantId))!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-sync-'));
    const pg = backend === 'postgres' ? await freshPostgres() : undefined;
    dropPg = pg?.drop;
    store = openStore({ dataDir: dir, ...(pg ? { databaseUrl: pg.url } : {}) });
    await migrate(store);
    shopA = (await createTenant(store.db, { slug: 'shop-a', name: 'A', ownerEmail: 'a@a.test' })).tenantId;
    shopB = (await createTenant(store.db, { slug: 'shop-b', name: 'B', ownerEmail: 'b@b.test' })).tenantId;
  });
  afterAll(async () => {
    await store.close();
    await dropPg?.();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    shopify = await new FakeShopify({ token: TOKEN, bucketMax: 100_000, restoreRate: 100_000 }).start();
    Object.assign(shopify, shopifyNodesFromDemo(data, { orders: 150, customers: 40, products: 30 }));
    woo = await new FakeWoo(KEY, SECRET).start();
    Object.assign(woo, wooFromDemo(data, { orders: 90, customers: 20, products: 12 }));
    await saveConnection(store.db, box, shopA, { platform: 'shopify', baseUrl: shopify.url, credentials: { accessToken: TOKEN }, webhookSecret: 'secret-a-123' });
    await saveConnection(store.db, box, shopB, { platform: 'woocommerce', baseUrl: woo.url, credentials: { consumerKey: KEY, consumerSecret: SECRET }, webhookSecret: 'secret-b-123' });
  });
  afterEach(async () => {
    await shopify.close();
    await woo.close();
  });

  it('imports each tenant from its own store and nothing into the other', async () => {
    const a = await importStore({ db: store.db, tenantId: shopA, connector: createConnector(await conn(shopA), { http, pageSize: 50 }), state: (await conn(shopA)).syncState });
    expect(a.kinds).toEqual({ products: 30, customers: 40, coupons: data.coupons.length, promotions: data.promotions.length, orders: 150 });
    const b = await importStore({ db: store.db, tenantId: shopB, connector: createConnector(await conn(shopB), { http, pageSize: 50 }), state: (await conn(shopB)).syncState });
    expect(b.kinds).toEqual({ products: 12, customers: 20, coupons: data.coupons.length, orders: 90 });
    expect(await count(shopA, 'order')).toBe(150);
    expect(await count(shopB, 'order')).toBe(90);
    // Coupons are keyed by their code; everything else by Shopify's global id.
    const aIds = (await store.db.selectFrom('commerce_records').select('id').where('tenant_id', '=', shopA).where('kind', '!=', 'coupon').execute()).map((r) => r.id);
    expect(aIds.every((id) => id.startsWith('gid://shopify/'))).toBe(true);
    const bIds = (await store.db.selectFrom('commerce_records').select('id').where('tenant_id', '=', shopB).where('kind', '=', 'order').execute()).map((r) => r.id);
    expect(bIds.every((id) => /^\d+$/.test(id))).toBe(true);
    // Every request went to the tenant's own store with its own credentials.
    expect(shopify.requests.every((r) => r.token === TOKEN)).toBe(true);
    expect((await conn(shopA)).syncedAt).not.toBeNull();
  });

  it('resumes an interrupted import from the last committed page', async () => {
    const connector = createConnector(await conn(shopA), { http, pageSize: 20 });
    let pages = 0;
    const abort = new AbortController();
    // Products come 5 a page (6 pages), customers 20: stop after the first customers page.
    await expect(importStore({ db: store.db, tenantId: shopA, connector, state: (await conn(shopA)).syncState, restart: true, signal: abort.signal, onPage: async () => void (++pages === 7 && abort.abort()) })).rejects.toThrow();
    const saved = (await conn(shopA)).syncState;
    expect(saved.running).toBe(true);
    expect(saved.kinds.customers).toMatchObject({ done: false, imported: 40 - 20 });
    const before = shopify.requests.length;
    const resumed = await importStore({ db: store.db, tenantId: shopA, connector, state: saved });
    expect(resumed.resumed).toBe(true);
    expect(resumed.kinds).toEqual({ products: 30, customers: 40, coupons: data.coupons.length, promotions: data.promotions.length, orders: 150 });
    // Products were done; customers continue from the saved cursor, then coupons 5 a page, automatic
    // discounts 2 a page, the order count (150: below the bulk threshold), then 75 order pages of 2.
    expect(shopify.requests.slice(before).map((r) => r.root)).toEqual([
      'customers', ...Array(Math.ceil(data.coupons.length / 5)).fill('codeDiscountNodes'), ...Array(Math.ceil(data.promotions.length / 2)).fill('automaticDiscountNodes'), 'ordersCount', ...Array(75).fill('orders'),
    ]);
    expect(shopify.requests[before]!.variables.after).toBe(saved.kinds.customers!.cursor);
  });

  it('sweeps records the store no longer has (and leftovers of an earlier store) at the end of a full import', async () => {
    await store.db.insertInto('commerce_records').values({ tenant_id: shopA, kind: 'order', id: 'demo-order', lookup: 'PD-000001', data: '{}', updated_at: 1 }).execute();
    shopify.orders = shopify.orders.slice(10);
    const s = await importStore({ db: store.db, tenantId: shopA, connector: createConnector(await conn(shopA), { http, pageSize: 100 }), state: (await conn(shopA)).syncState, restart: true });
    expect(s.removed).toBeGreaterThanOrEqual(11);
    expect(await count(shopA, 'order')).toBe(140);
    expect(await count(shopB, 'order')).toBe(90);
  });

  it('reconciles only what changed since the watermark', async () => {
    await importStore({ db: store.db, tenantId: shopA, connector: createConnector(await conn(shopA), { http, pageSize: 100 }), state: (await conn(shopA)).syncState, restart: true });
    const node = shopify.orders[3]!;
    Object.assign(node, { cancelledAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    const before = shopify.requests.length;
    const { changed } = await reconcileStore({ db: store.db, tenantId: shopA, connector: createConnector(await conn(shopA), { http }), reconciledAt: Date.now() - 1_000 });
    expect(changed.orders).toBe(1);
    expect(shopify.requests.slice(before).every((r) => typeof r.variables.query === 'string' && String(r.variables.query).startsWith("updated_at:>='"))).toBe(true);
    const order = await new RecordsReader(store.db).orderByNumber(shopA, node.name as string);
    expect(order).toMatchObject({ state: 'cancelled' });
  });

  it('answers from the cache while the store is down or hangs, refreshes stale records in the background, and records their age', async () => {
    await importStore({ db: store.db, tenantId: shopA, connector: createConnector(await conn(shopA), { http, pageSize: 100 }), state: (await conn(shopA)).syncState, restart: true });
    const connector = createConnector(await conn(shopA), { http });
    const reader = new RevalidatingReader(new RecordsReader(store.db), store.db, async (t) => (t === shopA ? connector : undefined), { staleMs: 0, liveTimeoutMs: 300, cooldownMs: 0, refreshTimeoutMs: 500 });
    const name = shopify.orders[5]!.name as string;
    for (const mode of ['down', 'hang'] as const) {
      shopify.mode = mode;
      const started = performance.now();
      const order = await reader.orderByNumber(shopA, name);
      expect(performance.now() - started).toBeLessThan(100);
      expect(order).toMatchObject({ number: name });
      expect(Date.parse(order!.syncedAt!)).toBeLessThanOrEqual(Date.now());
    }
    expect(reader.revalidations).toBeGreaterThanOrEqual(1);
    // Back up: a stale read triggers a refresh that lands in the cache.
    shopify.mode = 'ok';
    Object.assign(shopify.orders[5]!, { email: 'changed@example.com', updatedAt: new Date().toISOString() });
    await expect
      .poll(async () => {
        await reader.orderByNumber(shopA, name);
        return (await new RecordsReader(store.db).orderByNumber(shopA, name))?.email;
      }, { timeout: 5_000, interval: 100 })
      .toBe('changed@example.com');
    // A cache miss asks the store live, within the timeout.
    await store.db.deleteFrom('commerce_records').where('tenant_id', '=', shopA).where('kind', '=', 'order').where('lookup', '=', name.toUpperCase()).execute();
    expect(await reader.orderByNumber(shopA, name)).toMatchObject({ number: name, email: 'changed@example.com' });
    // Shutdown cancels a refresh hanging on the store instead of waiting out its timeout.
    shopify.mode = 'hang';
    const patient = createConnector(await conn(shopA), { http: { ...http, timeoutMs: 30_000 } });
    const closing = new RevalidatingReader(new RecordsReader(store.db), store.db, async () => patient, { staleMs: 0, liveTimeoutMs: 300, cooldownMs: 0, refreshTimeoutMs: 30_000 });
    await closing.orderByNumber(shopA, name);
    const t0 = Date.now();
    await closing.close();
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(await closing.orderByNumber(shopA, 'PD-UNKNOWN')).toBeUndefined();
    shopify.mode = 'ok';
    // An order the store does not have is asked for once, not on every message.
    const reader2 = new RevalidatingReader(new RecordsReader(store.db), store.db, async () => connector, { staleMs: 60_000, liveTimeoutMs: 300, cooldownMs: 0 });
    const hitsBefore = shopify.hits;
    expect(await reader2.orderByNumber(shopA, '#999999')).toBeUndefined();
    expect(await reader2.orderByNumber(shopA, '#999999')).toBeUndefined();
    expect(shopify.hits - hitsBefore).toBe(1);
    // Another tenant's reader never sees this tenant's orders.
    expect(await reader.orderByNumber(shopB, name)).toBeUndefined();
    // A connection that cannot be opened (e.g. a changed STORE_CREDENTIALS_KEY) costs no answer.
    const errors: string[] = [];
    const broken = new RevalidatingReader(new RecordsReader(store.db), store.db, async () => Promise.reject(new Error('cannot open the store credentials')), { staleMs: 0, liveTimeoutMs: 300, cooldownMs: 0, onError: (_t, e) => errors.push(e.message) });
    expect(await broken.orderByNumber(shopA, name)).toMatchObject({ number: name });
    expect(await broken.orderByNumber(shopA, 'PD-NOPE')).toBeUndefined();
    expect(errors).toContain('cannot open the store credentials');
  });

  it('the scheduler imports a never-imported store, then reconciles; a failing store is recorded, not fatal', async () => {
    const scheduler = new SyncScheduler(store.db, new TenantConnectors(store.db, box, { http }), createLogger('silent'), { reconcileMs: 10_000, tickMs: 60_000 });
    await store.db.insertInto('store_webhook_receipts').values([{ tenant_id: shopB, webhook_id: 'old', received_at: Date.now() - 8 * 24 * 3600_000 }, { tenant_id: shopB, webhook_id: 'new', received_at: Date.now() }]).execute();
    await scheduler.runOnce();
    expect((await store.db.selectFrom('store_webhook_receipts').select('webhook_id').where('tenant_id', '=', shopB).execute()).map((r) => r.webhook_id)).toEqual(['new']);
    expect((await conn(shopB)).syncedAt).not.toBeNull();
    expect((await conn(shopA)).syncedAt).not.toBeNull();
    expect(await count(shopB, 'order')).toBe(90);
    // Not due yet: nothing is asked of the stores.
    const hits = woo.requests.length;
    await scheduler.runOnce();
    expect(woo.requests.length).toBe(hits);
    // Due, and the WooCommerce store is down: the error is kept, the lease released, the cache intact.
    await store.db.updateTable('store_connections').set({ reconciled_at: Date.now() - 20_000 }).execute();
    woo.mode = 'down';
    await scheduler.runOnce();
    expect((await conn(shopB)).lastError).toMatch(/503/);
    expect(await count(shopB, 'order')).toBe(90);
    const lease = await store.db.selectFrom('store_connections').select('lease_until').where('tenant_id', '=', shopB).executeTakeFirstOrThrow();
    expect(Number(lease.lease_until)).toBe(0);
    woo.mode = 'ok';
    const changed = woo.orders[0]!;
    Object.assign(changed, { status: 'cancelled', date_modified_gmt: new Date().toISOString().replace(/\.\d+Z$/, '') });
    await store.db.updateTable('store_connections').set({ reconciled_at: Date.now() - 20_000 }).execute();
    await scheduler.runOnce();
    expect((await conn(shopB)).lastError).toBeNull();
    expect(await new RecordsReader(store.db).orderByNumber(shopB, String(changed.number))).toMatchObject({ state: 'cancelled' });
    await scheduler.stop();
  });

  it('keeps the newer copy when webhooks arrive out of order, and links several new shipments at once', async () => {
    const base = (await applyBase())!;
    const newer = { ...base, state: 'shipped' as const, updatedAt: '2026-11-11T10:00:00Z' };
    const older = { ...base, state: 'paid' as const, updatedAt: '2026-11-11T09:00:00Z' };
    await applyEntities(store.db, shopA, [{ kind: 'order', value: newer }], { merge: true });
    await applyEntities(store.db, shopA, [{ kind: 'order', value: older }], { merge: true });
    expect(await new RecordsReader(store.db).orderByNumber(shopA, base.number)).toMatchObject({ state: 'shipped', updatedAt: '2026-11-11T10:00:00Z' });
    const ship = (id: string) => ({ id, orderId: base.id, carrier: 'dhl', trackingNumber: id.toUpperCase(), trackingUrl: '', status: 'in_transit' as const, itemIds: [], shippedAt: '2026-11-11T10:00:00Z', events: [] });
    await applyEntities(store.db, shopA, [{ kind: 'shipment', value: ship('s-1') }, { kind: 'shipment', value: ship('s-2') }], { merge: true });
    expect((await new RecordsReader(store.db).orderByNumber(shopA, base.number))!.shipmentIds).toEqual(expect.arrayContaining(['s-1', 's-2']));
  });

  async function applyBase() {
    const [order] = await createConnector(await conn(shopA), { http }).fetchOrder(shopify.orders[0]!.name as string);
    return order?.kind === 'order' ? { ...order.value, shipmentIds: [] } : undefined;
  }
});
