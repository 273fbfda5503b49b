// Money in the demo shop's nine currencies: exponents, demo exchange rates, and the rounding a
// merchant would actually print (S$66.90, Rp 929.000, ¥8,700) rather than raw conversions.
import type { Money } from '../types.js';

export const SHOP_CURRENCIES = ['USD', 'SGD', 'MYR', 'IDR', 'THB', 'VND', 'PHP', 'JPY', 'EUR'] as const;
export type ShopCurrency = (typeof SHOP_CURRENCIES)[number];

interface CurrencyRules {
  /** ISO 4217 minor-unit exponent. IDR keeps sen on paper but nobody prices in them; we follow the brief and use 0. */
  exponent: number;
  /** Fixed demo rate: units of this currency per US dollar. */
  perUsd: number;
  /** Shelf prices end just under a round step (x.90, x9, x9.000). */
  shelf: (major: number) => number;
  /** Thresholds and amounts off are round numbers in this step. */
  roundStep: number;
  prefix: string;
  suffix: string;
  thousands: string;
}

const ceilTo = (value: number, step: number): number => Math.ceil(value / step - 1e-9) * step;

const RULES: Record<ShopCurrency, CurrencyRules> = {
  USD: { exponent: 2, perUsd: 1, shelf: (v) => v, roundStep: 1, prefix: 'US$', suffix: '', thousands: ',' },
  SGD: { exponent: 2, perUsd: 1.35, shelf: (v) => ceilTo(v, 1) - 0.1, roundStep: 1, prefix: 'S$', suffix: '', thousands: ',' },
  MYR: { exponent: 2, perUsd: 4.45, shelf: (v) => ceilTo(v, 1) - 0.1, roundStep: 1, prefix: 'RM ', suffix: '', thousands: ',' },
  IDR: { exponent: 0, perUsd: 16_000, shelf: (v) => ceilTo(v, 10_000) - 1_000, roundStep: 10_000, prefix: 'Rp ', suffix: '', thousands: '.' },
  THB: { exponent: 2, perUsd: 34, shelf: (v) => ceilTo(v, 10) - 1, roundStep: 10, prefix: '฿', suffix: '', thousands: ',' },
  VND: { exponent: 0, perUsd: 25_400, shelf: (v) => ceilTo(v, 10_000) - 1_000, roundStep: 10_000, prefix: '', suffix: ' ₫', thousands: '.' },
  PHP: { exponent: 2, perUsd: 57, shelf: (v) => ceilTo(v, 10) - 1, roundStep: 10, prefix: '₱', suffix: '', thousands: ',' },
  JPY: { exponent: 0, perUsd: 150, shelf: (v) => ceilTo(v, 100), roundStep: 100, prefix: '¥', suffix: '', thousands: ',' },
  EUR: { exponent: 2, perUsd: 0.92, shelf: (v) => ceilTo(v, 1) - 0.05, roundStep: 1, prefix: '€', suffix: '', thousands: ',' },
};

function rulesFor(currency: string): CurrencyRules {
  const rules = RULES[currency as ShopCurrency];
  if (!rules) throw new Error(`currency ${currency} is not sold in the demo shop`);
  return rules;
}

export function currencyExponent(currency: string): number {
  return rulesFor(currency).exponent;
}

export function money(amountMinor: number, currency: string): Money {
  return { amountMinor, currency };
}

/** US dollars (major units, e.g. 58.9) as Money. */
export function usd(amount: number): Money {
  return money(Math.round(amount * 100), 'USD');
}

function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** rulesFor(currency).exponent);
}

function usdMajor(price: Money): number {
  if (price.currency !== 'USD') throw new Error(`expected a USD amount, got ${price.currency}`);
  return price.amountMinor / 100;
}

/** The price a shopper sees on the shelf in `currency` for a USD list price. */
export function shelfPrice(usdPrice: Money, currency: string): Money {
  const rules = rulesFor(currency);
  return money(toMinor(rules.shelf(usdMajor(usdPrice) * rules.perUsd), currency), currency);
}

/** A USD threshold or amount off as the round local figure the shop advertises (S$107, Rp 1.260.000). */
export function localAmount(usdAmount: Money, currency: string): Money {
  const rules = rulesFor(currency);
  const major = Math.round((usdMajor(usdAmount) * rules.perUsd) / rules.roundStep) * rules.roundStep;
  return money(toMinor(major, currency), currency);
}

/** Shows an amount the way the shop prints it; cents only when there are some. */
export function formatMoney(value: Money): string {
  const rules = rulesFor(value.currency);
  const scale = 10 ** rules.exponent;
  const whole = Math.trunc(value.amountMinor / scale);
  const fraction = Math.abs(value.amountMinor % scale);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, rules.thousands);
  const cents = fraction > 0 ? '.' + String(fraction).padStart(rules.exponent, '0') : '';
  const sign = value.amountMinor < 0 ? '-' : '';
  return `${sign}${rules.prefix}${grouped}${cents}${rules.suffix}`;
}
