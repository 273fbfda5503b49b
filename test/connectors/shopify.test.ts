// The Shopify connector's real code path (client, cost throttle, retries, mapping, webhooks) against
// a local server that speaks the Admin GraphQL API's documented envelope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { ConnectorError, type StoreEntity, type SyncKind } from '../../src/commerce/connectors/connector.js';
import { ShopifyClient } from '../../src/commerce/connectors/shopify/shopify-client.js';
import { ShopifyConnector } from '../../src/commerce/connectors/shopify/shopify-connector.js';
import { verifyShopifyWebhook } from '../../src/commerce/connectors/shopify/shopify-webhook.js';
import { storeDispatcher } from '../../src/commerce/connectors/store-http.js';
import { hmacBase64, WebhookError } from '../../src/commerce/connectors/webhook-signature.js';
import type { Coupon, Order, Product, Promotion, Return, Shipment } from '../../src/commerce/types.js';
import { checkCoupon } from '../../src/skills/promotions/best-offer.js';
import { FakeShopify, gid, shopifyNodesFromDemo, spread } from './fake-shopify.js';

const TOKEN = 'shpat_' + 'f'.repeat(32);
const data = generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') });

async function all(connector: ShopifyConnector, kind: SyncKind, updatedSince?: string): Promise<StoreEntity[]> {
  const out: StoreEntity[] = [];
  let cursor: string | null = null;
  do {
    const page = await connector.fetchPage(kind, { cursor, ...(updatedSince ? { updatedSince } : {}) });
    out.push(...page.entities);
    cursor = page.next;
  } while (cursor);
  return out;
}

describe('Shopify connector', () => {
  let shop: FakeShopify;
  const make = (o: { token?: string; timeoutMs?: number } = {}) => {
    const client = new ShopifyClient({ shopUrl: shop.url, accessToken: o.token ?? TOKEN, dispatcher: storeDispatcher({ timeoutMs: o.timeoutMs ?? 5_000, minBackoffMs: 10, maxBackoffMs: 50, maxRetries: 3 }) });
    return { client, connector: new ShopifyConnector(client, shop.url) };
  };

  beforeEach(async () => {
    // A Plus-sized bucket refilling fast: these tests are about paging and mapping, not waiting.
    shop = await new FakeShopify({ token: TOKEN, bucketMax: 20_000, restoreRate: 200_000 }).start();
    Object.assign(shop, shopifyNodesFromDemo(data, { orders: 120, customers: 60, products: 40 }));
  });
  afterEach(async () => shop.close());

  it('pages through orders with fulfillments and tracking, customers and products with variants', async () => {
    const { connector } = make();
    const orders = await all(connector, 'orders');
    expect(orders.filter((e) => e.kind === 'order')).toHaveLength(120);
    // ~364 points per order against Shopify's 1,000-point ceiling per query: 2 orders a page.
    // Distinct cursors: a request retried after a dropped socket is still one page.
    const orderPages = shop.requests.filter((r) => r.root === 'orders');
    expect(new Set(orderPages.map((r) => r.variables.after ?? null)).size).toBe(60);
    expect(orderPages.every((r) => Number(r.variables.first) * shop.nodeCost.orders + 2 <= 1000)).toBe(true);
    expect(shop.requests.every((r) => r.token === TOKEN)).toBe(true);

    const source = spread(data.orders, 120);
    const i = source.findIndex((o) => o.shipmentIds.length > 0 && (o.state === 'shipped' || o.state === 'delivered'));
    const order = orders.find((e): e is { kind: 'order'; value: Order } => e.kind === 'order' && e.value.number === `#${1001 + i}`)!.value;
    expect(order).toMatchObject({ email: source[i]!.email, total: source[i]!.total, state: source[i]!.state === 'delivered' ? 'delivered' : 'shipped', couponCodes: source[i]!.couponCodes });
    expect(order.id).toMatch(/^gid:\/\/shopify\/Order\//);
    const ship = orders.find((e): e is { kind: 'shipment'; value: Shipment } => e.kind === 'shipment' && e.value.id === order.shipmentIds[0])!.value;
    const demoShip = data.shipments.find((s) => s.id === source[i]!.shipmentIds[0])!;
    expect(ship).toMatchObject({ orderId: order.id, carrier: demoShip.carrier, trackingNumber: demoShip.trackingNumber });
    expect(ship.events).toHaveLength(demoShip.events.length);

    const customers = await all(connector, 'customers');
    expect(customers).toHaveLength(60);
    expect(customers[0]!.value).toMatchObject({ email: expect.stringContaining('@') });
    const products = await all(connector, 'products');
    expect(products).toHaveLength(40);
    const p = products.find((e) => e.kind === 'product' && e.value.variants.length > 1)!.value as { variants: Array<{ options: Record<string, string>; price: { currency: string } }> };
    expect(Object.keys(p.variants[0]!.options).length).toBeGreaterThan(0);
    expect(p.variants[0]!.price.currency).toBe('USD');
  });

  it('maps order.returns onto Returns: status with reverse delivery and refunds to our states, items, label', async () => {
    const entities = await all(make().connector, 'orders');
    const returns = entities.filter((e): e is { kind: 'return'; value: Return } => e.kind === 'return').map((e) => e.value);
    const source = spread(data.orders, 120);
    const expected = (data.returns ?? []).filter((r) => source.some((o) => o.id === r.orderId));
    expect(expected.length).toBeGreaterThan(3);
    expect(returns).toHaveLength(expected.length);
    for (const demo of expected) {
      const name = `#${1001 + source.findIndex((o) => o.id === demo.orderId)}`;
      const got = returns.find((r) => r.orderNumber === name)!;
      expect(got).toMatchObject({ rma: `${name}-R1`, state: demo.state, createdAt: demo.createdAt, orderId: expect.stringMatching(/^gid:\/\/shopify\/Order\//) });
      expect(got.items).toEqual(demo.items.map((i) => ({ orderItemId: gid('LineItem', i.orderItemId), quantity: i.quantity })));
      expect(Boolean(got.labelUrl)).toBe(Boolean(demo.labelUrl));
      if (demo.refunded) expect(got).toMatchObject({ refunded: demo.refunded, refundedAt: demo.refundedAt });
    }
  });

  it('imports discount codes as coupons (percent, fixed amount, free shipping, minimum spend)', async () => {
    const coupons = (await all(make().connector, 'coupons')).map((e) => e.value as Coupon);
    expect(coupons.map((c) => c.code).sort()).toEqual(data.coupons.map((c) => c.code.toUpperCase()).sort());
    for (const demo of data.coupons) {
      const c = coupons.find((x) => x.code === demo.code.toUpperCase())!;
      expect(c).toMatchObject({ kind: demo.kind, startsAt: demo.startsAt, endsAt: demo.endsAt });
      if (demo.kind === 'percent') expect(c.percentOff).toBe(demo.percentOff);
      if (demo.kind === 'fixed') expect(c.amountOff).toEqual(demo.amountOff);
      if (demo.minSpend) expect(c.minSpend).toEqual(demo.minSpend);
    }
    // ~186 points a code discount with its product and collection scope: 5 a page.
    expect(shop.requests.find((r) => r.root === 'codeDiscountNodes')!.variables.first).toBe(5);
  });

  it('scopes a code to its products or collections, so the promotions skill offers it only for those', async () => {
    const coupons = (await all(make().connector, 'coupons')).map((e) => e.value as Coupon);
    const products = (await all(make().connector, 'products')).map((e) => e.value as Product);
    for (const demo of data.coupons.filter((c) => c.kind !== 'free_shipping')) {
      const c = coupons.find((x) => x.code === demo.code.toUpperCase())!;
      expect(c.appliesTo).toEqual(demo.appliesTo.map((x) => (data.products.some((p) => p.id === x) ? gid('Product', x) : `collection:${x}`)));
    }
    expect(products.every((p) => p.collections?.length === 1)).toBe(true);
    // A code for one category reaches a product of it through the collection and no other.
    const scoped = coupons.find((c) => c.appliesTo.some((x) => x.startsWith('collection:')))!;
    expect(scoped).toBeDefined();
    const handles = scoped.appliesTo.map((x) => x.slice('collection:'.length));
    const inside = products.find((p) => p.collections!.some((h) => handles.includes(h)))!;
    const outside = products.find((p) => !p.collections!.some((h) => handles.includes(h)))!;
    const at = Date.parse(scoped.startsAt) + 1;
    const line = (p: Product) => [{ product: p, variant: p.variants[0]!, quantity: 20 }];
    expect(checkCoupon(scoped.code, coupons, line(inside), at, undefined).kind).not.toBe('not_eligible');
    expect(checkCoupon(scoped.code, coupons, line(outside), at, undefined).kind).toBe('not_eligible');
  });

  it('imports automatic discounts as promotions: amount off over a threshold, percent, buy X get Y free, free shipping', async () => {
    const promotions = (await all(make().connector, 'promotions')).map((e) => e.value as Promotion);
    expect(promotions).toHaveLength(data.promotions.length);
    for (const demo of data.promotions) {
      const p = promotions.find((x) => x.id === gid('DiscountAutomaticNode', demo.id))!;
      expect(p).toMatchObject({ kind: demo.kind, startsAt: demo.startsAt, endsAt: demo.endsAt, stackableWithCoupons: demo.stackableWithCoupons, stackableWithPromotions: demo.stackableWithPromotions });
      if (demo.kind === 'threshold') expect(p).toMatchObject({ amountOff: demo.amountOff, minSpend: demo.minSpend });
      if (demo.kind === 'percent') expect(p.percentOff).toBe(demo.percentOff);
      if (demo.kind === 'bundle') expect(p).toMatchObject({ buyQuantity: demo.buyQuantity, getQuantity: demo.getQuantity });
      expect(p.appliesTo).toEqual(demo.kind === 'free_shipping' ? [] : demo.appliesTo.map((x) => (data.products.some((q) => q.id === x) ? gid('Product', x) : `collection:${x}`)));
    }
    expect(shop.requests.filter((r) => r.root === 'automaticDiscountNodes').every((r) => Number(r.variables.first) * shop.nodeCost.automaticDiscountNodes + 2 <= 1000)).toBe(true);
  });

  it('subscribes the order, fulfillment and return webhooks once', async () => {
    const { connector } = make();
    const url = 'https://support.example.com/webhooks/store/acme';
    expect(await connector.subscribeWebhooks(url)).toEqual({ created: ['orders/create', 'orders/updated', 'orders/paid', 'orders/cancelled', 'orders/fulfilled', 'orders/partially_fulfilled', 'fulfillments/create', 'fulfillments/update', 'returns/request', 'returns/approve', 'returns/decline', 'returns/cancel', 'returns/close', 'returns/reopen', 'returns/process'], existing: [] });
    expect(shop.subscriptions.map((x) => x.topic)).toContain('FULFILLMENTS_UPDATE');
    expect(shop.subscriptions.map((x) => x.topic)).toContain('RETURNS_APPROVE');
    expect(shop.subscriptions.map((x) => x.topic)).toEqual(expect.arrayContaining(['RETURNS_REOPEN', 'RETURNS_PROCESS']));
    expect(shop.subscriptions.every((x) => x.callbackUrl === url)).toBe(true);
    expect((await connector.subscribeWebhooks(url)).existing).toHaveLength(15);
    expect(shop.subscriptions).toHaveLength(15);
  });

  it('reconciles with updated_at:>= and finds one order by its name', async () => {
    const { connector } = make();
    const since = shop.orders.map((o) => o.updatedAt).sort()[60]!;
    const changed = (await all(connector, 'orders', since)).filter((e) => e.kind === 'order');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(120);
    expect(shop.requests.at(-1)!.variables.query).toBe(`updated_at:>='${new Date(since).toISOString()}'`);
    const one = await connector.fetchOrder('1005');
    expect(one[0]).toMatchObject({ kind: 'order', value: { number: '#1005', email: spread(data.orders, 120)[4]!.email } });
    expect(await connector.fetchOrder('#999999')).toEqual([]);
  });

  it('sizes pages from the requested cost and shrinks them after MAX_COST_EXCEEDED', async () => {
    const { connector } = make();
    await connector.fetchPage('customers');
    await connector.fetchPage('customers', { cursor: null });
    expect(shop.requests.map((r) => r.variables.first)).toEqual([100, 189]);
    shop.nodeCost.products = 400;
    const page = await connector.fetchPage('products');
    expect(page.entities).toHaveLength(2);
    expect(shop.requests.filter((r) => r.root === 'products').map((r) => r.variables.first)).toEqual([5, 2]);
  });

  it('waits for the cost bucket to refill instead of hammering a throttled shop', async () => {
    await shop.close();
    shop = await new FakeShopify({ token: TOKEN, bucketMax: 2_000, restoreRate: 50_000 }).start();
    Object.assign(shop, shopifyNodesFromDemo(data, { orders: 120, customers: 0, products: 0 }));
    const { client, connector } = make();
    // Each orders page costs 872 points of a 2,000-point bucket: the client must pace itself.
    expect((await all(connector, 'orders')).filter((e) => e.kind === 'order')).toHaveLength(120);
    expect(client.throttledMs).toBeGreaterThan(0);
    expect(shop.throttledCount).toBe(0);
  });

  it('retries a THROTTLED answer after the refill the throttle status asks for', async () => {
    await shop.close();
    shop = await new FakeShopify({ token: TOKEN, bucketMax: 1_000, restoreRate: 2_000 }).start();
    Object.assign(shop, shopifyNodesFromDemo(data, { orders: 10, customers: 0, products: 0 }));
    const { client, connector } = make();
    // Two connectors share the shop's bucket; the second's first query finds it nearly empty.
    await make().connector.fetchPage('orders');
    const page = await connector.fetchPage('orders');
    expect(page.entities.filter((e) => e.kind === 'order')).toHaveLength(2);
    expect(shop.throttledCount).toBe(1);
    expect(client.throttledMs).toBeGreaterThan(0);
  });

  it('retries 429 and 503 with backoff, and gives a clear error when the shop stays down', async () => {
    const { connector } = make();
    shop.failures = [429, 503, 502];
    expect((await connector.fetchPage('customers')).entities).toHaveLength(60);
    expect(shop.failures).toEqual([]);
    shop.mode = 'down';
    const err = await connector.fetchPage('customers').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ reason: 'unavailable', status: 503 });
  });

  it('fails fast on a wrong token and on a shop that hangs', async () => {
    const bad = make({ token: 'shpat_' + '0'.repeat(32) }).connector;
    const err = await bad.fetchPage('orders').catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'auth', status: 401 });
    expect((err as Error).message).toMatch(/Invalid API key or access token/);
    expect(shop.requests).toHaveLength(1);
    shop.mode = 'hang';
    const started = Date.now();
    await expect(make({ timeoutMs: 300 }).connector.fetchPage('orders')).rejects.toMatchObject({ reason: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('Shopify webhooks', () => {
  const secret = 'shopify-app-secret-123';
  const orderPayload = {
    id: 820982911946154500,
    admin_graphql_api_id: 'gid://shopify/Order/820982911946154508',
    name: '#1042',
    email: 'jon@example.com',
    phone: null,
    created_at: '2026-11-11T00:05:00-05:00',
    processed_at: '2026-11-11T00:05:00-05:00',
    cancelled_at: null,
    financial_status: 'paid',
    fulfillment_status: 'partial',
    currency: 'USD',
    presentment_currency: 'USD',
    total_price: '59.90',
    total_price_set: { shop_money: { amount: '59.90', currency_code: 'USD' }, presentment_money: { amount: '59.90', currency_code: 'USD' } },
    subtotal_price_set: { shop_money: { amount: '49.90', currency_code: 'USD' }, presentment_money: { amount: '49.90', currency_code: 'USD' } },
    discount_codes: [{ code: 'PEAK10', amount: '5.00', type: 'fixed_amount' }],
    payment_gateway_names: ['shopify_payments'],
    customer: { id: 115310627314723950, admin_graphql_api_id: 'gid://shopify/Customer/115310627314723954' },
    shipping_address: { name: 'Jon Snow', address1: '1 Wall St', address2: null, city: 'Ottawa', province: 'Ontario', zip: 'K2P 1L4', country_code: 'CA', phone: null },
    line_items: [
      { id: 1, admin_graphql_api_id: 'gid://shopify/LineItem/1', title: 'Hoodie', sku: 'HD-M', quantity: 1, fulfillable_quantity: 0, variant_id: 7, product_id: 3, price: '29.95' },
      { id: 2, admin_graphql_api_id: 'gid://shopify/LineItem/2', title: 'Cap', sku: 'CAP', quantity: 1, fulfillable_quantity: 1, variant_id: 8, product_id: 4, price: '19.95' },
    ],
    fulfillments: [
      { id: 255858046, admin_graphql_api_id: 'gid://shopify/Fulfillment/255858046', status: 'success', shipment_status: 'in_transit', created_at: '2026-11-12T10:00:00Z', updated_at: '2026-11-12T12:00:00Z', tracking_company: 'UPS', tracking_number: '1Z2345', tracking_url: 'https://ups.example/1Z2345', line_items: [{ id: 1, admin_graphql_api_id: 'gid://shopify/LineItem/1', quantity: 1 }] },
    ],
  };
  const headers = (raw: Buffer, topic: string, over: Record<string, string> = {}) => ({
    'x-shopify-topic': topic,
    'x-shopify-hmac-sha256': hmacBase64(secret, raw),
    'x-shopify-webhook-id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
    'x-shopify-shop-domain': 'acme.myshopify.com',
    ...over,
  });

  it('verifies the HMAC and maps an order with its fulfillment', () => {
    const raw = Buffer.from(JSON.stringify(orderPayload));
    const hook = verifyShopifyWebhook(headers(raw, 'orders/updated'), raw, secret);
    expect(hook.deliveryId).toBe('b54557e4-bdd9-4b37-8a5f-bf7d70bcd043');
    const order = hook.entities[0]!.value as Order;
    expect(order).toMatchObject({ id: 'gid://shopify/Order/820982911946154508', number: '#1042', state: 'partially_shipped', total: { amountMinor: 5990, currency: 'USD' }, couponCodes: ['PEAK10'], shipmentIds: ['gid://shopify/Fulfillment/255858046'] });
    expect(order.items.map((i) => i.shippedQuantity)).toEqual([1, 0]);
    expect(hook.entities[1]).toMatchObject({ kind: 'shipment', value: { carrier: 'UPS', trackingNumber: '1Z2345', status: 'in_transit' } });
  });

  it('maps a fulfillment update onto the shipment of its order', () => {
    const f = { id: 255858046, order_id: 5820982911946, status: 'success', shipment_status: 'delivered', created_at: '2026-11-12T10:00:00Z', updated_at: '2026-11-14T09:00:00Z', tracking_company: 'UPS', tracking_number: '1Z2345', tracking_url: null, line_items: [] };
    const raw = Buffer.from(JSON.stringify(f));
    const hook = verifyShopifyWebhook(headers(raw, 'fulfillments/update'), raw, secret);
    expect(hook.entities).toEqual([{ kind: 'shipment', value: expect.objectContaining({ id: 'gid://shopify/Fulfillment/255858046', orderId: 'gid://shopify/Order/5820982911946', status: 'delivered', deliveredAt: '2026-11-14T09:00:00Z' }) }]);
  });

  it('rejects forged signatures (401) and malformed payloads (400)', () => {
    const raw = Buffer.from(JSON.stringify(orderPayload));
    const tampered = Buffer.from(JSON.stringify({ ...orderPayload, email: 'thief@example.com' }));
    const bad = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as WebhookError;
      }
      throw new Error('expected a WebhookError');
    };
    expect(bad(() => verifyShopifyWebhook(headers(raw, 'orders/updated'), tampered, secret))).toMatchObject({ status: 401 });
    expect(bad(() => verifyShopifyWebhook({ ...headers(raw, 'orders/updated'), 'x-shopify-hmac-sha256': hmacBase64('wrong', raw) }, raw, secret))).toMatchObject({ status: 401 });
    expect(bad(() => verifyShopifyWebhook({ 'x-shopify-topic': 'orders/updated' }, raw, secret))).toMatchObject({ status: 401 });
    const notJson = Buffer.from('{"id":');
    expect(bad(() => verifyShopifyWebhook(headers(notJson, 'orders/updated'), notJson, secret))).toMatchObject({ status: 400, code: 'invalid_json' });
    const noItems = Buffer.from(JSON.stringify({ ...orderPayload, line_items: 'none' }));
    expect(bad(() => verifyShopifyWebhook(headers(noItems, 'orders/create'), noItems, secret))).toMatchObject({ status: 400, code: 'invalid_payload' });
    expect(bad(() => verifyShopifyWebhook(headers(raw, 'orders/updated', { 'x-shopify-webhook-id': '' }), raw, secret))).toMatchObject({ status: 400 });
  });

  it('acknowledges topics it does not apply without changing anything', () => {
    const raw = Buffer.from('{"id":1}');
    expect(verifyShopifyWebhook(headers(raw, 'app/uninstalled'), raw, secret).entities).toEqual([]);
  });
});
