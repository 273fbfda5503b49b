// Tests for formatting minor-unit prices by each currency's decimals.
import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMinor } from './money.js';

/** Intl separates with (narrow) no-break spaces; compare with plain ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('money', () => {
  it('knows the decimals of common currencies', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('converts minor units to an amount before formatting', () => {
    expect(formatMinor(129_900, 'USD', 'en-US')).toBe('$1,299.00');
    expect(formatMinor(4500, 'JPY', 'en-US')).toBe('¥4,500');
    expect(plain(formatMinor(12_345, 'KWD', 'en-US'))).toBe('KWD 12.345');
    expect(plain(formatMinor(1999, 'EUR', 'de-DE'))).toBe('19,99 €');
  });

  it('falls back to plain text for a currency Intl does not accept', () => {
    expect(formatMinor(1999, 'NOT-A-CURRENCY', 'en')).toBe('19.99 NOT-A-CURRENCY');
  });
});
