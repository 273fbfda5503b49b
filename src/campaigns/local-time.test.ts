import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './local-time.js';

describe('zoned wall-clock times', () => {
  it('reads a local time in a fixed-offset zone', () => {
    expect(new Date(zonedToInstant('2026-11-11T00:00', 'Asia/Singapore')).toISOString()).toBe('2026-11-10T16:00:00.000Z');
    expect(instantToZoned(Date.parse('2026-11-10T16:00:00Z'), 'Asia/Singapore')).toBe('2026-11-11T00:00');
  });

  it('follows daylight saving on both sides of the change', () => {
    expect(new Date(zonedToInstant('2026-07-04T09:00', 'America/New_York')).toISOString()).toBe('2026-07-04T13:00:00.000Z');
    expect(new Date(zonedToInstant('2026-12-04T09:00', 'America/New_York')).toISOString()).toBe('2026-12-04T14:00:00.000Z');
    // 2026-03-08 02:30 does not exist in New York: read with the offset before the jump.
    expect(new Date(zonedToInstant('2026-03-08T02:30', 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice: the first one (still EDT).
    expect(new Date(zonedToInstant('2026-11-01T01:30', 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(zonedToInstant('2026-11-01T01:30', 'America/New_York') + 3_600_000).toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });

  it('rejects what is not a local date-time', () => {
    expect(() => zonedToInstant('2026-11-11 00:00', 'UTC')).toThrow(/YYYY-MM-DDTHH:mm/);
  });
});
