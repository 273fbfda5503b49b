// Checks checkout arithmetic: shelf prices, shipping, tax, promotions, bundles and coupon rules.
import { describe, expect, it } from 'vitest';
import type { Coupon, Promotion } from '../types.js';
import { buildCatalog } from './catalog/build-catalog.js';
import { buildCoupons } from './coupons.js';
import { usd } from './currencies.js';
import { priceCart, type CartLine, type PricingRequest } from './order-pricing.js';
import { buildPromotions } from './promotions.js';
import { createRandom } from './random.js';

const products = buildCatalog(createRandom(1));
const now = new Date('2026-06-15T04:00:00Z');
const promotions = buildPromotions(now, products);
const coupons = buildCoupons(now, products);

function line(handle: string, quantity = 1, variantIndex = 0): CartLine {
  const product = products.find((candidate) => candidate.handle === handle);
  const variant = product?.variants[variantIndex];
  if (!product || !variant) throw new Error(`no ${handle}`);
  return { product, variant, quantity };
}

function request(overrides: Partial<PricingRequest>): PricingRequest {
  return {
    lines: [], currency: 'USD', country: 'US', method: 'standard', at: now, couponCodes: [], firstOrder: false,
    promotions: [], coupons: [], ...overrides,
  };
}

describe('priceCart', () => {
  it('charges shelf price, zone shipping and Singapore GST', () => {
    const priced = priceCart(request({ lines: [line('linen-camp-collar-shirt')], currency: 'SGD', country: 'SG' }));
    expect(priced.subtotal).toEqual({ amountMinor: 7890, currency: 'SGD' });
    expect(priced.shippingFee).toEqual({ amountMinor: 390, currency: 'SGD' });
    // 9% of (78.90 + 3.90) = 7.452 → 7.45.
    expect(priced.tax).toEqual({ amountMinor: 745, currency: 'SGD' });
    expect(priced.total.amountMinor).toBe(7890 + 390 + 745);
  });

  it('adds no tax where the recipient pays duties on arrival', () => {
    const priced = priceCart(request({ lines: [line('linen-camp-collar-shirt')], country: 'US' }));
    expect(priced.tax.amountMinor).toBe(0);
    expect(priced.shippingFee).toEqual(usd(14.9));
  });

  it('ships free at the threshold, but never express', () => {
    const freeShipping = promotions.filter((promotion) => promotion.id === 'promo_free_shipping');
    const cart = [line('linen-midi-dress')];
    expect(priceCart(request({ lines: cart, promotions: freeShipping })).shippingFee.amountMinor).toBe(0);
    expect(priceCart(request({ lines: cart, promotions: freeShipping, method: 'express' })).shippingFee).toEqual(usd(29.9));
    expect(priceCart(request({ lines: [line('linen-camp-collar-shirt')], promotions: freeShipping })).shippingFee.amountMinor).toBeGreaterThan(0);
  });

  it('gives the cheapest of every three socks free', () => {
    const bundle = promotions.filter((promotion) => promotion.id === 'promo_socks_bundle');
    const priced = priceCart(request({ lines: [line('cotton-crew-socks-3-pack', 2), line('merino-hiking-socks', 1)], promotions: bundle }));
    expect(priced.discount).toEqual(usd(16));
    expect(priced.promotionIds).toEqual(['promo_socks_bundle']);
  });

  it('applies the welcome code only to a first order above its minimum', () => {
    const cart = [line('linen-camp-collar-shirt')];
    expect(priceCart(request({ lines: cart, coupons, couponCodes: ['WELCOME10'], firstOrder: true })).couponCodes).toEqual(['WELCOME10']);
    expect(priceCart(request({ lines: cart, coupons, couponCodes: ['WELCOME10'], firstOrder: false })).couponCodes).toEqual([]);
    expect(priceCart(request({ lines: [line('pandan-lip-balm')], coupons, couponCodes: ['WELCOME10'], firstOrder: true })).couponCodes).toEqual([]);
  });

  it('stacks only codes that name each other', () => {
    const cart = [line('linen-camp-collar-shirt')];
    const both = priceCart(request({ lines: cart, coupons, couponCodes: ['WELCOME10', 'FREESHIP40'], firstOrder: true }));
    expect(both.couponCodes).toEqual(['WELCOME10', 'FREESHIP40']);
    expect(both.shippingFee.amountMinor).toBe(0);
    expect(both.discount).toEqual(usd(5.8));
    const clash = priceCart(request({ lines: cart, coupons, couponCodes: ['HARBOUR5', 'SORRY10'] }));
    expect(clash.couponCodes).toEqual(['HARBOUR5']);
  });

  it('ignores codes outside their dates', () => {
    const cart = [line('tidewell-anc-earbuds')];
    expect(priceCart(request({ lines: cart, coupons, couponCodes: ['GADGET15'] })).couponCodes).toEqual([]);
    expect(priceCart(request({ lines: cart, coupons, couponCodes: ['RAINYDAY10'] })).couponCodes).toEqual([]);
  });

  it('keeps the better of a sale that refuses coupons and the shopper’s code', () => {
    const sale: Promotion = {
      id: 'sale', name: { en: 'Sale' }, kind: 'percent', percentOff: 30, appliesTo: [], excludes: [],
      stackableWithCoupons: false, stackableWithPromotions: true, startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z',
    };
    const small: Coupon = {
      code: 'SMALL', kind: 'fixed', amountOff: usd(2), appliesTo: [], excludes: [], stackableWithPromotions: true,
      stackableWithCoupons: [], startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z', usageLimitPerCustomer: 1, firstOrderOnly: false,
    };
    const priced = priceCart(request({ lines: [line('linen-camp-collar-shirt')], promotions: [sale], coupons: [small], couponCodes: ['SMALL'] }));
    expect(priced.couponCodes).toEqual([]);
    expect(priced.promotionIds).toEqual(['sale']);
    expect(priced.discount).toEqual(usd(17.4));
  });

  it('converts thresholds and amounts off to round local figures', () => {
    const threshold: Promotion = {
      id: 't', name: { en: 'T' }, kind: 'threshold', minSpend: usd(200), amountOff: usd(30), appliesTo: [], excludes: [],
      stackableWithCoupons: true, stackableWithPromotions: true, startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z',
    };
    const priced = priceCart(request({ lines: [line('stonewashed-linen-duvet-cover', 2)], currency: 'IDR', country: 'ID', promotions: [threshold] }));
    expect(priced.discount).toEqual({ amountMinor: 480_000, currency: 'IDR' });
  });
});
