import { describe, expect, it } from 'vitest';
import { MicroBatcher, QueueFullError } from './micro-batcher.js';

describe('MicroBatcher', () => {
  it('groups what arrives in one turn into one run, in order, capped by maxBatch', async () => {
    const runs: number[][] = [];
    const b = new MicroBatcher<number, number>(async (xs) => {
      runs.push(xs);
      return xs.map((x) => x * 2);
    }, { maxBatch: 3, maxQueue: 100 });
    const out = await Promise.all([1, 2, 3, 4, 5].map((x) => b.submit(x)));
    expect(out).toEqual([2, 4, 6, 8, 10]);
    expect(runs).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('refuses beyond maxQueue instead of growing', async () => {
    const b = new MicroBatcher<number, number>(async (xs) => xs, { maxBatch: 10, maxQueue: 2 });
    const a = b.submit(1);
    const c = b.submit(2);
    await expect(b.submit(3)).rejects.toBeInstanceOf(QueueFullError);
    await expect(Promise.all([a, c])).resolves.toEqual([1, 2]);
  });

  it('rejects every item of a failed batch and keeps serving the next', async () => {
    let fail = true;
    const b = new MicroBatcher<number, number>(async (xs) => {
      if (fail) throw new Error('db down');
      return xs;
    }, { maxBatch: 10, maxQueue: 10 });
    await expect(Promise.all([b.submit(1), b.submit(2)])).rejects.toThrow('db down');
    fail = false;
    await expect(b.submit(3)).resolves.toBe(3);
  });
});
