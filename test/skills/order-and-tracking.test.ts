// Conversation tests for order status and shipment tracking: scripted multi-turn chats through the
// real respond() over the demo shop in six languages, including the unhappy paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, openDemoShop, TENANT, unreachableReader, type DemoShop } from '../../bench/resolution/demo-shop.js';
import { writeRecords } from '../../src/commerce/records.js';
import type { Order, OrderState } from '../../src/commerce/types.js';
import { s10CheckDigit } from '../../src/commerce/demo/index.js';
import { detectAnomaly } from '../../src/skills/tracking/detect-anomaly.js';
import { render } from '../../src/reply/render.js';
import { PHRASES, TEST_LANGUAGES } from './phrases.js';

let shop: DemoShop;
beforeAll(async () => {
  shop = await openDemoShop();
}, 120_000);
afterAll(() => shop?.close());

const now = () => Date.parse('2026-12-07T04:00:00Z');
function calmOrder(state: OrderState, skip = 0): Order {
  const shipmentsOf = (o: Order) => shop.data.shipments.filter((s) => o.shipmentIds.includes(s.id));
  return shop.data.orders.filter((o) => o.state === state && shipmentsOf(o).every((s) => !detectAnomaly(s, now(), { destination: o.shippingAddress.country })))[skip]!;
}

describe('order ownership through the store account', () => {
  it('accepts the e-mail of the customer account the order belongs to when the checkout e-mail differs, and no other account\'s', async () => {
    const owner = shop.data.customers[3]!;
    const stranger = shop.data.customers[4]!;
    const gift = { ...calmOrder('paid', 2), id: 'ord_gift_1', number: 'PD-909090', customerId: owner.id, email: 'gift-recipient@example.com', phone: '+6580000000' };
    await writeRecords(shop.store.db, TENANT, [{ kind: 'order', id: gift.id, lookup: gift.number, data: gift }]);
    const theirs = new Conversation(shop);
    await theirs.say(`status of ${gift.number}`);
    expect((await theirs.say(stranger.email)).text).toBe(render('en', 'order_not_found', { number: gift.number, example: 'PD-123456' }));
    const mine = new Conversation(shop);
    await mine.say(`status of ${gift.number}`);
    expect((await mine.say(owner.email.toUpperCase())).text).toContain(gift.number);
  });
});

describe.each(TEST_LANGUAGES)('order status in %s', (lang) => {
  it('asks for the number, then for proof of ownership, then answers per state', async () => {
    const order = calmOrder('shipped');
    const shipment = shop.data.shipments.find((s) => s.id === order.shipmentIds[0])!;
    const c = new Conversation(shop);
    const first = await c.say(PHRASES.whereIsOrder![lang]);
    expect(first.understanding.language).toBe(lang);
    expect(first.text).toBe(render(lang, 'ask_order_number', { example: 'PD-123456' }));
    const second = await c.say(order.number);
    expect(second.text).toBe(render(lang, 'ask_order_email', { number: order.number }));
    const third = await c.say(order.email);
    expect(third.text).toContain(order.number);
    expect(third.text).toContain(shipment.trackingNumber);
    expect(third.text.startsWith(render(lang, 'order_shipped', { number: order.number }).slice(0, 4))).toBe(true);
    expect(third.handoff).toBeUndefined();
  });

  it('says the same for an unknown order and for someone else\'s, revealing nothing', async () => {
    const mine = calmOrder('paid');
    const theirs = shop.data.orders.find((o) => o.email !== mine.email && o.state === 'delivered')!;
    const c = new Conversation(shop);
    await c.say(PHRASES.whereIsOrder![lang]);
    await c.say(theirs.number);
    const stranger = await c.say(mine.email);
    expect(stranger.text).toBe(render(lang, 'order_not_found', { number: theirs.number, example: 'PD-123456' }));
    const unknown = await c.say('PD-999999');
    expect(unknown.text).toBe(render(lang, 'order_not_found', { number: 'PD-999999', example: 'PD-123456' }));
    // The right number is still accepted afterwards, and the correction cue works too.
    const right = await c.say(`${PHRASES.meant![lang]} ${mine.number}`);
    expect(right.text).toContain(mine.number);
    expect(right.text).not.toBe(unknown.text);
  });

  it('tells the shopper when the store cannot be reached and hands over', async () => {
    const c = new Conversation(shop, { reader: unreachableReader() });
    await c.say(PHRASES.whereIsOrder![lang]);
    await c.say('PD-100451');
    const down = await c.say('someone@example.com');
    expect(down.text).toBe(render(lang, 'store_unavailable'));
    expect(down.handoff).toEqual({ reason: 'store_unavailable', priority: 1 });
  });
});

describe('order status: every state, identities and topic moves', () => {
  it.each(['unpaid', 'awaiting_group_buy', 'paid', 'packed', 'partially_shipped', 'shipped', 'delivered', 'cancelled', 'closed'] as const)('answers a %s order with its next step', async (state) => {
    const order = calmOrder(state);
    const c = new Conversation(shop);
    const reply = await c.say(`where is order ${order.number}? my email is ${order.email}`);
    const head = render('en', `order_${state}`, { number: order.number }).split('{')[0]!.slice(0, 25);
    expect(reply.text.startsWith(head)).toBe(true);
    if (state === 'unpaid') expect(reply.text).toMatch(/\$|US/);
  });

  it('accepts the phone number on the order as proof, written any way', async () => {
    const order = calmOrder('packed');
    const c = new Conversation(shop);
    await c.say(`status of ${order.number}`);
    const spaced = order.phone.replace(/^(\+\d{2})(\d{4})/, '$1 $2 ');
    const reply = await c.say(`my phone is ${spaced}`);
    expect(reply.text).toContain(order.number);
    expect(reply.text).toContain('packed');
  });

  it('offers the recent orders of a shopper the channel identifies, and "my other order" skips the one just shown', async () => {
    const customer = shop.data.customers.find((cu) => shop.data.orders.filter((o) => o.email === cu.email).length >= 3)!;
    const orders = shop.data.orders.filter((o) => o.email === customer.email).sort((a, b) => b.placedAt.localeCompare(a.placedAt));
    const c = new Conversation(shop, { customer: { email: customer.email } });
    const offer = await c.say('where is my order?');
    expect(offer.replies[0]!.quickReplies).toEqual(orders.slice(0, 3).map((o) => o.number));
    const chosen = await c.say(orders[0]!.number);
    expect(chosen.text).toContain(orders[0]!.number);
    const other = await c.say('actually, where is my other order?');
    expect(other.replies[0]!.quickReplies).not.toContain(orders[0]!.number);
    expect(other.replies[0]!.quickReplies).toContain(orders[1]!.number);
  });

  it('forgets a half-finished question after the timeout', async () => {
    const c = new Conversation(shop);
    await c.say('where is my order PD-100451?');
    c.wait(31 * 60_000);
    const later = await c.say('sofia.garcia25@example.com');
    expect(later.decision.kind).toBe('clarify');
  });
});

describe.each(TEST_LANGUAGES)('tracking in %s', (lang) => {
  it('shows the latest events in the shopper\'s language and time zone with promised and predicted dates', async () => {
    const order = calmOrder('shipped', 1);
    const shipment = shop.data.shipments.find((s) => s.id === order.shipmentIds[0])!;
    const c = new Conversation(shop);
    await c.say(PHRASES.track![lang]);
    await c.say(order.number);
    const reply = await c.say(order.email);
    expect(reply.text).toContain(render(lang, 'track_header', { tracking: shipment.trackingNumber, carrier: shipment.carrier.toUpperCase() }));
    expect(reply.text).toContain(render(lang, `status_${shipment.events.at(-1)!.status}`));
    expect(reply.text).toContain(shipment.events.at(-1)!.location);
    expect(reply.handoff).toBeUndefined();
  });

  it('escalates a parcel the carrier is returning, and a delivered parcel the shopper never got', async () => {
    const returned = shop.data.shipments.find((s) => s.status === 'returned_to_sender')!;
    const c = new Conversation(shop);
    const reply = await c.say(`${PHRASES.track![lang]} ${returned.trackingNumber}`);
    expect(reply.text).toContain(render(lang, 'anomaly_returned_to_sender'));
    expect(reply.handoff).toEqual({ reason: 'shipment_problem', priority: 2 });

    const delivered = calmOrder('delivered');
    const d = new Conversation(shop);
    await d.say(PHRASES.notReceived![lang]);
    await d.say(delivered.number);
    const disputed = await d.say(delivered.email);
    expect(disputed.text).toContain(render(lang, 'anomaly_delivered_disputed'));
    expect(disputed.handoff?.reason).toBe('shipment_problem');
  });

  it('says when a tracking number is unknown', async () => {
    const c = new Conversation(shop);
    const body = '12345678';
    const unknown = `RR${body}${s10CheckDigit(body)}SG`;
    expect(shop.data.shipments.some((s) => s.trackingNumber === unknown)).toBe(false);
    const reply = await c.say(`${PHRASES.track![lang]} ${unknown}`);
    expect(reply.text).toBe(render(lang, 'track_not_found', { tracking: unknown }));
  });
});
