// Wall-clock times in a shop's zone ↔ instants. A campaign "from 11.11 00:00 to 11.12 02:00" means the
// shop's midnight, whatever zone the server or the admin's browser is in. Intl does the zone rules
// (daylight saving included); no zone table of our own.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at this instant, in ms (Singapore: +8 h). */
function offsetAt(instant: number, zone: string): number {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of "YYYY-MM-DDTHH:mm" on the zone's clocks. In a spring-forward gap the time is read
 * with the offset before the change (02:30 that does not exist becomes 03:30); in the repeated hour
 * of a fall-back, the first occurrence.
 */
export function zonedToInstant(local: string, zone: string): number {
  const m = LOCAL.exec(local);
  if (!m) throw new Error(`not a local date-time (YYYY-MM-DDTHH:mm): ${local}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const before = offsetAt(wall - 86_400_000, zone);
  const first = wall - before;
  const after = offsetAt(first, zone);
  if (after === before) return first;
  const second = wall - after;
  // Fall-back: both readings are real; take the earlier. Spring-forward: only the first is consistent.
  return offsetAt(second, zone) === after ? Math.min(first, second) : first;
}

/** "YYYY-MM-DDTHH:mm" on the zone's clocks at this instant. */
export function instantToZoned(instant: number, zone: string): string {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
