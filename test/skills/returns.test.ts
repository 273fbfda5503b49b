// Conversation tests for returns, exchanges, cancellation and address change: the policy decides,
// approved returns get an RMA with a label link on file, and every refusal says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, DEMO_NOW, openDemoShop, TENANT, unreachableReader, type DemoShop } from '../../bench/resolution/demo-shop.js';
import { formatDate, formatMoney } from '../../src/commerce/money.js';
import type { Order, Return, ReturnState } from '../../src/commerce/types.js';
import { render } from '../../src/reply/render.js';
import { decideReturn } from '../../src/skills/returns/return-rules.js';
import { SERVICE_PHRASES, TEST_LANGUAGES } from './phrases.js';

let shop: DemoShop;
beforeAll(async () => {
  shop = await openDemoShop();
}, 120_000);
afterAll(() => shop?.close());

const now = DEMO_NOW.getTime();
function verdictFor(order: Order, reason: 'size' | 'faulty' = 'size') {
  const item = order.items[0]!;
  return decideReturn({
    kind: 'return', order, item, product: shop.data.products.find((p) => p.id === item.productId), policy: shop.data.returnPolicy,
    customer: shop.data.customers.find((c) => c.id === order.customerId), reason, condition: 'unused', now,
  });
}
const single = (o: Order) => o.items.length === 1;
/** Orders with a return already on file answer with its state instead of starting a new one. */
const noReturn = (o: Order) => !shop.data.returns!.some((r) => r.orderId === o.id);
const returnIn = (state: ReturnState, skip = 0): Return => shop.data.returns!.filter((r) => r.state === state)[skip]!;
const orderOf = (r: Return) => shop.data.orders.find((o) => o.id === r.orderId)!;
const refundAsk = (lang: (typeof TEST_LANGUAGES)[number], number: string) => SERVICE_PHRASES.whereRefund![lang].replace('{number}', number);

describe.each(TEST_LANGUAGES)('return status in %s', (lang) => {
  const k = TEST_LANGUAGES.indexOf(lang);
  it('answers "where is my refund?" from the return on file: refunded with amount and date, or on its way back', async () => {
    const refunded = returnIn('refunded', k);
    const c = new Conversation(shop);
    await c.say(refundAsk(lang, refunded.orderNumber));
    const answer = await c.say(orderOf(refunded).email);
    expect(answer.text).toBe(render(lang, 'return_status_refunded', {
      rma: refunded.rma, number: refunded.orderNumber, days: shop.data.returnPolicy.refundDays,
      amount: formatMoney(refunded.refunded!, lang), date: formatDate(refunded.refundedAt, lang, shop.data.shop.timezone),
    }));
    expect(answer.handoff).toBeUndefined();
    const moving = returnIn('in_transit', k % 2);
    const d = new Conversation(shop, { customer: { email: orderOf(moving).email } });
    const back = await d.say(refundAsk(lang, moving.orderNumber));
    expect(back.text).toBe(render(lang, 'return_status_in_transit', { rma: moving.rma, number: moving.orderNumber, days: shop.data.returnPolicy.refundDays }));
  });

  it('hands a declined return to a person, and says when an order has no return', async () => {
    const declined = returnIn('declined', k % 2);
    const c = new Conversation(shop, { customer: { email: orderOf(declined).email } });
    const answer = await c.say(refundAsk(lang, declined.orderNumber));
    expect(answer.text).toBe(render(lang, 'return_status_declined', { rma: declined.rma, number: declined.orderNumber, days: shop.data.returnPolicy.refundDays }));
    expect(answer.handoff).toMatchObject({ reason: 'policy_review' });
    const none = shop.data.orders.filter((o) => o.state === 'delivered' && noReturn(o))[k]!;
    const d = new Conversation(shop, { customer: { email: none.email } });
    expect((await d.say(refundAsk(lang, none.number))).text).toBe(render(lang, 'return_status_none', { number: none.number }));
  });

  it('answers a new return request for an item already being returned with where that return stands', async () => {
    const approved = shop.data.returns!.find((r) => r.state === 'approved' && orderOf(r).items.length === 1)!;
    const c = new Conversation(shop, { customer: { email: orderOf(approved).email } });
    await c.say(SERVICE_PHRASES.wantReturn![lang]);
    const answer = await c.say(approved.orderNumber);
    expect(answer.text).toBe(render(lang, 'return_status_approved', { rma: approved.rma, number: approved.orderNumber, days: shop.data.returnPolicy.refundDays, label: approved.labelUrl! }));
    expect(await shop.store.db.selectFrom('shopper_requests').select('id').where('order_id', '=', approved.orderId).execute()).toEqual([]);
  });

  it('never shows another shopper\'s return', async () => {
    const refunded = returnIn('refunded', k + 1);
    const stranger = shop.data.customers.find((cu) => cu.email !== orderOf(refunded).email)!;
    const c = new Conversation(shop, { customer: { email: stranger.email } });
    const answer = await c.say(refundAsk(lang, refunded.orderNumber));
    expect(answer.text).toBe(render(lang, 'order_not_found', { number: refunded.orderNumber, example: 'PD-123456' }));
  });
});

describe.each(TEST_LANGUAGES)('returns in %s', (lang) => {
  it('approves an unworn item in the window and files an RMA with a label link', async () => {
    const order = shop.data.orders.filter((o) => o.state === 'delivered' && single(o) && noReturn(o) && verdictFor(o).outcome === 'approve')[TEST_LANGUAGES.indexOf(lang)]!;
    const c = new Conversation(shop);
    await c.say(SERVICE_PHRASES.wantReturn![lang]);
    await c.say(order.number);
    const why = await c.say(order.email);
    expect(why.text.startsWith(render(lang, 'return_ask_reason', { item: '§' }).split('§')[0]!)).toBe(true);
    expect(why.replies[0]!.quickReplies).toEqual((['reason_faulty', 'reason_wrong_item', 'reason_size', 'reason_changed_mind'] as const).map((k) => render(lang, k)));
    const condition = await c.say(render(lang, 'reason_size'));
    expect(condition.replies[0]!.quickReplies).toEqual([render(lang, 'condition_unused'), render(lang, 'condition_used')]);
    const approved = await c.say(render(lang, 'condition_unused'));
    const row = await shop.store.db.selectFrom('shopper_requests').selectAll().where('tenant_id', '=', TENANT).where('order_id', '=', order.id).executeTakeFirstOrThrow();
    expect(row.kind).toBe('return');
    expect(row.status).toBe('approved');
    expect(approved.text).toContain(row.id);
    expect(approved.text).toContain(`/shop/returns/${row.id}/label`);
    expect(approved.handoff).toBeUndefined();
  });

  it('refuses when the return window has passed, saying how long ago it arrived', async () => {
    const order = shop.data.orders.find((o) => single(o) && verdictFor(o).outcome === 'deny' && (verdictFor(o) as { why: string }).why === 'window_passed')!;
    const c = new Conversation(shop);
    await c.say(SERVICE_PHRASES.wantReturn![lang]);
    await c.say(order.number);
    await c.say(order.email);
    const denied = await c.say(render(lang, 'reason_size'));
    const days = Math.floor((now - Date.parse(order.deliveredAt!)) / 86_400_000);
    expect(denied.text).toContain(String(days));
    expect(denied.text).toContain(String(shop.data.returnPolicy.windowDays));
    expect(denied.handoff).toBeUndefined();
  });

  it('cancels a paid order and refuses a shipped one', async () => {
    const paid = shop.data.orders.filter((o) => o.state === 'paid')[TEST_LANGUAGES.indexOf(lang)]!;
    const c = new Conversation(shop);
    await c.say(SERVICE_PHRASES.cancel![lang]);
    await c.say(paid.number);
    const confirm = await c.say(paid.email);
    expect(confirm.replies[0]!.quickReplies).toEqual([render(lang, 'confirm_yes'), render(lang, 'confirm_no')]);
    const done = await c.say(render(lang, 'confirm_yes'));
    expect(done.text.startsWith(render(lang, 'cancel_done', { number: paid.number }).slice(0, 8))).toBe(true);
    const row = await shop.store.db.selectFrom('shopper_requests').select(['kind', 'status']).where('tenant_id', '=', TENANT).where('order_id', '=', paid.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ kind: 'cancel', status: 'requested' });

    const shipped = shop.data.orders.filter((o) => o.state === 'shipped')[TEST_LANGUAGES.indexOf(lang)]!;
    const d = new Conversation(shop);
    await d.say(SERVICE_PHRASES.cancel![lang]);
    await d.say(shipped.number);
    const late = await d.say(shipped.email);
    expect(late.text).toContain(render(lang, 'cancel_too_late_shipped', { number: shipped.number, window: shop.data.returnPolicy.windowDays }));
  });

  it('changes the address of an order not yet packed, taking the next message as the address', async () => {
    const order = shop.data.orders.filter((o) => o.state === 'awaiting_group_buy')[TEST_LANGUAGES.indexOf(lang)]!;
    const c = new Conversation(shop);
    await c.say(SERVICE_PHRASES.changeAddress![lang]);
    await c.say(order.number);
    const ask = await c.say(order.email);
    expect(ask.text).toBe(render(lang, 'address_ask', { number: order.number }));
    const address = '12 Orchard Road, #05-01, Singapore 238801';
    const done = await c.say(address);
    expect(done.text).toBe(render(lang, 'address_recorded', { number: order.number, address }));
  });

  it('hands over when the store cannot be reached', async () => {
    const c = new Conversation(shop, { reader: unreachableReader() });
    await c.say(SERVICE_PHRASES.wantReturn![lang]);
    await c.say('PD-100464');
    const down = await c.say('someone@example.com');
    expect(down.text).toBe(render(lang, 'store_unavailable'));
    expect(down.handoff?.reason).toBe('store_unavailable');
  });
});

describe('returns: policy branches', () => {
  it('keeps the order when the shopper does not confirm the cancellation', async () => {
    const order = shop.data.orders.filter((o) => o.state === 'unpaid')[20]!;
    const c = new Conversation(shop);
    await c.say(`please cancel order ${order.number}`);
    await c.say(order.email);
    const kept = await c.say('no, keep it');
    expect(kept.text).toBe(render('en', 'cancel_kept', { number: order.number }));
    const rows = await shop.store.db.selectFrom('shopper_requests').select('id').where('tenant_id', '=', TENANT).where('order_id', '=', order.id).execute();
    expect(rows).toEqual([]);
  });

  it('says nothing about someone else\'s order', async () => {
    const order = shop.data.orders.find((o) => o.state === 'delivered')!;
    const c = new Conversation(shop);
    const reply = await c.say(`I want to return order ${order.number}, my email is not.the.owner@example.com`);
    expect(reply.text).toBe(render('en', 'order_not_found', { number: order.number, example: 'PD-123456' }));
  });

  it('sends a frequent returner to a person with the request on file', async () => {
    const order = shop.data.orders.find((o) => o.state === 'delivered' && single(o) && verdictFor(o).outcome === 'human' && (verdictFor(o) as { why: string }).why === 'history')!;
    const c = new Conversation(shop);
    await c.say(`I want to return order ${order.number}`);
    await c.say(order.email);
    await c.say('It doesn\'t fit');
    const review = await c.say('Yes, unworn with tags on');
    expect(review.handoff).toEqual({ reason: 'policy_review', priority: 1 });
    expect(review.text).toContain(render('en', 'review_history'));
  });

  it('refuses hygiene items changed-mind, and refuses a return before delivery', async () => {
    const hygiene = shop.data.orders.find((o) => o.state === 'delivered' && single(o) && verdictFor(o).outcome === 'deny' && (verdictFor(o) as { why: string }).why === 'non_returnable')!;
    const c = new Conversation(shop);
    await c.say(`I want to return order ${hygiene.number}`);
    await c.say(hygiene.email);
    const no = await c.say('I changed my mind');
    expect(no.text.startsWith('Sorry,')).toBe(true);
    expect(no.text).toContain('hygiene');

    const early = shop.data.orders.find((o) => o.state === 'shipped')!;
    const d = new Conversation(shop);
    await d.say(`I want to return order ${early.number}`);
    const notYet = await d.say(early.email);
    expect(notYet.text).toBe(render('en', 'return_denied_not_delivered', { number: early.number, window: 30 }));
  });

  it('files a faulty item for free, asking no condition', async () => {
    const order = shop.data.orders.filter((o) => o.state === 'delivered' && single(o) && verdictFor(o, 'faulty').outcome === 'approve')[10]!;
    const c = new Conversation(shop);
    await c.say(`I want to return order ${order.number}, it arrived broken`);
    const approved = await c.say(order.email);
    expect(approved.text).toContain(render('en', 'label_free'));
  });
});
