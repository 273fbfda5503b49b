// Checks shelf pricing, round local amounts and formatting per currency.
import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMoney, localAmount, shelfPrice, usd } from './currencies.js';

describe('currencies', () => {
  it('uses ISO exponents with JPY, VND and IDR whole', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('VND')).toBe(0);
    expect(currencyExponent('IDR')).toBe(0);
    expect(() => currencyExponent('GBP')).toThrow();
  });

  it('prices the shelf with local endings', () => {
    const price = usd(58);
    expect(shelfPrice(price, 'USD')).toEqual({ amountMinor: 5800, currency: 'USD' });
    expect(shelfPrice(price, 'SGD')).toEqual({ amountMinor: 7890, currency: 'SGD' });
    expect(shelfPrice(price, 'IDR')).toEqual({ amountMinor: 929_000, currency: 'IDR' });
    expect(shelfPrice(price, 'VND')).toEqual({ amountMinor: 1_479_000, currency: 'VND' });
    expect(shelfPrice(price, 'THB')).toEqual({ amountMinor: 197_900, currency: 'THB' });
    expect(shelfPrice(price, 'JPY')).toEqual({ amountMinor: 8_700, currency: 'JPY' });
    expect(shelfPrice(price, 'EUR')).toEqual({ amountMinor: 5_395, currency: 'EUR' });
  });

  it('rounds advertised thresholds to round local numbers', () => {
    expect(localAmount(usd(79), 'SGD')).toEqual({ amountMinor: 10_700, currency: 'SGD' });
    expect(localAmount(usd(79), 'IDR')).toEqual({ amountMinor: 1_260_000, currency: 'IDR' });
    expect(localAmount(usd(79), 'JPY')).toEqual({ amountMinor: 11_900, currency: 'JPY' });
  });

  it('formats like a price tag', () => {
    expect(formatMoney(usd(79))).toBe('US$79');
    expect(formatMoney(usd(38.9))).toBe('US$38.90');
    expect(formatMoney({ amountMinor: 1_260_000, currency: 'IDR' })).toBe('Rp 1.260.000');
    expect(formatMoney({ amountMinor: 2_010_000, currency: 'VND' })).toBe('2.010.000 ₫');
    expect(formatMoney({ amountMinor: 35_190, currency: 'MYR' })).toBe('RM 351.90');
  });
});
