// Tests of order numbers, e-mails, phones, quantities, colours, sizes and overlap rules.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';

const now = new Date('2025-11-05T10:00:00Z');
const pairs = (text: string, opts: Parameters<typeof extractEntities>[1] = {}) =>
  extractEntities(text, { now, timeZone: 'UTC', ...opts }).map((e) => [e.type, e.value, e.text]);

describe('extractEntities', () => {
  it('finds order numbers by store pattern and after order words', () => {
    expect(pairs('where is PD-123456?')).toEqual([['order_number', 'PD-123456', 'PD-123456']]);
    expect(pairs('pesanan 12345678 belum sampai', { language: 'id' })).toEqual([['order_number', '12345678', '12345678']]);
    expect(pairs('订单号 2024110101 什么时候到', { language: 'zh-Hans' })).toEqual([['order_number', '2024110101', '2024110101']]);
    expect(pairs('đơn hàng #8812345 của tôi', { language: 'vi' })).toEqual([['order_number', '8812345', '8812345']]);
    expect(pairs('order no. 555666')).toEqual([['order_number', '555666', '555666']]);
    expect(pairs('my order ABC-99', { orderNumberPatterns: [/\bABC-\d{2}\b/] })).toEqual([['order_number', 'ABC-99', 'ABC-99']]);
    // Not after an order word, not the store format: just a number.
    expect(pairs('I have 12345678 reasons').filter(([t]) => t === 'order_number')).toEqual([]);
  });

  it('finds e-mails (lower-cased) and phones (E.164) without mixing them up', () => {
    expect(pairs('mail Joe.Doe@Example.COM or call +65 9123 4567')).toEqual([
      ['email', 'joe.doe@example.com', 'Joe.Doe@Example.COM'],
      ['phone', '+6591234567', '+65 9123 4567'],
    ]);
    expect(pairs('nomor saya 0812-3456-7890', { language: 'id' })).toEqual([['phone', '+6281234567890', '0812-3456-7890']]);
  });

  it('gives an order number priority over a phone reading of the same digits', () => {
    expect(pairs('order 81234567 please', { language: 'id' }).map(([t]) => t)).toEqual(['order_number']);
  });

  it('finds quantities, colours and sizes with canonical values', () => {
    expect(pairs('2 pcs in black, size XL')).toEqual([
      ['quantity', '2', '2 pcs'],
      ['colour', 'black', 'black'],
      ['size', 'XL', 'XL'],
    ]);
    expect(pairs('mau 3 buah warna merah ukuran 42', { language: 'id' })).toEqual([
      ['quantity', '3', '3 buah'],
      ['colour', 'red', 'merah'],
      ['size', '42', '42'],
    ]);
    expect(pairs('黑色的M码要两件', { language: 'zh-Hans' }).map(([t, v]) => `${t}:${v}`)).toEqual(expect.arrayContaining(['colour:black', 'quantity:2']));
    expect(pairs('có màu xanh dương size L không', { language: 'vi' }).map(([t, v]) => `${t}:${v}`)).toEqual(['colour:blue', 'size:L']);
    expect(pairs('x2 please')).toEqual([['quantity', '2', 'x2']]);
  });

  it('does not take words that only look like colours or sizes', () => {
    expect(pairs("I'm fine, do it")).toEqual([]);
    expect(pairs('tôi muốn đổi', { language: 'vi' })).toEqual([]);
  });

  it('returns entities in text order with spans into the original text', () => {
    const text = 'Order PD-000123: 2 pcs, paid $30 yesterday';
    for (const e of extractEntities(text, { now, timeZone: 'UTC' })) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(pairs(text).map(([t]) => t)).toEqual(['order_number', 'quantity', 'money', 'date']);
  });
});
