// Is the shop open at this instant? Evaluated in the shop's IANA time zone with Intl, so daylight
// saving and half-hour zones need no table of our own.
import type { BusinessHours } from './rule-schema.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f;
}

/** The weekday, "YYYY-MM-DD" date and "HH:MM" wall-clock time in a zone. */
export function wallClock(now: number, zone: string): { day: (typeof DAYS)[number]; date: string; time: string } {
  const parts = formatter(zone).formatToParts(new Date(now));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = get('weekday').slice(0, 3).toLowerCase() as (typeof DAYS)[number];
  return { day, date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

export function isOpen(hours: BusinessHours, shopZone: string, now: number): boolean {
  const { day, date, time } = wallClock(now, hours.timezone ?? shopZone);
  if (hours.holidays?.includes(date)) return false;
  return hours.days[day].some(([from, to]) => time >= from && time < to);
}
