// The WooCommerce connector's real code path (Basic auth, Link/X-WP-TotalPages pagination,
// variations, retries, mapping, webhooks) against a local server speaking REST API v3.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { ConnectorError, type StoreEntity, type SyncKind } from '../../src/commerce/connectors/connector.js';
import { storeDispatcher } from '../../src/commerce/connectors/store-http.js';
import { hmacBase64, type WebhookError } from '../../src/commerce/connectors/webhook-signature.js';
import { nextPageFromLink, WooClient } from '../../src/commerce/connectors/woocommerce/woo-client.js';
import { WooConnector } from '../../src/commerce/connectors/woocommerce/woo-connector.js';
import { verifyWooWebhook } from '../../src/commerce/connectors/woocommerce/woo-webhook.js';
import type { Coupon, Customer, Order, Product, Return, Shipment } from '../../src/commerce/types.js';
import { spread } from './fake-shopify.js';
import { FakeWoo, wooFromDemo, wooOrderFromDemo } from './fake-woocommerce.js';

const KEY = 'ck_' + '1'.repeat(40);
const SECRET = 'cs_' + '2'.repeat(40);
const data = generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') });

async function all(c: WooConnector, kind: SyncKind, updatedSince?: string): Promise<StoreEntity[]> {
  const out: StoreEntity[] = [];
  let cursor: string | null = null;
  do {
    const page = await c.fetchPage(kind, { cursor, ...(updatedSince ? { updatedSince } : {}) });
    out.push(...page.entities);
    cursor = page.next;
  } while (cursor);
  return out;
}

describe('WooCommerce connector', () => {
  let woo: FakeWoo;
  const make = (o: { secret?: string; timeoutMs?: number; pageSize?: number } = {}) =>
    new WooConnector(new WooClient({ baseUrl: woo.url, consumerKey: KEY, consumerSecret: o.secret ?? SECRET, dispatcher: storeDispatcher({ timeoutMs: o.timeoutMs ?? 5_000, minBackoffMs: 10, maxBackoffMs: 50, maxRetries: 3 }) }), o.pageSize ?? 40);

  beforeEach(async () => {
    woo = await new FakeWoo(KEY, SECRET).start();
    Object.assign(woo, wooFromDemo(data));
  });
  afterEach(async () => woo.close());

  it('follows the Link header through every page of orders, with tracking as shipments', async () => {
    const orders = await all(make(), 'orders');
    const source = spread(data.orders, 150);
    const mapped = orders.filter((e): e is { kind: 'order'; value: Order } => e.kind === 'order');
    expect(mapped).toHaveLength(150);
    expect(woo.requests.filter((r) => r.path.endsWith('/orders')).map((r) => r.query.get('page'))).toEqual(['1', '2', '3', '4']);
    const i = source.findIndex((o) => o.shipmentIds.length > 0);
    const order = mapped.find((e) => e.value.number === String(5001 + i))!.value;
    expect(order).toMatchObject({ email: source[i]!.email, total: source[i]!.total, couponCodes: source[i]!.couponCodes, placedAt: source[i]!.placedAt.replace(/\.\d+Z$/, 'Z') });
    const ship = orders.find((e): e is { kind: 'shipment'; value: Shipment } => e.kind === 'shipment' && e.value.orderId === order.id)!.value;
    expect(ship.trackingNumber).toBe(data.shipments.find((s) => s.id === source[i]!.shipmentIds[0])!.trackingNumber);
    expect(order.state).toBe(source[i]!.state === 'delivered' ? 'shipped' : source[i]!.state);
  });

  it('imports products with their variations, customers and coupons', async () => {
    const c = make();
    const products = (await all(c, 'products')).map((e) => e.value as Product);
    expect(products).toHaveLength(30);
    const variable = products.find((p) => p.variants.length > 1)!;
    const demo = data.products.find((p) => p.handle === variable.handle)!;
    expect(variable.variants.map((v) => v.sku)).toEqual(demo.variants.map((v) => v.sku));
    expect(variable.variants[0]!.options).toEqual(demo.variants[0]!.options);
    expect(variable.variants[0]!.price).toEqual({ amountMinor: demo.variants[0]!.price.amountMinor, currency: 'USD' });
    expect(variable.brand).toBe(demo.brand);
    expect(variable.optionNames).toEqual(demo.optionNames);
    expect(await all(c, 'customers')).toHaveLength(50);
    const coupons = (await all(c, 'coupons')).map((e) => e.value as Coupon);
    expect(coupons.map((x) => x.code).sort()).toEqual(data.coupons.map((x) => x.code.toUpperCase()).sort());
    expect(woo.requests.every((r) => r.auth === 'Basic ' + Buffer.from(`${KEY}:${SECRET}`).toString('base64'))).toBe(true);
  });

  it('uses X-WP-TotalPages when there is no Link header, and modified_after when reconciling', async () => {
    expect(nextPageFromLink('<https://s.example/wp-json/wc/v3/orders?page=3>; rel="next", <https://s.example/wp-json/wc/v3/orders?page=1>; rel="prev"')).toBe(3);
    expect(nextPageFromLink('<https://s.example/wp-json/wc/v3/orders?page=1>; rel="prev"')).toBeNull();
    woo.linkHeader = false;
    expect((await all(make(), 'orders')).filter((e) => e.kind === 'order')).toHaveLength(150);
    expect(woo.requests.filter((r) => r.path.endsWith('/orders')).map((r) => r.query.get('page'))).toEqual(['1', '2', '3', '4']);
    const since = woo.orders.map((o) => o.date_modified_gmt).sort()[100]! + 'Z';
    const changed = (await all(make(), 'orders', since)).filter((e) => e.kind === 'order');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(150);
    expect(woo.requests.at(-1)!.query.get('modified_after')).toBe(new Date(since).toISOString());
  });

  it('reconciles customers by walking /customers (it has no modified_after) and keeping the accounts changed since', async () => {
    const since = '2030-01-01T00:00:00.000Z';
    expect(await all(make(), 'customers', since)).toEqual([]);
    const changed = woo.customers[37]!;
    Object.assign(changed, { date_modified_gmt: '2030-02-01T10:00:00', email: 'moved@example.com', billing: { ...(changed.billing as object), phone: '+65 8123 4567' } });
    const before = woo.requests.length;
    const got = (await all(make({ pageSize: 20 }), 'customers', since)).map((e) => e.value as Customer);
    expect(got).toEqual([expect.objectContaining({ id: String(changed.id), email: 'moved@example.com', phone: '+65 8123 4567' })]);
    // Every page was read: 50 accounts, 20 a page.
    expect(woo.requests.slice(before).filter((r) => r.path.endsWith('/customers')).map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    expect((await make().fetchPage('customers', { updatedSince: since })).total).toBeUndefined();
  });

  it('reads an order\'s refunds from /orders/{id}/refunds as refunded Returns, only for orders that list refunds', async () => {
    Object.assign(woo, wooFromDemo(data, { orders: 600, customers: 1, products: 1 }));
    const entities = await all(make(), 'orders');
    const returns = entities.filter((e): e is { kind: 'return'; value: Return } => e.kind === 'return').map((e) => e.value);
    const refundedOrders = woo.orders.filter((o) => (o.refunds as unknown[] | undefined)?.length);
    expect(refundedOrders.length).toBeGreaterThan(0);
    expect(woo.requests.filter((r) => r.path.endsWith('/refunds')).map((r) => r.path)).toEqual(refundedOrders.map((o) => `/wp-json/wc/v3/orders/${o.id}/refunds`));
    const source = spread(data.orders, 600);
    for (const o of refundedOrders) {
      const demo = data.returns!.find((r) => r.orderId === source[o.id - 5001]!.id && r.state === 'refunded')!;
      const got = returns.find((r) => r.orderId === String(o.id))!;
      const lineIndex = source[o.id - 5001]!.items.findIndex((i) => i.id === demo.items[0]!.orderItemId);
      expect(got).toMatchObject({ state: 'refunded', orderNumber: String(o.id), refunded: demo.refunded, refundedAt: new Date(demo.refundedAt!.replace(/\.\d+Z$/, 'Z')).toISOString(), rma: expect.stringMatching(/^R\d+$/) });
      expect(got.items).toEqual([{ orderItemId: String(o.id * 100 + lineIndex), quantity: 1 }]);
    }
    const one = refundedOrders[0]!;
    expect((await make().fetchOrder(String(one.id))).filter((e) => e.kind === 'return')).toHaveLength(1);
  });

  it('finds one order by number', async () => {
    const c = make();
    expect((await c.fetchOrder('5003'))[0]).toMatchObject({ kind: 'order', value: { number: '5003' } });
    expect(await c.fetchOrder('999999')).toEqual([]);
  });

  it('retries 429/503, then reports a store that stays down, refuses bad keys, and times out a hang', async () => {
    woo.failures = [429, 503];
    expect((await make().fetchPage('coupons')).entities.length).toBeGreaterThan(0);
    woo.mode = 'down';
    await expect(make().fetchPage('orders')).rejects.toMatchObject({ reason: 'unavailable', status: 503 });
    woo.mode = 'ok';
    const err = await make({ secret: 'cs_' + '9'.repeat(40) }).fetchPage('orders').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ reason: 'auth', status: 401 });
    expect((err as Error).message).toMatch(/cannot list resources/);
    woo.mode = 'hang';
    await expect(make({ timeoutMs: 300 }).fetchPage('orders')).rejects.toMatchObject({ reason: 'unavailable' });
  });
});

describe('WooCommerce webhooks', () => {
  const secret = 'woo-webhook-secret';
  const payload = wooOrderFromDemo(data.orders.find((o) => o.shipmentIds.length > 0)!, [data.shipments.find((s) => s.id === data.orders.find((o) => o.shipmentIds.length > 0)!.shipmentIds[0])!], 7001);
  const raw = Buffer.from(JSON.stringify(payload));
  const headers = (body: Buffer, over: Record<string, string> = {}) => ({
    'x-wc-webhook-source': 'https://shop.example/',
    'x-wc-webhook-topic': 'order.updated',
    'x-wc-webhook-resource': 'order',
    'x-wc-webhook-event': 'updated',
    'x-wc-webhook-signature': hmacBase64(secret, body),
    'x-wc-webhook-id': '12',
    'x-wc-webhook-delivery-id': '4711',
    ...over,
  });
  const fails = (fn: () => unknown): WebhookError => {
    try {
      fn();
    } catch (e) {
      return e as WebhookError;
    }
    throw new Error('expected a WebhookError');
  };

  it('verifies the signature and maps the order with its tracking', () => {
    const hook = verifyWooWebhook(headers(raw), raw, secret);
    expect(hook).toMatchObject({ deliveryId: '4711', topic: 'order.updated' });
    expect(hook.entities[0]).toMatchObject({ kind: 'order', value: { id: '7001', number: '7001' } });
    expect(hook.entities[1]).toMatchObject({ kind: 'shipment', value: { orderId: '7001' } });
  });

  it('answers the creation ping without applying anything', () => {
    const ping = Buffer.from('webhook_id=12');
    expect(verifyWooWebhook({ 'content-type': 'application/x-www-form-urlencoded' }, ping, secret)).toEqual({ deliveryId: '', topic: 'ping', entities: [] });
  });

  it('rejects forged signatures (401) and malformed payloads (400)', () => {
    expect(fails(() => verifyWooWebhook(headers(raw), Buffer.from(JSON.stringify({ ...payload, total: '0.01' })), secret))).toMatchObject({ status: 401 });
    expect(fails(() => verifyWooWebhook({ ...headers(raw), 'x-wc-webhook-signature': 'AAAA' }, raw, secret))).toMatchObject({ status: 401 });
    const bad = Buffer.from(JSON.stringify({ ...payload, line_items: null }));
    expect(fails(() => verifyWooWebhook(headers(bad), bad, secret))).toMatchObject({ status: 400, code: 'invalid_payload' });
    const trunc = Buffer.from('{"id": 7001');
    expect(fails(() => verifyWooWebhook(headers(trunc), trunc, secret))).toMatchObject({ status: 400, code: 'invalid_json' });
  });
});
