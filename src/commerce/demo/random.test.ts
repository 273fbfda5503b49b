// Checks the seeded generator is repeatable, stays in range and spreads its picks.
import { describe, expect, it } from 'vitest';
import { createRandom, weightedPicker } from './random.js';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('keeps int() inside its bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = random.int(3, 6);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('follows weights roughly', () => {
    const random = createRandom(11);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (random.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });

  it('forks independent but repeatable streams', () => {
    const one = createRandom(5).fork('orders');
    const two = createRandom(5).fork('orders');
    const other = createRandom(5).fork('customers');
    expect(one.next()).toBe(two.next());
    expect(createRandom(5).fork('orders').next()).not.toBe(other.next());
  });

  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRandom(3).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });

  it('draws from a precomputed picker in proportion to the weights', () => {
    const random = createRandom(13);
    const pick = weightedPicker([['rare', 1], ['common', 3], ['never', 0]] as const);
    const counts = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 8000; i++) counts[pick(random)]++;
    expect(counts.never).toBe(0);
    expect(counts.common / counts.rare).toBeGreaterThan(2.6);
    expect(counts.common / counts.rare).toBeLessThan(3.4);
  });
});
