// Tests of money amounts: symbols, codes, multipliers, minor units.
import { describe, expect, it } from 'vitest';
import { extractMoney, parseAmount } from './money.js';

const money = (text: string, lang: Parameters<typeof extractMoney>[1] = 'en') =>
  extractMoney(text, lang).map((e) => [e.text, e.value, e.meta?.currency]);

describe('extractMoney', () => {
  it('reads symbols and codes before or after the number', () => {
    expect(money('it was $1,299.99')).toEqual([['$1,299.99', '129999', 'USD']]);
    expect(money('RM50 je', 'ms')).toEqual([['RM50', '5000', 'MYR']]);
    expect(money('¥200 please')).toEqual([['¥200', '20000', 'CNY']]);
    expect(money('30元', 'zh-Hans')).toEqual([['30元', '3000', 'CNY']]);
    expect(money('USD 12.50 or 50 SGD')).toEqual([['USD 12.50', '1250', 'USD'], ['50 SGD', '5000', 'SGD']]);
    expect(money('R$ 99,90', 'pt')).toEqual([['R$ 99,90', '9990', 'BRL']]);
    expect(money('100 บาท', 'th')).toEqual([['100 บาท', '10000', 'THB']]);
  });

  it('applies multipliers and the language currency when only a multiplier says money', () => {
    expect(money('harganya 200k ya', 'id')).toEqual([['200k', '200000', 'IDR']]);
    expect(money('1,5 juta', 'id')).toEqual([['1,5 juta', '1500000', 'IDR']]);
    expect(money('2 triệu', 'vi')).toEqual([['2 triệu', '2000000', 'VND']]);
    expect(money('3万円', 'ja')).toEqual([['3万円', '30000', 'JPY']]);
    expect(extractMoney('200k', 'id')[0]!.meta).toMatchObject({ currencyInferred: true });
  });

  it('uses the currency minor units (none for yen and won)', () => {
    expect(money('₩15000', 'ko')).toEqual([['₩15000', '15000', 'KRW']]);
    expect(money('Rp 1.200.000', 'id')[0]![1]).toBe(String(1_200_000 * 10 ** new Intl.NumberFormat('en', { style: 'currency', currency: 'IDR' }).resolvedOptions().maximumFractionDigits!));
  });

  it('leaves plain numbers and ambiguous multipliers alone', () => {
    expect(money('order 5 items')).toEqual([]);
    expect(money('5m cable', 'en')).toEqual([]);
  });
});

describe('parseAmount', () => {
  it('tells thousands separators from decimals', () => {
    expect(parseAmount('1.200.000')).toBe(1_200_000);
    expect(parseAmount('1,200,000')).toBe(1_200_000);
    expect(parseAmount('12,50')).toBe(12.5);
    expect(parseAmount('1,299.99')).toBe(1299.99);
    expect(parseAmount('1 200')).toBe(1200);
  });
});
