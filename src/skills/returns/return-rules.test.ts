import { describe, expect, it } from 'vitest';
import type { Customer, Order, Product, ReturnPolicy } from '../../commerce/types.js';
import { decideReturn, type ReturnCase } from './return-rules.js';

const DAY = 86_400_000;
const now = Date.parse('2026-12-07T00:00:00Z');
const usd = (d: number) => ({ amountMinor: d * 100, currency: 'USD' });
const policy: ReturnPolicy = {
  windowDays: 30, vipWindowDays: 60, exchangeWindowDays: 45, nonReturnableCategories: ['beauty', 'underwear'], conditions: [],
  restockingFeePercent: 0, freeReturnShipping: false, refundDays: 7, manualApprovalAbove: usd(300), returnLabelFee: usd(6.9), text: {},
};
const product = (category: string, price = 50): Product => ({
  id: 'p', handle: 'p', title: { en: 'P' }, description: {}, category, brand: 'b', attributes: {}, tags: [], optionNames: [], returnable: true, url: '/p',
  variants: [{ id: 'v', sku: 'v', productId: 'p', options: {}, price: usd(price), prices: [], stock: 1 }],
});
const order = (deliveredDaysAgo: number | undefined, state: Order['state'] = 'delivered'): Order => ({
  id: 'o', number: 'PD-1', customerId: 'c', email: 'a@b.co', phone: '+65', state, currency: 'EUR', items: [], subtotal: usd(1), shippingFee: usd(0),
  discount: usd(0), tax: usd(0), total: usd(1), couponCodes: [], paymentMethod: 'card', placedAt: '2026-01-01T00:00:00Z',
  ...(deliveredDaysAgo !== undefined ? { deliveredAt: new Date(now - deliveredDaysAgo * DAY).toISOString() } : {}),
  shippingAddress: { name: 'n', line1: 'l', city: 'c', postalCode: '1', country: 'SG' }, shipmentIds: [],
});
const customer = (over: Partial<Customer> = {}): Customer => ({
  id: 'c', name: 'n', email: 'a@b.co', phone: '', locale: 'en', country: 'SG', vip: false, tags: [], createdAt: '', lifetimeSpend: usd(0), ordersCount: 4, returnsCount: 0, ...over,
});
function base(over: Partial<ReturnCase> = {}): ReturnCase {
  return {
    kind: 'return', order: order(10), product: product('apparel'), policy, customer: customer(), reason: 'size', condition: 'unused', now,
    item: { id: 'i', productId: 'p', variantId: 'v', title: 'P', sku: 'v', quantity: 1, unitPrice: { amountMinor: 4600, currency: 'EUR' }, shippedQuantity: 1 },
    ...over,
  };
}

describe('decideReturn', () => {
  it('approves an unworn item inside the window; the shopper pays the label unless it is our fault or they are VIP', () => {
    expect(decideReturn(base())).toEqual({ outcome: 'approve', freeLabel: false, daysSinceDelivery: 10, window: 30 });
    expect(decideReturn(base({ reason: 'faulty', condition: undefined }))).toMatchObject({ outcome: 'approve', freeLabel: true });
    expect(decideReturn(base({ customer: customer({ vip: true }) }))).toMatchObject({ outcome: 'approve', freeLabel: true, window: 60 });
  });

  it('denies past the window, with the days; VIPs and exchanges get longer', () => {
    expect(decideReturn(base({ order: order(31) }))).toEqual({ outcome: 'deny', why: 'window_passed', daysSinceDelivery: 31, window: 30 });
    expect(decideReturn(base({ order: order(40), kind: 'exchange' })).outcome).toBe('approve');
    expect(decideReturn(base({ order: order(50), customer: customer({ vip: true }) })).outcome).toBe('approve');
  });

  it('sends faulty items past the window but within the defect period to a person', () => {
    expect(decideReturn(base({ order: order(60), reason: 'faulty' }))).toEqual({ outcome: 'human', why: 'warranty' });
    expect(decideReturn(base({ order: order(120), reason: 'faulty' })).outcome).toBe('deny');
  });

  it('keeps hygiene categories and worn items out of change-of-mind returns', () => {
    expect(decideReturn(base({ product: product('underwear') }))).toMatchObject({ outcome: 'deny', why: 'non_returnable' });
    expect(decideReturn(base({ product: product('underwear'), reason: 'wrong_item' })).outcome).toBe('approve');
    expect(decideReturn(base({ condition: 'used' }))).toMatchObject({ outcome: 'deny', why: 'condition' });
    expect(decideReturn(base({ condition: undefined }))).toEqual({ outcome: 'ask_condition' });
  });

  it('denies orders not delivered yet', () => {
    expect(decideReturn(base({ order: order(undefined, 'shipped') }))).toMatchObject({ outcome: 'deny', why: 'not_delivered' });
  });

  it('sends high-value items and frequent returners to a person', () => {
    expect(decideReturn(base({ product: product('apparel', 320) }))).toEqual({ outcome: 'human', why: 'value' });
    expect(decideReturn(base({ customer: customer({ returnsCount: 3, ordersCount: 4 }) }))).toEqual({ outcome: 'human', why: 'history' });
    expect(decideReturn(base({ customer: customer({ returnsCount: 3, ordersCount: 10 }) })).outcome).toBe('approve');
  });
});
