// Dates: relative words (today, tomorrow, "3 hari lalu", "昨天", next Monday, last week) in the
// 13 languages, and written dates (2024-11-11, 11/11, 11.11, "11 Nov", "11月11日", "11월 11일")
// resolved to ISO dates in the shop's time zone. Day/month order: month first only for English.
import type { Entity, Language } from '../types.js';
import { traditionalToSimplified } from '../text/normalise.js';
import { addDays, isValidDate, nearestYear, todayIn, toIso, weekday, type PlainDate } from './calendar.js';
import { DAY_OFFSETS, DAYS_AGO_PATTERNS, LAST_WORDS, MONTHS, NEXT_WORDS, WEEK_PHRASES, WEEKDAYS } from './date-words.js';
import { alternation, entityFromMatch, foldForMatching } from './entity-span.js';

export interface DateOptions {
  now: Date;
  timeZone: string;
  language?: Language;
}

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** CJK/Thai words are not delimited by spaces: no boundary checks there. */
const bounded = (alt: string) => String.raw`(?:${B}(?:${alt})${E})`;
const isSpaced = (w: string) => /^[\p{Script=Latin}\p{Script=Arabic}\s'-]+$/u.test(w);

function lexiconAlternation(words: string[]): string {
  const spaced = words.filter(isSpaced);
  const unspaced = words.filter((w) => !isSpaced(w));
  return [spaced.length ? bounded(alternation(spaced)) : '', unspaced.length ? `(?:${alternation(unspaced)})` : '']
    .filter(Boolean)
    .join('|');
}

const DAY_WORD = new RegExp(lexiconAlternation(Object.keys(DAY_OFFSETS)), 'gu');
const WEEK_PHRASE = new RegExp(lexiconAlternation(Object.keys(WEEK_PHRASES)), 'gu');
const WEEKDAY_ALT = alternation(Object.keys(WEEKDAYS));
const NEXT_ALT = alternation(NEXT_WORDS);
const LAST_ALT = alternation(LAST_WORDS);
const WEEKDAY = new RegExp(
  String.raw`(?:(?<before>${NEXT_ALT}|${LAST_ALT})\s?)?(?:${B})?(?<day>${WEEKDAY_ALT})(?![\p{Script=Latin}])(?:\s?(?<after>${NEXT_ALT}|${LAST_ALT})${E})?`,
  'gu',
);
const DAYS_AGO = new RegExp(DAYS_AGO_PATTERNS.map((p) => `(?:${p.pattern.replace('{n}', '(\\d{1,3})')})`).join('|'), 'gu');
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d.,/]|\s?(?:%|k\b|kg))/g;
const CJK_DATE = /(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日号號일]?/g;
const MONTH_ALT = alternation(Object.keys(MONTHS));
const DAY_MONTH = new RegExp(String.raw`${B}(\d{1,2})(?:st|nd|rd|th)?\s(?:de\s)?(${MONTH_ALT})${E}(?:\s(?:de\s)?(\d{4}))?`, 'giu');
const MONTH_DAY = new RegExp(String.raw`${B}(${MONTH_ALT})\s(\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\s(\d{4}))?`, 'giu');

/** Cheap pre-check: a digit or any word of the date lexicons. */
const MAYBE_DATE = new RegExp(String.raw`\d|` + [DAY_WORD, WEEK_PHRASE, new RegExp(WEEKDAY_ALT)].map((r) => r.source).join('|'), 'u');

function fold(t: string): string {
  return traditionalToSimplified(t.normalize('NFKC').toLowerCase());
}

function direction(word: string | undefined): number {
  if (!word) return 0;
  return NEXT_WORDS.includes(word) ? 1 : LAST_WORDS.includes(word) ? -1 : 0;
}

export function extractDates(text: string, opts: DateOptions): Entity[] {
  const t = foldForMatching(text, fold);
  // Intl's time-zone formatting costs a few µs: only pay it when some date form is present.
  if (!MAYBE_DATE.test(t)) return [];
  const today = todayIn(opts.now, opts.timeZone);
  const out: Entity[] = [];
  const push = (d: PlainDate, start: number, end: number, meta: Entity['meta']) => {
    if (out.some((e) => start < e.end && end > e.start)) return;
    out.push(entityFromMatch('date', toIso(d), text.slice(start, end), start, meta));
  };
  for (const m of t.matchAll(DAYS_AGO)) {
    const n = Number(m.slice(1).find((g) => g !== undefined));
    const i = m.slice(1).findIndex((g) => g !== undefined);
    push(addDays(today, DAYS_AGO_PATTERNS[i]!.sign * n), m.index!, m.index! + m[0].length, { relative: true });
  }
  for (const m of t.matchAll(WEEK_PHRASE)) {
    const weeks = WEEK_PHRASES[m[0]]!;
    // A week is given as its Monday.
    const monday = addDays(today, -weekday(today) + 7 * weeks);
    push(monday, m.index!, m.index! + m[0].length, { relative: true, granularity: 'week' });
  }
  for (const m of t.matchAll(WEEKDAY)) {
    const target = WEEKDAYS[m.groups!.day!]!;
    const dir = direction(m.groups!.before) || direction(m.groups!.after);
    const diff = target - weekday(today);
    // "Monday" alone: today or the coming one; "next Monday": the first after today (how chat
    // uses it); "last Monday": the most recent one before today.
    const offset = dir === 1 ? (diff > 0 ? diff : diff + 7) : dir === -1 ? (diff < 0 ? diff : diff - 7) : diff >= 0 ? diff : diff + 7;
    push(addDays(today, offset), m.index!, m.index! + m[0].length, { relative: true });
  }
  for (const m of t.matchAll(DAY_WORD)) {
    push(addDays(today, DAY_OFFSETS[m[0]]!), m.index!, m.index! + m[0].length, { relative: true });
  }
  for (const m of t.matchAll(ISO_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) push({ year: y, month: mo, day: d }, m.index!, m.index! + m[0].length, {});
  }
  for (const m of t.matchAll(CJK_DATE)) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const y = m[1] ? Number(m[1]) : nearestYear(today, mo, d);
    if (isValidDate(y, mo, d)) push({ year: y, month: mo, day: d }, m.index!, m.index! + m[0].length, {});
  }
  for (const m of t.matchAll(DAY_MONTH)) {
    const d = Number(m[1]);
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    const y = m[3] ? Number(m[3]) : nearestYear(today, mo, d);
    if (isValidDate(y, mo, d)) push({ year: y, month: mo, day: d }, m.index!, m.index! + m[0].length, {});
  }
  for (const m of t.matchAll(MONTH_DAY)) {
    const mo = MONTHS[m[1]!.toLowerCase()]!;
    const d = Number(m[2]);
    const y = m[3] ? Number(m[3]) : nearestYear(today, mo, d);
    if (isValidDate(y, mo, d)) push({ year: y, month: mo, day: d }, m.index!, m.index! + m[0].length, {});
  }
  for (const m of t.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const monthFirst = opts.language === 'en' && m[2] === '/';
    let [d, mo] = monthFirst ? [b, a] : [a, b];
    if (!isValidDate(2000, mo, d) && isValidDate(2000, d, mo)) [d, mo] = [mo, d];
    let y = m[4] ? Number(m[4]) : nearestYear(today, mo, d);
    if (y < 100) y += 2000;
    if (isValidDate(y, mo, d)) push({ year: y, month: mo, day: d }, m.index!, m.index! + m[0].length, {});
  }
  return out.sort((a, b) => a.start - b.start);
}
