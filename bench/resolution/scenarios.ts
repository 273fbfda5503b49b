// Scripted shopper conversations over the demo store, each with the answer the shop's own data says
// is right. The answer keys are written here from the raw records (order states, parcel events,
// coupon dates, the return rules as the help centre states them), not by calling the skills, so a
// skill that drifts from the data shows up as "wrong".
import { formatMoney } from '../../src/commerce/money.js';
import type { DemoStoreData, Order, Product, Shipment } from '../../src/commerce/types.js';
import { loadIntentPack } from '../../src/nlu/index.js';
import { render } from '../../src/reply/render.js';
import { localOptionValue } from '../../src/skills/product/option-words.js';
import {
  ANY_DISCOUNT, BENCH_LANGUAGES, CAN_I_USE, CANCEL, CHANGE_ADDRESS, COLOUR_WORDS, COMES_IN, DISCOUNT_ON, GROUP_BUY, ORDER_STATUS, REFUND_STATUS, RETURN, TRACK,
  type BenchLanguage,
} from './phrasings.js';

export type Expectation =
  | { kind: 'answer'; check: (reply: string) => boolean }
  | { kind: 'handoff' };

export interface Scenario {
  id: string;
  skill: string;
  language: BenchLanguage;
  messages: string[];
  expect: Expectation;
}

const DAY = 86_400_000;
/** Picks spread over a list, wrapping around. */
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const answer = (check: (reply: string) => boolean): Expectation => ({ kind: 'answer', check });
const HANDOFF: Expectation = { kind: 'handoff' };

/** The text of a catalog template up to its first unfilled placeholder. */
function lead(lang: string, key: Parameters<typeof render>[1], vars: Record<string, string | number>): string {
  return render(lang, key, vars).split('{')[0]!;
}

/** Parcel trouble a person must take up, judged from the events alone (limits as the shop states them). */
function needsPerson(shipment: Shipment, now: number, destination?: string): boolean {
  if (shipment.status === 'returned_to_sender' || shipment.status === 'exception') return true;
  if (shipment.events.some((e) => /not received|investigation/i.test(e.description))) return true;
  const last = shipment.events.at(-1);
  if (!last) return false;
  const idleDays = (now - Date.parse(last.at)) / DAY;
  if (shipment.status === 'in_customs') return idleDays >= 8;
  if (shipment.status === 'delivered') return false;
  const from = shipment.events[0]?.location.slice(-2);
  const to = destination ?? last.location.slice(-2);
  return idleDays >= (from === to ? 6 : 12);
}

/**
 * `unplaced` says whether the intent model leaves a message unplaced (out of scope or below the
 * confidence bar): the unplaced-message scenarios are drawn from those, as that is the population
 * the help-centre fallback serves; the rest are counted in `excluded`.
 */
export function buildScenarios(data: DemoStoreData, now: number, unplaced: (text: string) => boolean = () => true, excluded: string[] = []): Scenario[] {
  const out: Scenario[] = [];
  const shipmentsOf = (o: Order) => data.shipments.filter((s) => o.shipmentIds.includes(s.id));
  const troubled = (o: Order) => shipmentsOf(o).some((s) => needsPerson(s, now, o.shippingAddress.country));
  const byState = (state: Order['state']) => data.orders.filter((o) => o.state === state);
  const title = (p: Product, lang: string) => p.title[lang] ?? p.title.en!;

  BENCH_LANGUAGES.forEach((lang, li) => {
    // Order status: every state, two phrasings, the number and e-mail in separate turns.
    for (const state of ['unpaid', 'awaiting_group_buy', 'paid', 'packed', 'partially_shipped', 'shipped', 'delivered', 'cancelled', 'closed'] as const) {
      ORDER_STATUS[lang].forEach((phrase, pi) => {
        const order = pick(byState(state), li * 4 + pi);
        out.push({
          id: `order_status/${lang}/${state}/${pi}`, skill: 'order_status', language: lang,
          messages: [phrase, order.number, order.email],
          expect: troubled(order) ? HANDOFF : answer((r) => r.startsWith(lead(lang, `order_${state}`, { number: order.number }))),
        });
      });
    }
    // Someone else's order and an order that does not exist read the same.
    for (let k = 0; k < 2; k++) {
      const theirs = pick(data.orders, li * 31 + k * 7);
      const mine = data.orders.find((o) => o.email !== theirs.email && o.customerId !== theirs.customerId)!;
      out.push({ id: `order_status/${lang}/not_theirs/${k}`, skill: 'order_status', language: lang, messages: [ORDER_STATUS[lang][k]!, theirs.number, mine.email],
        expect: answer((r) => r === render(lang, 'order_not_found', { number: theirs.number, example: 'PD-123456' })) });
      const unknown = `PD-9${String(li * 1000 + k * 17).padStart(5, '0')}`;
      out.push({ id: `order_status/${lang}/unknown/${k}`, skill: 'order_status', language: lang, messages: [ORDER_STATUS[lang][k]!, unknown, mine.email],
        expect: answer((r) => r === render(lang, 'order_not_found', { number: unknown, example: 'PD-123456' })) });
    }

    // Tracking, by order (verified) and by tracking number alone.
    const shipped = [...byState('shipped'), ...byState('partially_shipped'), ...byState('delivered')];
    for (let k = 0; k < 8; k++) {
      const order = pick(shipped, li * 23 + k * 5);
      const shipment = shipmentsOf(order).sort((a, b) => a.shippedAt.localeCompare(b.shippedAt)).at(-1)!;
      const header = render(lang, 'track_header', { tracking: shipment.trackingNumber, carrier: shipment.carrier.toUpperCase() });
      const status = render(lang, `status_${shipment.events.at(-1)!.status}`);
      const byNumber = k % 2 === 1;
      out.push({
        id: `tracking/${lang}/${k}`, skill: 'tracking', language: lang,
        messages: byNumber ? [`${TRACK[lang][k % 2]} ${shipment.trackingNumber}`] : [TRACK[lang][k % 2]!, order.number, order.email],
        expect: (byNumber ? needsPerson(shipment, now) : troubled(order)) ? HANDOFF : answer((r) => r.includes(header) && r.includes(status)),
      });
    }

    // Product: a colour the product has (then the size), and one it does not.
    const sized = data.products.filter((p) => p.category === 'apparel' && p.variants.some((v) => v.options.size === 'm'));
    for (let k = 0; k < 5; k++) {
      const product = sized[(li * 3 + k) % sized.length]!;
      const colour = Object.keys(COLOUR_WORDS).find((c) => product.variants.some((v) => v.options.color === c && v.options.size === 'm'));
      if (colour) {
        const variant = product.variants.find((v) => v.options.color === colour && v.options.size === 'm')!;
        out.push({ id: `product/${lang}/has/${product.handle}`, skill: 'product', language: lang,
          messages: [COMES_IN[lang](title(product, lang), COLOUR_WORDS[colour]![lang]), 'M'],
          expect: answer((r) => r.includes(`?variant=${variant.id}`) && r.includes(String(variant.stock))) });
      }
      const missing = Object.keys(COLOUR_WORDS).find((c) => !product.variants.some((v) => (v.options.color ?? '').split(/[\s/-]+/).includes(c)));
      if (missing) {
        const colours = [...new Set(product.variants.map((v) => v.options.color))];
        out.push({ id: `product/${lang}/lacks/${product.handle}`, skill: 'product', language: lang,
          messages: [COMES_IN[lang](title(product, lang), COLOUR_WORDS[missing]![lang])],
          // The colours it does come in, named in the shopper's language.
          expect: answer((r) => colours.every((c) => r.includes(localOptionValue('color', c!, lang))) && !r.includes('?variant=')) });
      }
    }

    // Promotions: campaigns running now, codes in every state, and the best price on sale items.
    const active = data.promotions.filter((p) => Date.parse(p.startsAt) <= now && now < Date.parse(p.endsAt));
    ANY_DISCOUNT[lang].forEach((phrase, pi) => {
      out.push({ id: `promotions/${lang}/running/${pi}`, skill: 'promotions', language: lang, messages: [phrase],
        expect: answer((r) => active.every((p) => r.includes(p.name[lang] ?? p.name.en!))) });
    });
    for (const [k, code] of ['PAYDAY8', 'EXTRA11', 'NEWDROP', 'HARBOUR5', 'SAVE4040'].entries()) {
      const coupon = data.coupons.find((c) => c.code === code);
      const phrase = CAN_I_USE[lang][k % 2]!(code);
      const key = !coupon ? 'coupon_unknown' : now >= Date.parse(coupon.endsAt) ? 'coupon_expired' : now < Date.parse(coupon.startsAt) ? 'coupon_not_started' : 'coupon_valid';
      // The merchant's own wording, where written, replaces the built-in text.
      const script = key === 'coupon_expired' ? data.promotionScripts?.find((s) => s.scenario === 'coupon_expired' && s.language === lang) : undefined;
      const opening = script ? script.text.replace('{code}', code).split('{')[0]! : lead(lang, key, { code });
      out.push({ id: `promotions/${lang}/${code}`, skill: 'promotions', language: lang, messages: [phrase],
        expect: answer((r) => r.startsWith(opening)) });
    }
    const midSeason = data.promotions.find((p) => p.id === 'promo_mid_season')!;
    const onSale = data.products.filter((p) => midSeason.appliesTo.includes(p.category) && !midSeason.excludes.includes(p.id));
    for (let k = 0; k < 2; k++) {
      const product = onSale[(li * 2 + k) % onSale.length]!;
      const cheapest = Math.min(...product.variants.map((v) => v.price.amountMinor));
      // Mid-season refuses coupons, and on one item no advertised code beats 15%.
      const price = formatMoney({ amountMinor: cheapest - Math.round(cheapest * 0.15), currency: 'USD' }, lang);
      out.push({ id: `promotions/${lang}/price/${product.handle}`, skill: 'promotions', language: lang, messages: [DISCOUNT_ON[lang](title(product, lang))],
        expect: answer((r) => r.includes(price)) });
    }

    // "Where is my refund?" about an order with a return on file: the return's state answers; a declined one goes to a person.
    for (const [k, state] of (['requested', 'approved', 'in_transit', 'received', 'refunded', 'declined'] as const).entries()) {
      const ret = pick((data.returns ?? []).filter((r) => r.state === state), li * 3 + k);
      if (!ret) continue;
      const order = data.orders.find((o) => o.id === ret.orderId)!;
      out.push({ id: `returns/${lang}/status/${state}`, skill: 'returns', language: lang,
        messages: [REFUND_STATUS[lang][k % 2]!.replace('{number}', order.number), order.email],
        expect: state === 'declined' ? HANDOFF : answer((r) => r.startsWith(lead(lang, `return_status_${state}`, {})) && r.includes(ret.rma)) });
    }

    // Returns: the key follows the policy as the help centre states it.
    const received = data.orders.filter((o) => (o.state === 'delivered' || o.state === 'closed') && o.items.length === 1);
    for (let k = 0; k < 8; k++) {
      const order = pick(received, li * 37 + k * 9);
      out.push({ id: `returns/${lang}/${order.number}`, skill: 'returns', language: lang,
        messages: [RETURN[lang][k % 2]!, order.number, order.email, render(lang, 'reason_size'), render(lang, 'condition_unused')],
        expect: returnKey(data, order, lang, now) });
    }
    const early = pick(byState('shipped'), li + 40);
    out.push({ id: `returns/${lang}/not_delivered`, skill: 'returns', language: lang, messages: [RETURN[lang][0], early.number, early.email],
      expect: answer((r) => r === render(lang, 'return_denied_not_delivered', { number: early.number, window: data.returnPolicy.windowDays })) });

    // Cancellation and address change: what the order's state allows.
    for (const [k, state] of (['unpaid', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'] as const).entries()) {
      const order = pick(byState(state), li * 5 + 50);
      const key = state === 'unpaid' ? 'cancel_done_unpaid' : state === 'paid' ? 'cancel_done' : state === 'packed' ? 'cancel_too_late_packed'
        : state === 'shipped' ? 'cancel_too_late_shipped' : state === 'delivered' ? 'cancel_delivered' : 'cancel_already';
      const expected = order.state === 'unpaid' && order.paidAt ? 'cancel_done' : key;
      out.push({ id: `cancel/${lang}/${state}`, skill: 'cancel', language: lang, messages: [CANCEL[lang][k % 2]!, order.number, order.email, render(lang, 'confirm_yes')],
        expect: answer((r) => r.startsWith(lead(lang, expected, { number: order.number }))) });
    }
    for (const [k, state] of (['awaiting_group_buy', 'paid', 'shipped', 'delivered'] as const).entries()) {
      const order = pick(byState(state), li * 5 + 60);
      const address = `${20 + li * 3 + k} Jalan Besar, #0${k + 1}-12, Singapore 2089${li}${k}`;
      const expect = state === 'shipped' ? HANDOFF
        : state === 'delivered' ? answer((r) => r === render(lang, 'address_delivered', { number: order.number }))
        : answer((r) => r === render(lang, 'address_recorded', { number: order.number, address }));
      out.push({ id: `address_change/${lang}/${state}`, skill: 'address_change', language: lang,
        messages: [CHANGE_ADDRESS[lang][k % 2]!, order.number, order.email, address], expect });
    }

    // Help-centre questions: held-out pack lines; the right answer cites the article on their topic.
    const ARTICLE_FOR: Record<string, string> = {
      shipping_time: 'shipping-times', shipping_fee: 'shipping-fees', customs_duty: 'customs-duties', return_policy: 'returns-how-to',
      refund_status: 'refund-timing', payment_methods: 'payment-methods', gift_wrap: 'gift-wrap', warranty: 'warranty',
      account_problem: 'account-help', size_advice: 'size-guide', invoice: 'payment-methods',
    };
    // Messages no intent places: answered from the help centre only when one article clearly fits.
    const groupBuy = data.articles.find((a) => a.language === lang && a.tags.includes('group-buys'));
    if (groupBuy) {
      for (const [k, text] of GROUP_BUY[lang].entries()) {
        if (!unplaced(text)) {
          excluded.push(`knowledge/${lang}/unplaced/group-buy/${k}`);
          continue;
        }
        out.push({ id: `knowledge/${lang}/unplaced/group-buy/${k}`, skill: 'knowledge', language: lang, messages: [text],
          expect: answer((r) => r.includes(render(lang, 'knowledge_source', { title: groupBuy.title }))) });
      }
    }
    const lines = loadIntentPack({ split: 'heldout', languages: [lang] });
    for (const [intent, tag] of Object.entries(ARTICLE_FOR)) {
      const article = data.articles.find((a) => a.language === lang && a.tags.includes(tag));
      if (!article) continue;
      for (const example of lines.filter((e) => e.intent === intent).slice(0, 2)) {
        out.push({ id: `knowledge/${lang}/${intent}/${out.length}`, skill: 'knowledge', language: lang, messages: [example.text],
          expect: answer((r) => r.includes(render(lang, 'knowledge_source', { title: article.title }))) });
      }
    }
  });
  return out;
}

/** The return policy as the help centre words it: window (VIP longer), hygiene categories, value limit, frequent returners. */
function returnKey(data: DemoStoreData, order: Order, lang: BenchLanguage, now: number): Expectation {
  const policy = data.returnPolicy;
  const item = order.items[0]!;
  // An item already being returned: the answer is where that return stands.
  const onFile = (data.returns ?? []).find((r) => r.orderId === order.id && r.state !== 'declined' && r.state !== 'cancelled' && r.items.some((i) => i.orderItemId === item.id));
  if (onFile) return answer((r) => r.startsWith(lead(lang, `return_status_${onFile.state}`, {})) && r.includes(onFile.rma));
  const product = data.products.find((p) => p.id === item.productId)!;
  const customer = data.customers.find((c) => c.id === order.customerId)!;
  const window = customer.vip ? policy.vipWindowDays : policy.windowDays;
  const days = Math.floor((now - Date.parse(order.deliveredAt!)) / DAY);
  if (days > window) return answer((r) => r.includes(String(days)) && r.includes(String(window)) && !r.includes('/shop/returns/'));
  if (policy.nonReturnableCategories.includes(product.category) || !product.returnable) {
    return answer((r) => r.startsWith(lead(lang, 'return_denied_non_returnable', {})));
  }
  const value = product.variants.find((v) => v.id === item.variantId)!.price.amountMinor * item.quantity;
  if (value > policy.manualApprovalAbove.amountMinor) return HANDOFF;
  const returns = customer.returnsCount ?? 0;
  if (returns >= 3 && returns / Math.max(1, customer.ordersCount) >= 0.5) return HANDOFF;
  return answer((r) => r.includes('/shop/returns/rma_'));
}
