// Checks Singapore-calendar helpers around day boundaries and weekends.
import { describe, expect, it } from 'vitest';
import { addBusinessDays, iso, singaporeDate, singaporeTime, startOfSingaporeDay } from './dates.js';

describe('dates', () => {
  it('reads the Singapore calendar date, which is ahead of UTC', () => {
    expect(singaporeDate(new Date('2026-03-31T17:30:00Z'))).toMatchObject({ year: 2026, month: 4, day: 1 });
  });

  it('finds Singapore midnight', () => {
    expect(iso(singaporeTime(2026, 11, 11))).toBe('2026-11-10T16:00:00Z');
    expect(iso(startOfSingaporeDay(new Date('2026-11-11T03:00:00Z')))).toBe('2026-11-10T16:00:00Z');
  });

  it('skips weekends when adding business days', () => {
    // Friday 6 March 2026, 10:00 in Singapore.
    const friday = singaporeTime(2026, 3, 6, 10);
    expect(singaporeDate(addBusinessDays(friday, 1))).toMatchObject({ day: 9, weekday: 1 });
    expect(singaporeDate(addBusinessDays(friday, 5))).toMatchObject({ day: 13, weekday: 5 });
  });

  it('drops milliseconds from ISO strings', () => {
    expect(iso(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
  });
});
