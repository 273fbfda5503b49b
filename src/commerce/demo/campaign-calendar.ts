// When the shop's campaigns run, worked out from `now` on the Singapore calendar: the mega-sales
// on double dates (9.9, 11.11, 12.12), paydays, and windows that are always running right now.
import { addDays, singaporeDate, singaporeTime, startOfSingaporeDay } from './dates.js';

export interface Window {
  startsAt: Date;
  endsAt: Date;
}

/** A run of whole Singapore days, ending one second before midnight after the last day. */
export function dayWindow(year: number, month: number, firstDay: number, days: number): Window {
  const startsAt = singaporeTime(year, month, firstDay);
  return { startsAt, endsAt: new Date(singaporeTime(year, month, firstDay + days).getTime() - 1000) };
}

/** A window of whole days placed relative to today: offset 0 starts at today's Singapore midnight. */
export function relativeWindow(now: Date, startOffsetDays: number, lengthDays: number): Window {
  const startsAt = addDays(startOfSingaporeDay(now), startOffsetDays);
  return { startsAt, endsAt: new Date(addDays(startsAt, lengthDays).getTime() - 1000) };
}

/**
 * The most recent occurrence of a yearly window that has started by `now` (it may still be running),
 * and the next one that has not started yet.
 */
export function yearlyOccurrences(now: Date, month: number, firstDay: number, days: number): { last: Window; next: Window } {
  const { year } = singaporeDate(now);
  const thisYear = dayWindow(year, month, firstDay, days);
  if (thisYear.startsAt.getTime() <= now.getTime()) return { last: thisYear, next: dayWindow(year + 1, month, firstDay, days) };
  return { last: dayWindow(year - 1, month, firstDay, days), next: thisYear };
}

/**
 * Monthly double-day sales (1.1, 2.2 … 10.10; 11.11 and 12.12 are separate, bigger campaigns):
 * the latest one that has started and the next one to come. Each runs for the day and the day after.
 */
export function doubleDays(now: Date): { last: Window & { month: number }; next: Window & { month: number } } {
  const candidates: Array<Window & { month: number }> = [];
  const { year } = singaporeDate(now);
  for (const y of [year - 1, year, year + 1]) {
    for (let month = 1; month <= 10; month++) candidates.push({ ...dayWindow(y, month, month, 2), month });
  }
  const started = candidates.filter((window) => window.startsAt.getTime() <= now.getTime());
  const upcoming = candidates.filter((window) => window.startsAt.getTime() > now.getTime());
  const last = started[started.length - 1];
  const next = upcoming[0];
  if (!last || !next) throw new Error('double-day calendar ran out of dates');
  return { last, next };
}

/** Payday weekend: the 25th to the 27th of the month before the current one. */
export function lastMonthPayday(now: Date): Window {
  const { year, month } = singaporeDate(now);
  return month === 1 ? dayWindow(year - 1, 12, 25, 3) : dayWindow(year, month - 1, 25, 3);
}

// Checkout asks "is this running?" for every promotion and code on every order; parsing the same
// ISO strings thousands of times showed up as the generator's hottest spot.
const parsedWindows = new WeakMap<object, readonly [number, number]>();

export function isActiveAt(window: { startsAt: string; endsAt: string }, at: Date): boolean {
  let bounds = parsedWindows.get(window);
  if (!bounds) {
    bounds = [Date.parse(window.startsAt), Date.parse(window.endsAt)];
    parsedWindows.set(window, bounds);
  }
  const time = at.getTime();
  return bounds[0] <= time && time <= bounds[1];
}
