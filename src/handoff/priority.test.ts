// Priority scores and queue order as the clock moves.
import { describe, expect, it } from 'vitest';
import { byPriority, customerValue, priorityScore, slaBreached, type PriorityInputs } from './priority.js';

const T0 = Date.parse('2026-11-11T00:00:00Z');
const MIN = 60_000;
const entry = (over: Partial<PriorityInputs> & { id: string }): PriorityInputs & { id: string } => ({
  level: 1, urgency: 0, anger: 0, sentiment: 0, customerValue: 0, queuedAt: T0, slaDueAt: T0 + 60 * MIN, ...over,
});

describe('priorityScore', () => {
  it('puts a higher rule level first whatever the other signals', () => {
    const calmHigh = entry({ id: 'a', level: 2 });
    const angryLow = entry({ id: 'b', level: 1, urgency: 1, anger: 1, sentiment: -1, customerValue: 1 });
    expect(byPriority([angryLow, calmHigh], T0).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('orders one level by urgency, anger, sentiment and customer value', () => {
    const plain = entry({ id: 'plain' });
    const urgent = entry({ id: 'urgent', urgency: 0.9 });
    const vip = entry({ id: 'vip', customerValue: 1 });
    const sad = entry({ id: 'sad', sentiment: -0.5 });
    expect(byPriority([plain, sad, vip, urgent], T0).map((e) => e.id)).toEqual(['urgent', 'vip', 'sad', 'plain']);
  });

  it('lets ten more minutes of waiting outweigh a small urgency signal, not a strong one', () => {
    const old = entry({ id: 'old', queuedAt: T0 });
    const slightly = entry({ id: 'slightly', urgency: 0.2, queuedAt: T0 + 10 * MIN, slaDueAt: T0 + 70 * MIN });
    const very = entry({ id: 'very', urgency: 0.9, queuedAt: T0 + 10 * MIN, slaDueAt: T0 + 70 * MIN });
    expect(byPriority([slightly, old], T0 + 10 * MIN).map((e) => e.id)).toEqual(['old', 'slightly']);
    expect(byPriority([old, very], T0 + 10 * MIN).map((e) => e.id)).toEqual(['very', 'old']);
  });

  it('rises as the SLA comes due and jumps above the next level once breached', () => {
    const e = entry({ id: 'x', level: 1 });
    const higher = entry({ id: 'h', level: 2, queuedAt: T0 + 59 * MIN, slaDueAt: T0 + 75 * MIN });
    expect(priorityScore(e, T0 + 50 * MIN)).toBeGreaterThan(priorityScore(e, T0 + 44 * MIN) + 50);
    expect(slaBreached(e, T0 + 59 * MIN)).toBe(false);
    expect(byPriority([e, higher], T0 + 59 * MIN).map((x) => x.id)).toEqual(['h', 'x']);
    expect(slaBreached(e, T0 + 61 * MIN)).toBe(true);
    expect(byPriority([e, higher], T0 + 61 * MIN).map((x) => x.id)).toEqual(['x', 'h']);
  });

  it('breaks ties by who waited longest', () => {
    const a = entry({ id: 'a', queuedAt: T0 + MIN, slaDueAt: T0 + 61 * MIN });
    const b = entry({ id: 'b', queuedAt: T0, slaDueAt: T0 + 61 * MIN });
    expect(byPriority([a, b], T0 + MIN).map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('customerValue', () => {
  const top = { USD: 50000, IDR: 8000000 };
  it('weighs lifetime spend against five top orders and the order against one, in its own currency', () => {
    expect(customerValue({}, top)).toBe(0);
    expect(customerValue({ lifetimeSpend: { amountMinor: 125000, currency: 'USD' } }, top)).toBe(0.5);
    expect(customerValue({ order: { amountMinor: 4000000, currency: 'IDR' } }, top)).toBe(0.5);
    expect(customerValue({ order: { amountMinor: 10 ** 9, currency: 'KRW' } }, top)).toBe(0);
    expect(customerValue({ order: { amountMinor: 10 ** 7, currency: 'USD' } }, top)).toBe(1);
    expect(customerValue({ vip: true }, top)).toBe(0.8);
  });
});
