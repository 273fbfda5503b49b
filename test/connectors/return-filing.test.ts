// The bot's approved return filed on Shopify with returnCreate, through the returns conversation and
// the real connector against the local fake Admin API: the platform's return id is kept on the RMA;
// a refusal or an outage keeps the local RMA and hands the case to a person with the reason.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Conversation, DEMO_NOW, openDemoShop, TENANT, type DemoShop } from '../../bench/resolution/demo-shop.js';
import { ShopifyClient } from '../../src/commerce/connectors/shopify/shopify-client.js';
import { ShopifyConnector } from '../../src/commerce/connectors/shopify/shopify-connector.js';
import { storeDispatcher } from '../../src/commerce/connectors/store-http.js';
import type { Order } from '../../src/commerce/types.js';
import { render } from '../../src/reply/render.js';
import { PlatformFilingActions } from '../../src/skills/returns/platform-filing.js';
import { decideReturn } from '../../src/skills/returns/return-rules.js';
import { SqlStoreActions } from '../../src/skills/sql-store-actions.js';
import type { ShopperRequest } from '../../src/skills/store-actions.js';
import { SERVICE_PHRASES } from '../skills/phrases.js';
import { FakeShopify, gid, shopifyOrderNode } from './fake-shopify.js';

const TOKEN = 'shpat_' + 'd'.repeat(32);
let shop: DemoShop;
let fake: FakeShopify;
let filingShop: DemoShop;
let candidates: Order[];

beforeAll(async () => {
  shop = await openDemoShop();
  const now = DEMO_NOW.getTime();
  candidates = shop.data.orders.filter((o) => {
    const item = o.items[0]!;
    return o.state === 'delivered' && o.items.length === 1 && item.shippedQuantity > 0 && !shop.data.returns!.some((r) => r.orderId === o.id)
      && decideReturn({ kind: 'return', order: o, item, product: shop.data.products.find((p) => p.id === item.productId), policy: shop.data.returnPolicy, customer: shop.data.customers.find((c) => c.id === o.customerId), reason: 'size', condition: 'unused', now }).outcome === 'approve';
  });
}, 120_000);
afterAll(() => shop?.close());

beforeEach(async () => {
  fake = await new FakeShopify({ token: TOKEN, bucketMax: 100_000, restoreRate: 100_000 }).start();
  // The shop's Shopify store holds these orders under the ids the cache has (as after an import).
  const shipments = new Map(shop.data.shipments.map((s) => [s.id, s]));
  fake.orders = candidates.slice(0, 6).map((o) => {
    const node = shopifyOrderNode(o, o.shipmentIds.map((id) => shipments.get(id)!).filter(Boolean), o.number) as Record<string, unknown> & { id: string; updatedAt: string };
    const fulfillments = node.fulfillments as Array<{ fulfillmentLineItems: { nodes: Array<{ lineItem: { id: string }; quantity: number }> } }>;
    const demoItem = new Map(o.items.map((i) => [gid('LineItem', i.id), i.id]));
    for (const f of fulfillments) for (const fl of f.fulfillmentLineItems.nodes) fl.lineItem.id = demoItem.get(fl.lineItem.id)!;
    return { ...node, id: o.id };
  });
  const client = new ShopifyClient({ shopUrl: fake.url, accessToken: TOKEN, dispatcher: storeDispatcher({ timeoutMs: 2_000, maxRetries: 1, minBackoffMs: 5, maxBackoffMs: 20 }) });
  const connector = new ShopifyConnector(client, fake.url);
  filingShop = { ...shop, actions: new PlatformFilingActions(new SqlStoreActions(shop.store.db), shop.store.db, async (t) => (t === TENANT ? connector : undefined)) };
});
afterEach(async () => fake.close());

async function approve(order: Order) {
  const c = new Conversation(filingShop);
  await c.say(SERVICE_PHRASES.wantReturn!.en);
  await c.say(order.number);
  await c.say(order.email);
  await c.say(render('en', 'reason_size'));
  const answer = await c.say(render('en', 'condition_unused'));
  const row = await shop.store.db.selectFrom('shopper_requests').selectAll().where('tenant_id', '=', TENANT).where('order_id', '=', order.id).executeTakeFirstOrThrow();
  return { answer, row, request: JSON.parse(row.data) as ShopperRequest };
}

describe('filing the bot-approved return on Shopify', () => {
  it('files it with returnCreate and keeps the platform return id on the RMA', async () => {
    const order = candidates[0]!;
    const { answer, row, request } = await approve(order);
    expect(answer.handoff).toBeUndefined();
    expect(answer.text).toContain(row.id);
    expect(fake.createdReturns).toHaveLength(1);
    expect(fake.createdReturns[0]).toMatchObject({ orderId: order.id, returnLineItems: [{ quantity: order.items[0]!.shippedQuantity, returnReason: 'OTHER' }] });
    expect(request).toMatchObject({ status: 'approved', platformReturnId: fake.createdReturns[0]!.id, platformReturnName: `${order.number}-R1` });
    expect(request.platformError).toBeUndefined();
  });

  it('keeps the local RMA and hands to a person with the reason when Shopify refuses the return', async () => {
    fake.returnCreateError = 'Return cannot be created: the order has an open exchange.';
    const { answer, row, request } = await approve(candidates[1]!);
    expect(row.status).toBe('approved');
    expect(answer.handoff).toMatchObject({ reason: 'store_unavailable' });
    expect(answer.text).toContain(render('en', 'review_missing_facts'));
    expect(request.platformError).toMatch(/open exchange/);
    expect(request.platformReturnId).toBeUndefined();
    expect(fake.createdReturns).toHaveLength(0);
  });

  it('keeps the local RMA and hands over when the store API is down', async () => {
    fake.mode = 'down';
    const { answer, row, request } = await approve(candidates[2]!);
    expect(row.status).toBe('approved');
    expect(answer.handoff).toMatchObject({ reason: 'store_unavailable' });
    expect(request.platformError).toMatch(/503/);
  });
});
