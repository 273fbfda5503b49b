// Money in integer minor units. IDR, VND, JPY and KRW are kept without a minor unit (shops price them
// in whole units), everything else uses two decimals.
import type { Money } from './types.js';

const ZERO_DECIMAL = new Set(['IDR', 'VND', 'JPY', 'KRW', 'CLP', 'TWD', 'HUF', 'ISK', 'UGX']);

export function minorDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2;
}

export function toMajor(m: Money): number {
  return m.amountMinor / 10 ** minorDigits(m.currency);
}

export function formatMoney(m: Money, locale: string): string {
  const digits = minorDigits(m.currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(m));
  } catch {
    return `${toMajor(m).toFixed(digits)} ${m.currency}`;
  }
}

export function formatDate(iso: string | undefined, locale: string, timeZone: string): string {
  if (!iso) return '—';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}
