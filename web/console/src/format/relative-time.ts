// Compact ages for dense lists ("now", "5m", "3h", "2d", then a short date) and full timestamps for tooltips.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: number, locale?: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const age = Math.max(0, now - then);
  if (age < MINUTE) return 'now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)}m`;
  if (age < DAY) return `${Math.floor(age / HOUR)}h`;
  if (age < 7 * DAY) return `${Math.floor(age / DAY)}d`;
  const sameYear = new Date(then).getFullYear() === new Date(now).getFullYear();
  return new Date(then).toLocaleDateString(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
}

export function fullTimestamp(iso: string, locale?: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : new Date(then).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function clockTime(iso: string, locale?: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? '' : new Date(then).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}
