// Calendar arithmetic on plain dates (no time of day) in the shop's time zone.

export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date it is at `now` in `timeZone`. */
export function todayIn(now: Date, timeZone: string): PlainDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

export function addDays(d: PlainDate, days: number): PlainDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(d: PlainDate): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(d: PlainDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** A day and month without a year: the occurrence nearest to today (11.11 in December is last 11.11). */
export function nearestYear(today: PlainDate, month: number, day: number): number {
  const candidates = [today.year - 1, today.year, today.year + 1].filter((y) => isValidDate(y, month, day));
  const t = Date.UTC(today.year, today.month - 1, today.day);
  let best = candidates[0] ?? today.year;
  let bestDistance = Infinity;
  for (const y of candidates) {
    const dist = Math.abs(Date.UTC(y, month - 1, day) - t);
    if (dist < bestDistance) {
      bestDistance = dist;
      best = y;
    }
  }
  return best;
}
