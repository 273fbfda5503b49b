// Prices: integer minor units → a localised amount, using the currency's own number of decimals
// (2 for EUR, 0 for JPY, 3 for KWD) as Intl reports it.

export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMinor(amountMinor: number, currency: string, locale: string | string[]): string {
  const digits = currencyDigits(currency);
  const amount = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}
