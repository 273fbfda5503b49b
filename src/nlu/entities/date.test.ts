// Tests of relative and written dates in the 13 languages, resolved in the shop time zone.
import { describe, expect, it } from 'vitest';
import type { Language } from '../types.js';
import { extractDates } from './date.js';

// Wednesday 5 November 2025, 18:00 in Singapore.
const now = new Date('2025-11-05T10:00:00Z');
const dates = (text: string, language: Language = 'en', timeZone = 'Asia/Singapore') =>
  extractDates(text, { now, timeZone, language }).map((e) => [e.text, e.value]);

describe('extractDates', () => {
  it('resolves relative days in the 13 languages', () => {
    expect(dates('it should arrive tomorrow')).toEqual([['tomorrow', '2025-11-06']]);
    expect(dates('昨天下单的', 'zh-Hans')).toEqual([['昨天', '2025-11-04']]);
    expect(dates('昨天下單的', 'zh-Hant')).toEqual([['昨天', '2025-11-04']]);
    expect(dates('giao ngày mai nhé', 'vi')).toEqual([['ngày mai', '2025-11-06']]);
    expect(dates('pedido feito ontem', 'pt')).toEqual([['ontem', '2025-11-04']]);
    expect(dates('dumating kahapon', 'fil')).toEqual([['kahapon', '2025-11-04']]);
    expect(dates('ส่งพรุ่งนี้', 'th')).toEqual([['พรุ่งนี้', '2025-11-06']]);
    expect(dates('أمس', 'ar')).toEqual([['أمس', '2025-11-04']]);
    expect(dates('내일 와요?', 'ko')).toEqual([['내일', '2025-11-06']]);
    expect(dates('あした届きますか', 'ja')).toEqual([['あした', '2025-11-06']]);
    expect(dates('besok ya', 'id')).toEqual([['besok', '2025-11-06']]);
    expect(dates('esok boleh?', 'ms')).toEqual([['esok', '2025-11-06']]);
    expect(dates('llega hoy?', 'es')).toEqual([['hoy', '2025-11-05']]);
  });

  it('counts days ago and ahead', () => {
    expect(dates('ordered 3 days ago')).toEqual([['3 days ago', '2025-11-02']]);
    expect(dates('saya pesan 3 hari lalu', 'id')).toEqual([['3 hari lalu', '2025-11-02']]);
    expect(dates('hace 2 días', 'es')).toEqual([['hace 2 días', '2025-11-03']]);
    expect(dates('5天前买的', 'zh-Hans')).toEqual([['5天前', '2025-10-31']]);
    expect(dates('in 10 days')).toEqual([['in 10 days', '2025-11-15']]);
  });

  it('resolves weekdays and weeks', () => {
    expect(dates('next monday please')).toEqual([['next monday', '2025-11-10']]);
    expect(dates('last friday')).toEqual([['last friday', '2025-10-31']]);
    expect(dates('on friday')).toEqual([['friday', '2025-11-07']]);
    expect(dates('last week')).toEqual([['last week', '2025-10-27']]);
    expect(dates('minggu depan', 'id')).toEqual([['minggu depan', '2025-11-10']]);
    expect(dates('지난주에 주문', 'ko')).toEqual([['지난주', '2025-10-27']]);
    expect(dates('sexta-feira', 'pt')).toEqual([['sexta-feira', '2025-11-07']]);
  });

  it('reads written dates, picking the nearest year when none is given', () => {
    expect(dates('for 11.11 sale')).toEqual([['11.11', '2025-11-11']]);
    expect(dates('on 12/25')).toEqual([['12/25', '2025-12-25']]);
    expect(dates('el 25/12', 'es')).toEqual([['25/12', '2025-12-25']]);
    expect(dates('11月11日', 'zh-Hans')).toEqual([['11月11日', '2025-11-11']]);
    expect(dates('11 Nov')).toEqual([['11 Nov', '2025-11-11']]);
    expect(dates('2025-12-01 delivery')).toEqual([['2025-12-01', '2025-12-01']]);
    expect(dates('ordered 3.1')).toEqual([['3.1', '2026-01-03']]);
  });

  it('uses the shop time zone for "today"', () => {
    const late = new Date('2025-11-05T17:30:00Z');
    expect(extractDates('today', { now: late, timeZone: 'Asia/Tokyo' })[0]!.value).toBe('2025-11-06');
    expect(extractDates('today', { now: late, timeZone: 'America/New_York' })[0]!.value).toBe('2025-11-05');
  });

  it('ignores decimals and weights', () => {
    expect(dates('3.5 kg')).toEqual([]);
    expect(dates('price 12.50')).toEqual([]);
  });
});
