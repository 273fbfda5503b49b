// The business hours form's text ↔ data: a day's opening hours are typed as "09:00-12:00, 13:00-18:00"
// (empty = closed); the server checks the same rules again.
export type Range = [string, string];

const RANGE = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function formatRanges(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => `${a}-${b}`).join(', ');
}

export function parseRanges(text: string): { ranges: Range[] } | { error: string } {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const ranges: Range[] = [];
  for (const p of parts) {
    const [a, b, extra] = p.split(/\s*[-–]\s*/);
    const from = a?.padStart(5, '0');
    const to = b?.padStart(5, '0');
    if (extra !== undefined || !from || !to || !RANGE.test(from) || !RANGE.test(to)) return { error: `"${p}" is not a range like 09:00-18:00` };
    if (from >= to) return { error: `"${p}": opening must be before closing` };
    ranges.push([from, to]);
  }
  if (ranges.length > 4) return { error: 'at most 4 ranges a day' };
  return { ranges };
}
