// End to end through the running app: a tenant connected to a (local, fake) Shopify store answers
// order questions from the cache while the store's API returns 503 or hangs; store webhooks are
// verified, deduplicated and applied through HTTP; tenants stay isolated; the record age is visible.
import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimSyncLease, loadConnection, saveConnection } from '../../src/commerce/connectors/connections.js';
import { createConnector } from '../../src/commerce/connectors/create-connector.js';
import { storeCredentialsBox } from '../../src/commerce/connectors/store-credentials-key.js';
import type { SecretBox } from '../../src/runtime/secret-box.js';
import { hmacBase64 } from '../../src/commerce/connectors/webhook-signature.js';
import { importStore } from '../../src/commerce/sync/import-store.js';
import { createTenant, type NewTenant } from '../../src/commerce/tenant-setup.js';
import type { Order, Shipment } from '../../src/commerce/types.js';
import { backends, startHarness, startWebhookReceiver, type Harness } from '../support/harness.js';
import { FakeShopify, gid, shopifyOrderNode } from './fake-shopify.js';
import { FakeWoo, wooOrderFromDemo } from './fake-woocommerce.js';

const TOKEN = 'shpat_' + 'e'.repeat(32);
const KEY = 'ck_' + '3'.repeat(40);
const SECRET = 'cs_' + '4'.repeat(40);
const SHOPIFY_SECRET = 'shopify-client-secret-e2e';
const WOO_SECRET = 'woo-webhook-secret-e2e';

describe.each(backends())('store connectors end to end (%s)', (backend) => {
  let h: Harness;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let shopify: FakeShopify;
  let woo: FakeWoo;
  let other: NewTenant;
  let box: SecretBox;
  let order: Order;
  let shipment: Shipment;

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, key: string = h.apiKey) {
    const res = await request(h.url + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.body.text();
    return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
  }

  async function postWebhook(slug: string, raw: Buffer | string, headers: Record<string, string>) {
    const res = await request(`${h.url}/webhooks/store/${slug}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
    return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> & { error?: { code: string } } };
  }

  async function ask(text: string, customer: string): Promise<{ text: string; ms: number }> {
    const started = Date.now();
    const r = await call('POST', '/api/v1/messages', { customer: { externalId: customer }, text });
    expect(r.status).toBe(202);
    await hook.waitFor(() => hook.received.some((x) => x.json.data.inReplyTo?.messageId === r.json.messageId));
    const reply = hook.received.find((x) => x.json.data.inReplyTo?.messageId === r.json.messageId)!;
    return { text: reply.json.data.text as string, ms: Date.now() - started };
  }

  beforeAll(async () => {
    const key = randomBytes(32).toString('base64');
    h = await startHarness(backend, { STORE_CREDENTIALS_KEY: key, STORE_STALE_MS: '1000', STORE_LIVE_TIMEOUT_MS: '300', STORE_RECONCILE_MS: '3600000' });
    box = storeCredentialsBox(key);
    hook = await startWebhookReceiver();
    hook.setSecret((await call('PUT', '/api/v1/webhook', { url: hook.url })).json.secret);

    // The shop's Shopify store holds the demo's orders (the shop uses a "PD-" order-name prefix).
    const db = h.app.ctx.store.db;
    const rows = await db.selectFrom('commerce_records').select(['kind', 'data']).where('tenant_id', '=', h.tenantId).where('kind', 'in', ['order', 'shipment']).execute();
    const orders = rows.filter((r) => r.kind === 'order').map((r) => JSON.parse(r.data) as Order);
    const shipments = new Map(rows.filter((r) => r.kind === 'shipment').map((r) => JSON.parse(r.data) as Shipment).map((s) => [s.id, s]));
    order = orders.find((o) => o.state === 'shipped' && o.shipmentIds.length === 1)!;
    shipment = { ...shipments.get(order.shipmentIds[0]!)!, trackingNumber: 'SHOPIFYTRACK0001', carrier: 'dhl' };
    shopify = await new FakeShopify({ token: TOKEN, bucketMax: 100_000, restoreRate: 100_000 }).start();
    shopify.orders = orders.slice(-300).concat(order).map((o) => shopifyOrderNode(o, o.id === order.id ? [shipment] : o.shipmentIds.map((id) => shipments.get(id)!).filter(Boolean), o.number));
    await saveConnection(db, box, h.tenantId, { platform: 'shopify', baseUrl: shopify.url, credentials: { accessToken: TOKEN }, webhookSecret: SHOPIFY_SECRET });
    // This test runs the import itself; the lease keeps the app's scheduler out of the way.
    expect(await claimSyncLease(db, h.tenantId, 600_000)).toBe(true);
    const conn = (await loadConnection(db, box, h.tenantId))!;
    await importStore({ db, tenantId: h.tenantId, connector: createConnector(conn), state: conn.syncState });

    other = await createTenant(db, { slug: 'woo-shop', name: 'Woo Shop', ownerEmail: 'owner@woo.test' });
    woo = await new FakeWoo(KEY, SECRET).start();
    await saveConnection(db, box, other.tenantId, { platform: 'woocommerce', baseUrl: woo.url, credentials: { consumerKey: KEY, consumerSecret: SECRET }, webhookSecret: WOO_SECRET });
    expect(await claimSyncLease(db, other.tenantId, 600_000)).toBe(true);
  });

  afterAll(async () => {
    await h?.close();
    await hook?.close();
    await shopify?.close();
    await woo?.close();
  });

  it('answers an order question from the cache while the store API returns 503, then while it hangs', async () => {
    const cached = await h.app.ctx.store.db.selectFrom('commerce_records').select('id').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').where('lookup', '=', order.number).execute();
    expect(cached.map((r) => r.id)).toEqual([gid('Order', order.id)]);
    // Let the cached order go stale so every read also tries to refresh it from the store.
    await new Promise((r) => setTimeout(r, 1_100));
    for (const [i, mode] of (['down', 'hang'] as const).entries()) {
      shopify.mode = mode;
      const before = shopify.hits;
      const reply = await ask(`where is my order ${order.number}? my email is ${order.email}`, `e2e-shopper-${i}`);
      expect(reply.text).toContain(order.number);
      expect(reply.text).toContain('SHOPIFYTRACK0001');
      expect(reply.ms).toBeLessThan(3_000);
      // The stale order made the reader ask the store, which failed: the answer came from the cache.
      if (mode === 'down') await expect.poll(() => shopify.hits).toBeGreaterThan(before);
    }
    shopify.mode = 'ok';
  });

  it('shows the record age to agents and integrators, and only to the owning tenant', async () => {
    const res = await call('GET', `/api/v1/store/orders/${order.number}`);
    expect(res.status).toBe(200);
    expect(res.json.order.number).toBe(order.number);
    expect(res.json.cache.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(Date.parse(res.json.cache.syncedAt)).toBeLessThanOrEqual(Date.now());
    expect((await call('GET', `/api/v1/store/orders/${order.number}`, undefined, other.apiKey)).status).toBe(404);
    const status = await call('GET', '/api/v1/store');
    expect(status.json.connection).toMatchObject({ platform: 'shopify', importRunning: false });
    expect(status.json.cache.order.records).toBe(301);
  });

  it('applies a verified Shopify fulfillment webhook once, and refuses forged or malformed ones', async () => {
    const numericOrder = gid('Order', order.id).split('/').at(-1)!;
    const fulfillment = { id: 999001, order_id: Number(numericOrder), status: 'success', shipment_status: 'out_for_delivery', created_at: '2026-11-19T08:00:00Z', updated_at: new Date().toISOString(), tracking_company: 'DHL', tracking_number: 'WEBHOOKTRACK9', tracking_url: 'https://dhl.example/WEBHOOKTRACK9', line_items: [] };
    const raw = Buffer.from(JSON.stringify(fulfillment));
    const headers = { 'x-shopify-topic': 'fulfillments/create', 'x-shopify-webhook-id': 'wh-1', 'x-shopify-hmac-sha256': hmacBase64(SHOPIFY_SECRET, raw), 'x-shopify-shop-domain': 'acme.myshopify.com' };

    const forged = await postWebhook('demo', raw, { ...headers, 'x-shopify-hmac-sha256': hmacBase64('not-the-secret', raw) });
    expect(forged.status).toBe(401);
    expect(forged.json.error!.code).toBe('invalid_signature');
    const bad = Buffer.from(JSON.stringify({ ...fulfillment, created_at: 7 }));
    expect((await postWebhook('demo', bad, { ...headers, 'x-shopify-hmac-sha256': hmacBase64(SHOPIFY_SECRET, bad) })).status).toBe(400);
    const garbage = Buffer.from('{"id": 1,');
    expect((await postWebhook('demo', garbage, { ...headers, 'x-shopify-hmac-sha256': hmacBase64(SHOPIFY_SECRET, garbage) })).json.error!.code).toBe('invalid_json');
    expect((await postWebhook('no-such-shop', raw, headers)).status).toBe(404);
    // Big orders fit (the API's 96 KiB limit does not apply here); over 2 MiB is refused unread.
    const big = Buffer.from(JSON.stringify({ ...fulfillment, id: 999002, tracking_number: 'BIGTRACK', note: 'x'.repeat(300_000) }));
    expect((await postWebhook('demo', big, { ...headers, 'x-shopify-webhook-id': 'wh-big', 'x-shopify-hmac-sha256': hmacBase64(SHOPIFY_SECRET, big) })).status).toBe(200);
    const huge = Buffer.alloc(2 * 1024 * 1024 + 10, 32);
    expect((await postWebhook('demo', huge, { ...headers, 'x-shopify-webhook-id': 'wh-huge', 'x-shopify-hmac-sha256': hmacBase64(SHOPIFY_SECRET, huge) })).status).toBe(413);
    const shipmentRows = () => h.app.ctx.store.db.selectFrom('commerce_records').select('id').where('kind', '=', 'shipment').where('lookup', '=', 'WEBHOOKTRACK9').execute();
    expect(await shipmentRows()).toEqual([]);

    const first = await postWebhook('demo', raw, headers);
    expect(first).toMatchObject({ status: 200, json: { ok: true, duplicate: false } });
    const again = await postWebhook('demo', raw, headers);
    expect(again).toMatchObject({ status: 200, json: { duplicate: true, applied: 0 } });
    expect(await shipmentRows()).toHaveLength(1);
    const updated = await h.app.ctx.reader.orderByNumber(h.tenantId, order.number);
    expect(updated!.shipmentIds).toContain('gid://shopify/Fulfillment/999001');
  });

  it('applies verified Shopify return webhooks to the cached Return: request, approve, close, reopen, process; a late or unknown one changes nothing', async () => {
    const orderGid = gid('Order', order.id);
    const lineGid = gid('LineItem', order.items[0]!.id);
    const send = (topic: string, id: string, body: unknown, secret = SHOPIFY_SECRET, triggeredAt = new Date().toISOString()) => {
      const raw = Buffer.from(JSON.stringify(body));
      return postWebhook('demo', raw, { 'x-shopify-topic': topic, 'x-shopify-webhook-id': id, 'x-shopify-hmac-sha256': hmacBase64(secret, raw), 'x-shopify-triggered-at': triggeredAt });
    };
    const returns = () => h.app.ctx.reader.returnsForOrder(h.tenantId, orderGid);
    const before = await returns();
    const requested = {
      id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', name: `${order.number}-R9`, status: 'requested',
      order: { id: Number(orderGid.split('/').at(-1)), admin_graphql_api_id: orderGid, name: order.number },
      return_line_items: [{ id: 1, quantity: 1, return_reason: 'size_too_small', fulfillment_line_item: { id: 2, line_item: { id: Number(lineGid.split('/').at(-1)), admin_graphql_api_id: lineGid } } }],
    };
    expect((await send('returns/request', 'ret-forged', requested, 'not-the-secret')).status).toBe(401);
    expect((await send('returns/request', 'ret-bad', { ...requested, return_line_items: [{ quantity: 'one' }] })).status).toBe(400);
    expect(await returns()).toHaveLength(before.length);

    expect((await send('returns/request', 'ret-1', requested)).json).toMatchObject({ applied: 1 });
    const made = (await returns()).find((r) => r.id === 'gid://shopify/Return/777001')!;
    expect(made).toMatchObject({ rma: `${order.number}-R9`, orderNumber: order.number, state: 'requested', items: [{ orderItemId: lineGid, quantity: 1 }] });
    // approve and close carry the id and status only: the order, number and items stay.
    await send('returns/approve', 'ret-2', { id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', status: 'open' });
    expect((await returns()).find((r) => r.id === made.id)).toMatchObject({ state: 'approved', rma: made.rma, items: made.items });
    await send('returns/close', 'ret-3', { id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', status: 'closed' });
    expect((await returns()).find((r) => r.id === made.id)!.state).toBe('received');
    // A retried approve arriving after the close does not move the return back.
    await send('returns/approve', 'ret-4', { id: 777001, status: 'open' });
    expect((await returns()).find((r) => r.id === made.id)!.state).toBe('received');
    // A reopen does: back to the open state Shopify reports (open = approved), order and items kept.
    const reopenedAt = new Date(Date.now() + 1000).toISOString();
    expect((await send('returns/reopen', 'ret-6', { id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', status: 'open' }, SHOPIFY_SECRET, reopenedAt)).json).toMatchObject({ applied: 1 });
    expect((await returns()).find((r) => r.id === made.id)).toMatchObject({ state: 'approved', rma: made.rma, items: made.items });
    // A forged reopen or process is refused and changes nothing.
    expect((await send('returns/reopen', 'ret-forged-2', { id: 777001, status: 'requested' }, 'not-the-secret')).status).toBe(401);
    expect((await send('returns/process', 'ret-bad-2', { id: 777001, refunds: [{ id: 1, transactions: [{ amount: 5 }] }] })).status).toBe(400);
    // Processed without a refund: received (closed).
    await send('returns/process', 'ret-7', { id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', status: 'closed', refunds: [] }, SHOPIFY_SECRET, new Date(Date.now() + 2000).toISOString());
    expect((await returns()).find((r) => r.id === made.id)!.state).toBe('received');
    // Reopened again, then processed with a refund: refunded, the successful refund transactions summed.
    await send('returns/reopen', 'ret-8', { id: 777001, status: 'requested' }, SHOPIFY_SECRET, new Date(Date.now() + 3000).toISOString());
    expect((await returns()).find((r) => r.id === made.id)!.state).toBe('requested');
    const refundedAt = '2026-12-01T10:00:00Z';
    const refunds = [{ id: 55, created_at: refundedAt, transactions: [{ amount: '12.50', currency: 'USD', kind: 'refund', status: 'success' }, { amount: '99.00', currency: 'USD', kind: 'refund', status: 'failure' }] }];
    expect((await send('returns/process', 'ret-9', { id: 777001, admin_graphql_api_id: 'gid://shopify/Return/777001', status: 'closed', refunds }, SHOPIFY_SECRET, new Date(Date.now() + 4000).toISOString())).json).toMatchObject({ applied: 1 });
    expect((await returns()).find((r) => r.id === made.id)).toMatchObject({ state: 'refunded', refunded: { amountMinor: 1250, currency: 'USD' }, refundedAt, items: made.items });
    // A reopen delivered late (triggered before the refund) does not move the refunded return back.
    await send('returns/reopen', 'ret-10', { id: 777001, status: 'open' }, SHOPIFY_SECRET, new Date(Date.now() - 60_000).toISOString());
    expect((await returns()).find((r) => r.id === made.id)!.state).toBe('refunded');
    // A decline for a return the cache has never seen (and no order to place it under) is not stored.
    expect((await send('returns/decline', 'ret-5', { id: 777002, status: 'declined', decline: { reason: 'return_period_ended' } })).json).toMatchObject({ applied: 0 });
    expect((await returns()).some((r) => r.id === 'gid://shopify/Return/777002')).toBe(false);
  });

  it("never applies one tenant's webhook to another tenant", async () => {
    const payload = wooOrderFromDemo(order, [], 777);
    const raw = Buffer.from(JSON.stringify(payload));
    const headers = (secret: string, id: string) => ({ 'x-wc-webhook-topic': 'order.created', 'x-wc-webhook-delivery-id': id, 'x-wc-webhook-signature': hmacBase64(secret, raw) });
    // Signed with the demo shop's Shopify secret, or sent to the wrong shop: refused.
    expect((await postWebhook('woo-shop', raw, headers(SHOPIFY_SECRET, 'd1'))).status).toBe(401);
    expect((await postWebhook('demo', raw, { 'x-shopify-topic': 'orders/create', 'x-shopify-webhook-id': 'x1', 'x-shopify-hmac-sha256': hmacBase64(WOO_SECRET, raw) })).status).toBe(401);
    // The same delivery id is a separate delivery per tenant.
    expect((await postWebhook('woo-shop', raw, headers(WOO_SECRET, 'wh-1'))).json).toMatchObject({ duplicate: false });
    const rows = await h.app.ctx.store.db.selectFrom('commerce_records').select(['tenant_id', 'id']).where('kind', '=', 'order').where('id', '=', '777').execute();
    expect(rows).toEqual([{ tenant_id: other.tenantId, id: '777' }]);
    // The Woo shop's order number is its own: the demo shop does not see it, and vice versa.
    expect(await h.app.ctx.reader.orderByNumber(h.tenantId, '777')).toBeUndefined();
    expect(await h.app.ctx.reader.orderByNumber(other.tenantId, order.number)).toBeUndefined();
    // Ping on webhook creation is acknowledged without signature and without effect.
    const ping = await request(`${h.url}/webhooks/store/woo-shop`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'webhook_id=5' });
    expect(ping.statusCode).toBe(200);
    await ping.body.dump();
  });
});
