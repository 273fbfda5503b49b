// Prices a cart the way the demo shop's checkout does: shelf prices in the order currency, the best
// allowed mix of automatic promotions and coupons, free-shipping thresholds, and checkout tax.
import type { Coupon, Money, Product, Promotion, Variant } from '../types.js';
import { isActiveAt } from './campaign-calendar.js';
import { localAmount, money, shelfPrice } from './currencies.js';
import { GROUP_BUY } from './promotions.js';
import { checkoutTaxRate, zoneOf, type ShippingMethod } from './shipping-zones.js';

export interface CartLine {
  product: Product;
  variant: Variant;
  quantity: number;
}

export interface PricingRequest {
  lines: readonly CartLine[];
  currency: string;
  /** Destination country: decides the shipping zone and checkout tax. */
  country: string;
  method: ShippingMethod;
  at: Date;
  /** Codes the shopper typed; invalid or losing ones are left out of the result. */
  couponCodes: readonly string[];
  /** The shopper has never had an order before (welcome codes). */
  firstOrder: boolean;
  /** The order joins a group buy: group-buy items get the group discount. */
  groupBuy?: boolean;
  promotions: readonly Promotion[];
  coupons: readonly Coupon[];
}

export interface PricedCart {
  unitPrices: Money[];
  subtotal: Money;
  shippingFee: Money;
  discount: Money;
  tax: Money;
  total: Money;
  promotionIds: string[];
  couponCodes: string[];
}

export function unitPriceIn(variant: Variant, currency: string): Money {
  if (variant.price.currency === currency) return variant.price;
  const price = variant.prices.find((candidate) => candidate.currency === currency);
  if (!price) throw new Error(`${variant.sku} has no price in ${currency}`);
  return price;
}

/** A USD amount in the order currency, as the shop advertises it locally. */
function inCurrency(amount: Money, currency: string): number {
  return amount.currency === currency ? amount.amountMinor : localAmount(amount, currency).amountMinor;
}

interface PricedLine {
  line: CartLine;
  unit: number;
}

/** Rules name categories or product ids; a line matches through either. */
function matches(line: CartLine, appliesTo: readonly string[], excludes: readonly string[]): boolean {
  const { category, id } = line.product;
  if (excludes.includes(category) || excludes.includes(id)) return false;
  return appliesTo.length === 0 || appliesTo.includes(category) || appliesTo.includes(id);
}

function eligibleSubtotal(lines: readonly PricedLine[], appliesTo: readonly string[], excludes: readonly string[]): number {
  let sum = 0;
  for (const { line, unit } of lines) if (matches(line, appliesTo, excludes)) sum += unit * line.quantity;
  return sum;
}

/** What a non-shipping promotion takes off this cart, 0 when it does not apply. */
function promotionValue(promotion: Promotion, lines: readonly PricedLine[], currency: string): number {
  const eligible = eligibleSubtotal(lines, promotion.appliesTo, promotion.excludes);
  switch (promotion.kind) {
    case 'threshold':
      if (!promotion.minSpend || !promotion.amountOff) return 0;
      return eligible >= inCurrency(promotion.minSpend, currency) ? inCurrency(promotion.amountOff, currency) : 0;
    case 'percent':
      return Math.round((eligible * (promotion.percentOff ?? 0)) / 100);
    case 'bundle': {
      // Buy N get M: in every group of N + M eligible units, the cheapest M are free.
      const buy = promotion.buyQuantity ?? 0;
      const get = promotion.getQuantity ?? 0;
      const units = lines.filter(({ line }) => matches(line, promotion.appliesTo, promotion.excludes))
        .flatMap(({ line, unit }) => Array.from({ length: line.quantity }, () => unit))
        .sort((a, b) => a - b);
      const free = buy + get > 0 ? Math.floor(units.length / (buy + get)) * get : 0;
      return units.slice(0, free).reduce((sum, unit) => sum + unit, 0);
    }
    case 'free_shipping':
      return 0;
  }
}

const canStack = (a: Promotion, b: Promotion): boolean => a.stackableWithPromotions && b.stackableWithPromotions;

interface Offer {
  promotionIds: string[];
  discount: number;
  freeShipping: boolean;
}

/** Greedy: the biggest promotion first, then any others allowed to stack with everything chosen. */
function bestPromotions(promotions: readonly Promotion[], lines: readonly PricedLine[], subtotal: number, request: PricingRequest, extraDiscount: number): Offer {
  const chosen: Promotion[] = [];
  let discount = 0;
  const valued = promotions.filter((promotion) => promotion.kind !== 'free_shipping')
    .map((promotion) => ({ promotion, value: promotionValue(promotion, lines, request.currency) }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value);
  for (const { promotion, value } of valued) {
    if (chosen.every((other) => canStack(other, promotion))) {
      chosen.push(promotion);
      discount += value;
    }
  }
  // Free shipping is judged on what the shopper pays for the goods, after every discount.
  let freeShipping = false;
  for (const promotion of promotions.filter((candidate) => candidate.kind === 'free_shipping')) {
    const threshold = promotion.minSpend ? inCurrency(promotion.minSpend, request.currency) : 0;
    if (request.method === 'standard' && subtotal - discount - extraDiscount >= threshold && chosen.every((other) => canStack(other, promotion))) {
      chosen.push(promotion);
      freeShipping = true;
    }
  }
  return { promotionIds: chosen.map((promotion) => promotion.id), discount, freeShipping };
}

function usableCoupons(request: PricingRequest, lines: readonly PricedLine[]): Coupon[] {
  const usable: Coupon[] = [];
  for (const code of request.couponCodes) {
    const coupon = request.coupons.find((candidate) => candidate.code === code);
    if (!coupon || !isActiveAt(coupon, request.at)) continue;
    if (coupon.firstOrderOnly && !request.firstOrder) continue;
    const eligible = eligibleSubtotal(lines, coupon.appliesTo, coupon.excludes);
    if (eligible === 0) continue;
    if (coupon.minSpend && eligible < inCurrency(coupon.minSpend, request.currency)) continue;
    if (coupon.kind === 'free_shipping' && request.method !== 'standard') continue;
    if (!usable.every((other) => other.stackableWithCoupons.includes(coupon.code) && coupon.stackableWithCoupons.includes(other.code))) continue;
    usable.push(coupon);
  }
  return usable;
}

function couponValue(coupon: Coupon, lines: readonly PricedLine[], currency: string): number {
  const eligible = eligibleSubtotal(lines, coupon.appliesTo, coupon.excludes);
  if (coupon.kind === 'percent') return Math.round((eligible * (coupon.percentOff ?? 0)) / 100);
  if (coupon.kind === 'fixed' && coupon.amountOff) return Math.min(inCurrency(coupon.amountOff, currency), eligible);
  return 0;
}

export function priceCart(request: PricingRequest): PricedCart {
  const { currency } = request;
  const lines: PricedLine[] = request.lines.map((line) => ({ line, unit: unitPriceIn(line.variant, currency).amountMinor }));
  const subtotal = lines.reduce((sum, { line, unit }) => sum + unit * line.quantity, 0);
  const fee = shelfPrice(zoneOf(request.country).fee[request.method], currency).amountMinor;
  const groupDiscount = request.groupBuy
    ? Math.round((lines.filter(({ line }) => line.product.tags.includes('group-buy'))
      .reduce((sum, { line, unit }) => sum + unit * line.quantity, 0) * GROUP_BUY.percentOff) / 100)
    : 0;
  const active = request.promotions.filter((promotion) => isActiveAt(promotion, request.at));

  const withoutCoupons = bestPromotions(active, lines, subtotal, request, groupDiscount);
  let offer = { ...withoutCoupons, couponCodes: [] as string[], couponDiscount: 0, couponFreeShipping: false };

  const coupons = usableCoupons(request, lines);
  if (coupons.length > 0) {
    const allowed = active.filter((promotion) => promotion.stackableWithCoupons && coupons.every((coupon) => coupon.stackableWithPromotions));
    const couponDiscount = coupons.reduce((sum, coupon) => sum + couponValue(coupon, lines, currency), 0);
    const promos = bestPromotions(allowed, lines, subtotal, request, groupDiscount + couponDiscount);
    const couponFreeShipping = coupons.some((coupon) => coupon.kind === 'free_shipping');
    const saving = (candidate: { discount: number; freeShipping: boolean }, extra: number, freeByCoupon: boolean) =>
      candidate.discount + extra + (candidate.freeShipping || freeByCoupon ? fee : 0);
    // Checkout keeps whichever gives the shopper more: their codes or the automatic promotions alone.
    if (saving(promos, couponDiscount, couponFreeShipping) >= saving(withoutCoupons, 0, false)) {
      offer = { ...promos, couponCodes: coupons.map((coupon) => coupon.code), couponDiscount, couponFreeShipping };
    }
  }

  const discount = Math.min(subtotal, offer.discount + offer.couponDiscount + groupDiscount);
  const shippingFee = offer.freeShipping || offer.couponFreeShipping ? 0 : fee;
  const tax = Math.round((subtotal - discount + shippingFee) * checkoutTaxRate(request.country));
  return {
    unitPrices: lines.map(({ unit }) => money(unit, currency)),
    subtotal: money(subtotal, currency),
    shippingFee: money(shippingFee, currency),
    discount: money(discount, currency),
    tax: money(tax, currency),
    total: money(subtotal + shippingFee + tax - discount, currency),
    promotionIds: offer.promotionIds,
    couponCodes: offer.couponCodes,
  };
}
