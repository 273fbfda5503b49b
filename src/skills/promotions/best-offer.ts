// The best the shopper can get on a cart from the merchant's campaign rules: automatic promotions
// (threshold "200 off 30", percent, buy-N-get-M, free shipping) and coupon codes, each with its
// window, categories, exclusions and stacking rules. Every allowed combination is tried (a shop runs
// a handful of promotions and codes at once, so the search is small) and the largest saving wins,
// which a greedy pick can miss when a big non-stacking offer blocks two smaller stacking ones.
import type { Coupon, Money, Product, Promotion, Variant } from '../../commerce/types.js';

export interface CartLine {
  product: Product;
  variant: Variant;
  quantity: number;
}

export interface Offer {
  promotions: Promotion[];
  coupons: Coupon[];
  /** Minor units of the cart currency. */
  discount: number;
  freeShipping: boolean;
  subtotal: number;
  currency: string;
}

export type CouponCheck =
  | { kind: 'ok'; coupon: Coupon }
  | { kind: 'unknown' }
  | { kind: 'expired'; coupon: Coupon }
  | { kind: 'not_started'; coupon: Coupon }
  | { kind: 'min_spend'; coupon: Coupon; missing: Money }
  | { kind: 'not_eligible'; coupon: Coupon }
  | { kind: 'first_order'; coupon: Coupon };

/** Beyond this many candidates the search keeps the most valuable ones (2^12 combinations). */
const MAX_CANDIDATES = 12;

export function isActive(window: { startsAt: string; endsAt: string }, at: number): boolean {
  return Date.parse(window.startsAt) <= at && at < Date.parse(window.endsAt);
}

function unitPrice(line: CartLine, currency: string): number {
  if (line.variant.price.currency === currency) return line.variant.price.amountMinor;
  return line.variant.prices.find((p) => p.currency === currency)?.amountMinor ?? 0;
}

/** A rule's scope entry names the product's category, the product, or a collection it is in ("collection:<handle>"). */
function names(entry: string, product: CartLine['product']): boolean {
  if (entry.startsWith('collection:')) return (product.collections ?? []).includes(entry.slice('collection:'.length));
  return entry === product.category || entry === product.id;
}

function appliesTo(line: CartLine, rule: { appliesTo: string[]; excludes: string[] }): boolean {
  if (rule.excludes.some((e) => names(e, line.product))) return false;
  return rule.appliesTo.length === 0 || rule.appliesTo.some((e) => names(e, line.product));
}

function eligible(lines: CartLine[], rule: { appliesTo: string[]; excludes: string[] }, currency: string): number {
  return lines.filter((l) => appliesTo(l, rule)).reduce((sum, l) => sum + unitPrice(l, currency) * l.quantity, 0);
}

/** An amount in the cart currency; rules written in another currency do not apply. */
function amount(m: Money | undefined, currency: string): number | undefined {
  if (!m) return 0;
  return m.currency === currency ? m.amountMinor : undefined;
}

function promotionValue(p: Promotion, lines: CartLine[], currency: string): { value: number; freeShipping: boolean } {
  const base = eligible(lines, p, currency);
  const min = amount(p.minSpend, currency);
  if (base === 0 || min === undefined || base < min) return { value: 0, freeShipping: false };
  switch (p.kind) {
    case 'threshold':
      return { value: Math.min(base, amount(p.amountOff, currency) ?? 0), freeShipping: false };
    case 'percent':
      return { value: Math.round((base * (p.percentOff ?? 0)) / 100), freeShipping: false };
    case 'free_shipping':
      return { value: 0, freeShipping: true };
    case 'bundle': {
      const group = (p.buyQuantity ?? 0) + (p.getQuantity ?? 0);
      const units = lines.filter((l) => appliesTo(l, p)).flatMap((l) => Array<number>(l.quantity).fill(unitPrice(l, currency))).sort((a, b) => a - b);
      const free = group > 0 ? Math.floor(units.length / group) * (p.getQuantity ?? 0) : 0;
      return { value: units.slice(0, free).reduce((s, u) => s + u, 0), freeShipping: false };
    }
  }
}

function couponValue(c: Coupon, lines: CartLine[], currency: string): { value: number; freeShipping: boolean } {
  const base = eligible(lines, c, currency);
  const min = amount(c.minSpend, currency);
  if (base === 0 || min === undefined || base < min) return { value: 0, freeShipping: false };
  if (c.kind === 'free_shipping') return { value: 0, freeShipping: true };
  if (c.kind === 'percent') return { value: Math.round((base * (c.percentOff ?? 0)) / 100), freeShipping: false };
  return { value: Math.min(base, amount(c.amountOff, currency) ?? 0), freeShipping: false };
}

/** Why a code does or does not work on this cart at this moment. */
export function checkCoupon(code: string, coupons: Coupon[], lines: CartLine[], at: number, firstOrder: boolean | undefined): CouponCheck {
  const coupon = coupons.find((c) => c.code.toUpperCase() === code.toUpperCase());
  if (!coupon) return { kind: 'unknown' };
  if (at >= Date.parse(coupon.endsAt)) return { kind: 'expired', coupon };
  if (at < Date.parse(coupon.startsAt)) return { kind: 'not_started', coupon };
  if (coupon.firstOrderOnly && firstOrder === false) return { kind: 'first_order', coupon };
  if (lines.length === 0) return { kind: 'ok', coupon };
  const currency = lines[0]!.variant.price.currency;
  const base = eligible(lines, coupon, currency);
  if (base === 0) return { kind: 'not_eligible', coupon };
  const min = amount(coupon.minSpend, currency) ?? 0;
  if (base < min) return { kind: 'min_spend', coupon, missing: { amountMinor: min - base, currency } };
  return { kind: 'ok', coupon };
}

type Candidate = { kind: 'promotion'; rule: Promotion; value: number; freeShipping: boolean } | { kind: 'coupon'; rule: Coupon; value: number; freeShipping: boolean };

/** Store platforms say "combines with any code" rather than naming codes: '*'. */
function allowsCoupon(coupon: Coupon, code: string): boolean {
  return coupon.stackableWithCoupons.includes('*') || coupon.stackableWithCoupons.includes(code);
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (a.kind === 'promotion' && b.kind === 'promotion') return a.rule.stackableWithPromotions && b.rule.stackableWithPromotions;
  if (a.kind === 'coupon' && b.kind === 'coupon') return allowsCoupon(a.rule, b.rule.code) && allowsCoupon(b.rule, a.rule.code);
  const promotion = (a.kind === 'promotion' ? a.rule : b.rule) as Promotion;
  const coupon = (a.kind === 'coupon' ? a.rule : b.rule) as Coupon;
  return promotion.stackableWithCoupons && coupon.stackableWithPromotions;
}

/** The best allowed combination of active promotions and the given usable codes on this cart. */
export function bestOffer(lines: CartLine[], promotions: Promotion[], coupons: Coupon[], at: number): Offer {
  const currency = lines[0]?.variant.price.currency ?? 'USD';
  const subtotal = lines.reduce((s, l) => s + unitPrice(l, currency) * l.quantity, 0);
  const candidates: Candidate[] = [
    ...promotions.filter((p) => isActive(p, at)).map((rule) => ({ kind: 'promotion' as const, rule, ...promotionValue(rule, lines, currency) })),
    ...coupons.filter((c) => isActive(c, at)).map((rule) => ({ kind: 'coupon' as const, rule, ...couponValue(rule, lines, currency) })),
  ].filter((c) => c.value > 0 || c.freeShipping)
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_CANDIDATES);

  let best: Candidate[] = [];
  let bestScore = [0, 0];
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.filter((_, i) => mask & (1 << i));
    if (!chosen.every((a, i) => chosen.slice(i + 1).every((b) => compatible(a, b)))) continue;
    const value = Math.min(subtotal, chosen.reduce((s, c) => s + c.value, 0));
    const score = [value, chosen.some((c) => c.freeShipping) ? 1 : 0];
    // More money off first, then free shipping, then fewer codes to type.
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && (score[1]! > bestScore[1]! || (score[1] === bestScore[1] && chosen.length < best.length)))) {
      best = chosen;
      bestScore = score;
    }
  }
  return {
    promotions: best.filter((c): c is Extract<Candidate, { kind: 'promotion' }> => c.kind === 'promotion').map((c) => c.rule),
    coupons: best.filter((c): c is Extract<Candidate, { kind: 'coupon' }> => c.kind === 'coupon').map((c) => c.rule),
    discount: bestScore[0]!,
    freeShipping: bestScore[1] === 1,
    subtotal,
    currency,
  };
}
