// Time arithmetic for the demo store. Everything is relative to the caller's `now`, and the shop's
// calendar is Singapore time (UTC+8 all year, no daylight saving), so a fixed offset is exact.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SGT_OFFSET_MS = 8 * HOUR_MS;

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / HOUR_MS;
}

/** ISO 8601 UTC to the second: stores and carriers do not report milliseconds. */
export function iso(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Calendar date in Singapore: { year, month 1-12, day }. */
export function singaporeDate(date: Date): { year: number; month: number; day: number; weekday: number } {
  const shifted = new Date(date.getTime() + SGT_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant a Singapore wall-clock time occurs (month 1-12; overflowing days roll over). */
export function singaporeTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - SGT_OFFSET_MS);
}

/** Midnight in Singapore at the start of the day `date` falls on. */
export function startOfSingaporeDay(date: Date): Date {
  const { year, month, day } = singaporeDate(date);
  return singaporeTime(year, month, day);
}

/** Adds working days (Monday to Friday in Singapore), the unit delivery promises are made in. */
export function addBusinessDays(date: Date, days: number): Date {
  let time = date.getTime();
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    // Day 0 of the epoch (1 January 1970) was a Thursday, weekday 4.
    const weekday = (Math.floor((time + SGT_OFFSET_MS) / DAY_MS) + 4) % 7;
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(time);
}
