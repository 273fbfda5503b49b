import { describe, expect, it } from 'vitest';
import { formatRanges, parseRanges } from './hours-form.js';

describe('hours form', () => {
  it('round-trips ranges and reads an empty day as closed', () => {
    expect(parseRanges('09:00-12:00, 13:00 – 18:00')).toEqual({ ranges: [['09:00', '12:00'], ['13:00', '18:00']] });
    expect(parseRanges('9:00-17:30')).toEqual({ ranges: [['09:00', '17:30']] });
    expect(parseRanges('  ')).toEqual({ ranges: [] });
    expect(formatRanges([['09:00', '12:00'], ['13:00', '24:00']])).toBe('09:00-12:00, 13:00-24:00');
  });

  it('says what is wrong', () => {
    expect(parseRanges('18:00-09:00')).toEqual({ error: '"18:00-09:00": opening must be before closing' });
    expect(parseRanges('9am-5pm')).toEqual({ error: '"9am-5pm" is not a range like 09:00-18:00' });
    expect(parseRanges('01:00-02:00,03:00-04:00,05:00-06:00,07:00-08:00,09:00-10:00')).toEqual({ error: 'at most 4 ranges a day' });
  });
});
