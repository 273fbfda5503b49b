// Checks the generated demo store end to end: repeatable, complete, and internally consistent.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { ORDER_STATES, type Money, type Order, type Shipment } from '../types.js';
import { isActiveAt } from './campaign-calendar.js';
import { CARRIERS, type CarrierId } from './carriers.js';
import { CONTENT_LANGUAGES } from './content-languages.js';
import { countsTowardsSpend } from './customer-history.js';
import { generateDemoStore } from './generate-demo-store.js';
import { TOPICS } from './help-centre/topics.js';
import { SHIPMENT_ANOMALIES, detectShipmentAnomaly } from './shipment-anomalies.js';
import { RETURN_RULES } from './store-rules.js';
import { TRACKING_VALIDATORS, detectTrackingFormat } from './tracking-numbers.js';

const now = new Date('2026-06-15T04:00:00Z');
const store = generateDemoStore({ seed: 42, now });
const shipmentsById = new Map(store.shipments.map((shipment) => [shipment.id, shipment]));
const productsById = new Map(store.products.map((product) => [product.id, product]));
const customersById = new Map(store.customers.map((customer) => [customer.id, customer]));
const time = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);
const DAY_MS = 86_400_000;

function shipmentsOf(order: Order): Shipment[] {
  return order.shipmentIds.map((id) => {
    const shipment = shipmentsById.get(id);
    if (!shipment) throw new Error(`${order.number} points at missing shipment ${id}`);
    return shipment;
  });
}

function ordersIn(state: Order['state']): Order[] {
  return store.orders.filter((order) => order.state === state);
}

describe('generateDemoStore', () => {
  it('gives the same store for the same seed and now, and another for another seed', () => {
    expect(generateDemoStore({ seed: 42, now })).toEqual(store);
    const other = generateDemoStore({ seed: 43, now });
    expect(other.orders.map((order) => order.total)).not.toEqual(store.orders.map((order) => order.total));
  });

  it('dates everything relative to now', () => {
    const later = generateDemoStore({ seed: 42, now: new Date(now.getTime() + 10 * DAY_MS) });
    const first = store.orders[0];
    const shifted = later.orders[0];
    expect(time(shifted?.placedAt) - time(first?.placedAt)).toBe(10 * DAY_MS);
  });

  it('describes the shop', () => {
    expect(store.shop.timezone).toBe('Asia/Singapore');
    expect(store.shop.defaultCurrency).toBe('USD');
    expect([...store.shop.currencies].sort()).toEqual(['EUR', 'IDR', 'JPY', 'MYR', 'PHP', 'SGD', 'THB', 'USD', 'VND']);
    const pattern = new RegExp(store.shop.orderNumberPattern);
    expect(pattern.source).toBe('^PD-\\d{6}$');
    for (const order of store.orders) expect(order.number).toMatch(pattern);
    expect(new Set(store.orders.map((order) => order.number)).size).toBe(store.orders.length);
  });

  it('sells at least 40 products, each with variants priced in every shop currency', () => {
    expect(store.products.length).toBeGreaterThanOrEqual(40);
    for (const product of store.products) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      for (const variant of product.variants) {
        expect(new Set([variant.price, ...variant.prices].map((price) => price.currency))).toEqual(new Set(store.shop.currencies));
      }
    }
  });

  it('has 300+ customers across every locale with valid mobile numbers and reserved e-mail domains', () => {
    expect(store.customers.length).toBeGreaterThanOrEqual(300);
    const languages = new Set(store.customers.map((customer) => customer.locale.split('-').slice(0, customer.locale.startsWith('zh') ? 2 : 1).join('-')));
    expect([...languages].sort()).toEqual(['ar', 'en', 'es', 'fil', 'id', 'ja', 'ko', 'ms', 'pt', 'th', 'vi', 'zh-Hans', 'zh-Hant']);
    for (const customer of store.customers) {
      const phone = parsePhoneNumberFromString(customer.phone);
      expect(phone?.isValid(), `${customer.phone} (${customer.country})`).toBe(true);
      expect(phone?.country).toBe(customer.country);
      expect(customer.phone).toMatch(/^\+\d{8,15}$/);
      expect(customer.email).toMatch(/^[a-z0-9._]+@example\.(com|net|org)$/);
    }
    expect(new Set(store.customers.map((customer) => customer.email)).size).toBe(store.customers.length);
  });

  it('keeps customer order counts, spend and VIP status in line with their orders', () => {
    const vips = store.customers.filter((customer) => customer.vip);
    expect(vips.length).toBeGreaterThan(10);
    expect(vips.length).toBeLessThan(store.customers.length / 3);
    for (const customer of store.customers) {
      const history = store.orders.filter((order) => order.customerId === customer.id);
      expect(customer.ordersCount).toBe(history.length);
      const spend = history.filter(countsTowardsSpend).reduce((sum, order) => sum + order.total.amountMinor, 0);
      expect(customer.lifetimeSpend.amountMinor).toBe(spend);
      for (const order of history) expect(order.currency).toBe(customer.lifetimeSpend.currency);
      if (history.length > 0) expect(time(customer.createdAt)).toBeLessThanOrEqual(Math.min(...history.map((order) => time(order.placedAt))));
      expect(customer.tags.includes('vip')).toBe(customer.vip);
    }
  });

  it('has at least 200 orders in every state', () => {
    for (const state of ORDER_STATES) expect(ordersIn(state).length, state).toBeGreaterThanOrEqual(200);
  });

  it('adds up every order', () => {
    for (const order of store.orders) {
      const amounts: Money[] = [order.subtotal, order.shippingFee, order.discount, order.tax, order.total, ...order.items.map((item) => item.unitPrice)];
      for (const amount of amounts) {
        expect(amount.currency).toBe(order.currency);
        expect(Number.isInteger(amount.amountMinor) && amount.amountMinor >= 0).toBe(true);
      }
      expect(order.total.amountMinor).toBe(order.subtotal.amountMinor + order.shippingFee.amountMinor + order.tax.amountMinor - order.discount.amountMinor);
      expect(order.subtotal.amountMinor).toBe(order.items.reduce((sum, item) => sum + item.unitPrice.amountMinor * item.quantity, 0));
      expect(order.discount.amountMinor).toBeLessThanOrEqual(order.subtotal.amountMinor);
      for (const item of order.items) {
        const variant = productsById.get(item.productId)?.variants.find((candidate) => candidate.id === item.variantId);
        expect(variant?.sku).toBe(item.sku);
      }
    }
    expect(store.orders.filter((order) => order.discount.amountMinor > 0).length).toBeGreaterThan(200);
    expect(store.orders.filter((order) => order.tax.amountMinor > 0).length).toBeGreaterThan(200);
  });

  it('sends each order to its customer', () => {
    for (const order of store.orders) {
      const customer = customersById.get(order.customerId);
      expect(customer?.email).toBe(order.email);
      expect(customer?.phone).toBe(order.phone);
      expect(order.shippingAddress.country).toBe(customer?.country);
    }
  });

  it('keeps each state’s timeline consistent', () => {
    for (const order of store.orders) {
      const placed = time(order.placedAt);
      expect(placed).toBeLessThanOrEqual(now.getTime());
      if (order.paidAt) expect(time(order.paidAt)).toBeGreaterThanOrEqual(placed);
      if (order.paidAt) expect(time(order.paidAt)).toBeLessThanOrEqual(now.getTime());
      expect(order.promisedDeliveryBy !== undefined, order.number).toBe(order.paidAt !== undefined && order.state !== 'cancelled');
      expect(order.cancelledAt !== undefined).toBe(order.state === 'cancelled');
      expect(order.deliveredAt !== undefined).toBe(order.state === 'delivered' || order.state === 'closed');
      switch (order.state) {
        case 'unpaid':
          expect(order.paidAt).toBeUndefined();
          expect(order.shipmentIds).toEqual([]);
          break;
        case 'awaiting_group_buy':
          expect(order.paidAt).toBeDefined();
          expect(order.shipmentIds).toEqual([]);
          expect(order.items.every((item) => productsById.get(item.productId)?.tags.includes('group-buy'))).toBe(true);
          expect(now.getTime() - time(order.paidAt)).toBeLessThan(48 * 3_600_000);
          break;
        case 'paid':
          expect(order.shipmentIds).toEqual([]);
          break;
        case 'packed':
          expect(shipmentsOf(order).every((shipment) => shipment.status === 'label_created')).toBe(true);
          break;
        case 'cancelled':
          expect(order.shipmentIds).toEqual([]);
          expect(time(order.cancelledAt)).toBeLessThanOrEqual(now.getTime());
          expect(time(order.cancelledAt)).toBeGreaterThan(placed);
          break;
        case 'delivered':
          expect(now.getTime() - time(order.deliveredAt)).toBeLessThanOrEqual(RETURN_RULES.windowDays * DAY_MS);
          expect(shipmentsOf(order).every((shipment) => shipment.status === 'delivered')).toBe(true);
          break;
        case 'closed':
          expect(now.getTime() - time(order.deliveredAt)).toBeGreaterThan(RETURN_RULES.vipWindowDays * DAY_MS);
          expect(shipmentsOf(order).every((shipment) => shipment.status === 'delivered')).toBe(true);
          break;
        case 'partially_shipped':
        case 'shipped':
          expect(shipmentsOf(order).some((shipment) => shipment.status !== 'label_created')).toBe(true);
          break;
      }
    }
  });

  it('ships exactly the quantities the state says', () => {
    for (const order of store.orders) {
      const shippedUnits = order.items.reduce((sum, item) => sum + item.shippedQuantity, 0);
      const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
      for (const item of order.items) expect(item.shippedQuantity).toBeLessThanOrEqual(item.quantity);
      if (['shipped', 'delivered', 'closed'].includes(order.state)) expect(shippedUnits, order.number).toBe(units);
      else if (order.state === 'partially_shipped') {
        expect(shippedUnits).toBeGreaterThan(0);
        expect(shippedUnits).toBeLessThan(units);
      } else expect(shippedUnits).toBe(0);
      // A line has shipped exactly when a parcel that has left the warehouse carries it.
      const carried = new Set(shipmentsOf(order).filter((shipment) => shipment.status !== 'label_created').flatMap((shipment) => shipment.itemIds));
      for (const item of order.items) expect(carried.has(item.id), `${order.number} ${item.id}`).toBe(item.shippedQuantity > 0);
    }
  });

  it('issues a valid tracking number on every parcel, with scans oldest first', () => {
    for (const shipment of store.shipments) {
      const format = CARRIERS[shipment.carrier as CarrierId].format;
      expect(TRACKING_VALIDATORS[format](shipment.trackingNumber), `${shipment.carrier} ${shipment.trackingNumber}`).toBe(true);
      expect(detectTrackingFormat(shipment.trackingNumber)).toBe(format);
      const times = shipment.events.map((event) => time(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(shipment.status).toBe(shipment.events[shipment.events.length - 1]?.status);
      expect(shipment.shippedAt).toBe(shipment.events[0]?.at);
      expect(shipment.deliveredAt).toBe(shipment.events.find((event) => event.status === 'delivered')?.at);
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
      for (const event of shipment.events) expect(event.description).toMatch(/^[\x20-\x7e’]+$/);
    }
    expect(new Set(store.shipments.map((shipment) => shipment.carrier))).toEqual(new Set(Object.keys(CARRIERS)));
  });

  it('clears customs on every cross-border delivery', () => {
    for (const order of store.orders.filter((candidate) => candidate.shippingAddress.country !== 'SG')) {
      for (const shipment of shipmentsOf(order).filter((candidate) => candidate.status === 'delivered')) {
        expect(shipment.events.some((event) => event.status === 'in_customs'), shipment.id).toBe(true);
      }
    }
  });

  it('plants every kind of parcel trouble, and tags customers who dispute a delivery', () => {
    const counts = new Map<string, number>();
    for (const shipment of store.shipments) {
      const anomaly = detectShipmentAnomaly(shipment, now);
      if (anomaly) counts.set(anomaly, (counts.get(anomaly) ?? 0) + 1);
    }
    for (const anomaly of SHIPMENT_ANOMALIES) expect(counts.get(anomaly) ?? 0, anomaly).toBeGreaterThanOrEqual(8);
    const disputed = store.shipments.filter((shipment) => detectShipmentAnomaly(shipment, now) === 'delivered_disputed');
    for (const shipment of disputed) {
      const order = store.orders.find((candidate) => candidate.id === shipment.orderId);
      expect(order?.state).toBe('delivered');
      expect(customersById.get(order?.customerId ?? '')?.tags).toContain('delivery-dispute');
    }
  });

  it('only uses coupon codes that exist, were live, and were allowed for that customer', () => {
    const coupons = new Map(store.coupons.map((coupon) => [coupon.code, coupon]));
    const used = new Map<string, number>();
    const chronological = [...store.orders].sort((a, b) => time(a.placedAt) - time(b.placedAt));
    const firstOrder = new Map<string, string>();
    for (const order of chronological) if (!firstOrder.has(order.customerId)) firstOrder.set(order.customerId, order.id);
    for (const order of chronological) {
      for (const code of order.couponCodes) {
        const coupon = coupons.get(code);
        expect(coupon, code).toBeDefined();
        if (!coupon) continue;
        expect(isActiveAt(coupon, new Date(order.placedAt))).toBe(true);
        if (coupon.firstOrderOnly) expect(firstOrder.get(order.customerId)).toBe(order.id);
        const key = `${order.customerId}:${code}`;
        used.set(key, (used.get(key) ?? 0) + 1);
        expect(used.get(key)).toBeLessThanOrEqual(coupon.usageLimitPerCustomer);
      }
      if (order.couponCodes.length === 2) {
        const [a, b] = order.couponCodes.map((code) => coupons.get(code));
        expect(a?.stackableWithCoupons).toContain(b?.code);
      }
    }
    expect(store.orders.filter((order) => order.couponCodes.length > 0).length).toBeGreaterThan(100);
  });

  it('runs promotions and codes that are live, over and still to come', () => {
    const phase = (window: { startsAt: string; endsAt: string }) =>
      (time(window.endsAt) < now.getTime() ? 'expired' : time(window.startsAt) > now.getTime() ? 'upcoming' : 'active');
    for (const list of [store.promotions, store.coupons]) {
      expect(new Set(list.map(phase))).toEqual(new Set(['active', 'expired', 'upcoming']));
    }
    expect(new Set(store.promotions.map((promotion) => promotion.kind))).toEqual(new Set(['threshold', 'percent', 'free_shipping', 'bundle']));
    for (const promotion of store.promotions) for (const language of CONTENT_LANGUAGES) expect(promotion.name[language]).toBeTruthy();
  });

  it('writes a return policy that matches the catalog, in every content language', () => {
    const policy = store.returnPolicy;
    for (const category of policy.nonReturnableCategories) {
      const inCategory = store.products.filter((product) => product.category === category);
      expect(inCategory.length).toBeGreaterThan(0);
      expect(inCategory.every((product) => !product.returnable)).toBe(true);
    }
    for (const language of CONTENT_LANGUAGES) {
      const text = policy.text[language] ?? '';
      for (const number of [policy.windowDays, policy.vipWindowDays, policy.exchangeWindowDays, policy.refundDays]) expect(text).toContain(String(number));
      expect(text).toContain('US$300');
    }
  });

  it('answers every help topic in every content language, quoting the same numbers', () => {
    const languages = new Set(store.articles.map((article) => article.language));
    expect(languages.size).toBeGreaterThanOrEqual(6);
    for (const language of CONTENT_LANGUAGES) {
      const articles = store.articles.filter((article) => article.language === language);
      expect(articles.length).toBeGreaterThanOrEqual(12);
      expect(new Set(articles.map((article) => article.tags[1]))).toEqual(new Set(TOPICS));
      // Chinese says in 60 characters what takes 150 in the alphabetic languages.
      const minimumLength = language === 'zh-Hans' ? 60 : 150;
      for (const article of articles) expect(article.body.length, article.id).toBeGreaterThan(minimumLength);
      const body = (topic: string) => articles.find((article) => article.id === `kb_${topic}_${language}`)?.body ?? '';
      expect(body('shipping-fees')).toContain('US$79');
      expect(body('shipping-fees')).toContain('US$14.90');
      expect(body('returns-how-to')).toContain(String(RETURN_RULES.windowDays));
      expect(body('returns-how-to')).toContain('US$6.90');
      expect(body('exchanges')).toContain(String(RETURN_RULES.exchangeWindowDays));
      expect(body('refund-timing')).toContain(String(RETURN_RULES.refundDays));
      expect(body('tracking-help')).toContain('6');
      expect(body('coupons-promotions')).toContain('WELCOME10');
    }
    expect(new Set(store.articles.map((article) => article.id)).size).toBe(store.articles.length);
  });
});
