import { describe, expect, it } from 'vitest';
import type { Coupon, Product, Promotion } from '../../commerce/types.js';
import { bestOffer, checkCoupon, type CartLine } from './best-offer.js';

const usd = (dollars: number) => ({ amountMinor: Math.round(dollars * 100), currency: 'USD' });
const at = Date.parse('2026-12-07T04:00:00Z');
const open = { startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z' };
function line(category: string, price: number, quantity = 1, id = `p-${category}-${price}`): CartLine {
  const product = { id, handle: id, title: { en: id }, description: {}, category, brand: 'b', attributes: {}, tags: [], optionNames: [], variants: [], returnable: true, url: '/' } as Product;
  return { product, variant: { id: `v-${id}`, sku: id, productId: id, options: {}, price: usd(price), prices: [], stock: 9 }, quantity };
}
const promo = (over: Partial<Promotion>): Promotion => ({
  id: 'p', name: { en: 'p' }, kind: 'threshold', appliesTo: [], excludes: [], stackableWithCoupons: true, stackableWithPromotions: true, ...open, ...over,
});
const coupon = (over: Partial<Coupon>): Coupon => ({
  code: 'C', kind: 'fixed', appliesTo: [], excludes: [], stackableWithPromotions: true, stackableWithCoupons: [], usageLimitPerCustomer: 1, firstOrderOnly: false, ...open, ...over,
});

describe('bestOffer', () => {
  it('applies "200 off 30" only from the threshold, on eligible items', () => {
    const rule = promo({ id: '200-30', minSpend: usd(200), amountOff: usd(30), excludes: ['gift_cards'] });
    expect(bestOffer([line('apparel', 150)], [rule], [], at).discount).toBe(0);
    expect(bestOffer([line('apparel', 150), line('gift_cards', 100)], [rule], [], at).discount).toBe(0);
    expect(bestOffer([line('apparel', 120), line('shoes', 90)], [rule], [], at).discount).toBe(3000);
  });

  it('finds the best allowed combination where a greedy pick would not', () => {
    // The 20% sale refuses coupons; two stacking codes together beat it.
    const sale = promo({ id: 'sale', kind: 'percent', percentOff: 20, stackableWithCoupons: false });
    const a = coupon({ code: 'A', amountOff: usd(15), stackableWithCoupons: ['B'] });
    const b = coupon({ code: 'B', amountOff: usd(14), stackableWithCoupons: ['A'] });
    const offer = bestOffer([line('apparel', 100)], [sale], [a, b], at);
    expect(offer.coupons.map((c) => c.code).sort()).toEqual(['A', 'B']);
    expect(offer.promotions).toEqual([]);
    expect(offer.discount).toBe(2900);
  });

  it("stacks coupons that combine with any code ('*') only with coupons that allow it too", () => {
    const anyA = coupon({ code: 'A', amountOff: usd(10), stackableWithCoupons: ['*'] });
    const anyB = coupon({ code: 'B', amountOff: usd(8), stackableWithCoupons: ['*'] });
    const alone = coupon({ code: 'C', amountOff: usd(9), stackableWithCoupons: [] });
    expect(bestOffer([line('home', 100)], [], [anyA, anyB, alone], at).coupons.map((c) => c.code).sort()).toEqual(['A', 'B']);
    expect(bestOffer([line('home', 100)], [], [anyA, alone], at).coupons.map((c) => c.code)).toEqual(['A']);
  });

  it('never combines coupons that do not name each other, nor promotions that refuse to stack', () => {
    const a = coupon({ code: 'A', amountOff: usd(10) });
    const b = coupon({ code: 'B', amountOff: usd(8), stackableWithCoupons: ['A'] });
    expect(bestOffer([line('home', 100)], [], [a, b], at).coupons.map((c) => c.code)).toEqual(['A']);
    const p1 = promo({ id: 'p1', kind: 'percent', percentOff: 10, stackableWithPromotions: false });
    const p2 = promo({ id: 'p2', kind: 'percent', percentOff: 5 });
    expect(bestOffer([line('home', 100)], [p1, p2], [], at).promotions.map((p) => p.id)).toEqual(['p1']);
  });

  it('ignores rules outside their window and counts buy-2-get-1 on the cheapest unit', () => {
    const ended = promo({ id: 'old', kind: 'percent', percentOff: 50, startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-11-02T00:00:00Z' });
    expect(bestOffer([line('home', 100)], [ended], [], at).discount).toBe(0);
    const socks = promo({ id: 'socks', kind: 'bundle', buyQuantity: 2, getQuantity: 1, appliesTo: ['socks'] });
    expect(bestOffer([line('socks', 12, 2, 'a'), line('socks', 9, 1, 'b')], [socks], [], at).discount).toBe(900);
  });

  it('prefers free shipping when no money comes off', () => {
    const ship = promo({ id: 'ship', kind: 'free_shipping', minSpend: usd(79) });
    expect(bestOffer([line('bags', 80)], [ship], [], at)).toMatchObject({ discount: 0, freeShipping: true });
  });
});

describe('checkCoupon', () => {
  const lines = [line('apparel', 60)];
  it('tells unknown, expired, not started, first order, wrong items and spend-more apart', () => {
    expect(checkCoupon('NOPE', [], lines, at, undefined).kind).toBe('unknown');
    expect(checkCoupon('old', [coupon({ code: 'OLD', endsAt: '2026-12-01T00:00:00Z' })], lines, at, undefined).kind).toBe('expired');
    expect(checkCoupon('NEW', [coupon({ code: 'NEW', startsAt: '2026-12-20T00:00:00Z' })], lines, at, undefined).kind).toBe('not_started');
    expect(checkCoupon('W', [coupon({ code: 'W', firstOrderOnly: true })], lines, at, false).kind).toBe('first_order');
    expect(checkCoupon('H', [coupon({ code: 'H', appliesTo: ['home'] })], lines, at, undefined).kind).toBe('not_eligible');
    expect(checkCoupon('M', [coupon({ code: 'M', minSpend: usd(100) })], lines, at, undefined)).toMatchObject({ kind: 'min_spend', missing: usd(40) });
    expect(checkCoupon('M', [coupon({ code: 'M', minSpend: usd(50) })], lines, at, undefined).kind).toBe('ok');
  });
});
