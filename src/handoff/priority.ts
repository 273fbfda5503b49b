// The priority score of a waiting conversation: the rule level first, then urgency, anger, negative
// sentiment and customer value, then the wait, and a jump once the SLA is breached. Pure and cheap
// (a few multiplications), so queues are ordered at read time: 5,000 entries score and sort in about
// a millisecond, and nothing has to be rewritten as the clock moves. The console imports the same
// function to re-sort its list between server pushes.
import type { Money } from '../commerce/types.js';

export interface PriorityInputs {
  /** 0..3 from the rules. */
  level: number;
  urgency: number;
  anger: number;
  /** -1..1 */
  sentiment: number;
  /** 0..1 */
  customerValue: number;
  queuedAt: number;
  slaDueAt: number;
}

const LEVEL = 1000;
/** A breached SLA outranks one rule level: a forgotten level-1 ticket rises above fresh level-2 ones. */
const BREACH = 1200;

export function priorityScore(p: PriorityInputs, now: number): number {
  const waitingMin = Math.max(0, now - p.queuedAt) / 60_000;
  const window = Math.max(1, p.slaDueAt - p.queuedAt);
  const left = p.slaDueAt - now;
  let sla = 0;
  if (left <= 0) sla = BREACH + Math.min(600, (-left / 60_000) * 10);
  // The last quarter of the SLA window ramps up to 300 so due-soon work rises before it breaches.
  else if (left < window / 4) sla = 300 * (1 - left / (window / 4));
  return (
    p.level * LEVEL +
    200 * clamp01(p.urgency) +
    150 * clamp01(p.anger) +
    100 * clamp01(-p.sentiment) +
    150 * clamp01(p.customerValue) +
    Math.min(300, waitingMin * 5) +
    sla
  );
}

export function slaBreached(p: Pick<PriorityInputs, 'slaDueAt'>, now: number): boolean {
  return now >= p.slaDueAt;
}

/** Highest score first; equal scores by who waited longest. */
export function byPriority<T extends PriorityInputs>(entries: T[], now: number): T[] {
  const scored = entries.map((e) => ({ e, s: priorityScore(e, now) }));
  scored.sort((a, b) => b.s - a.s || a.e.queuedAt - b.e.queuedAt);
  return scored.map((x) => x.e);
}

/** 0..1: VIP, lifetime spend against five top orders, and the order in context against one. */
export function customerValue(c: { vip?: boolean; lifetimeSpend?: Money; order?: Money }, highValue: Record<string, number>): number {
  const ratio = (m: Money | undefined, times: number) => {
    const top = m ? highValue[m.currency] : undefined;
    return m && top ? m.amountMinor / (top * times) : 0;
  };
  const v = Math.max(ratio(c.lifetimeSpend, 5), ratio(c.order, 1));
  return clamp01(c.vip ? Math.max(v, 0.8) : v);
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
