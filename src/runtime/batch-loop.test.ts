import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { BatchLoop } from './batch-loop.js';

const log = createLogger('silent');

describe('BatchLoop', () => {
  it('keeps running while batches find work, sleeps when idle, and runs at once when woken', async () => {
    const work = [3, 2, 0];
    const calls: number[] = [];
    let idleResolved: () => void = () => undefined;
    const idle = new Promise<void>((r) => (idleResolved = r));
    const loop = new BatchLoop('t', async () => {
      const n = work.shift() ?? 0;
      calls.push(n);
      if (work.length === 0) idleResolved();
      return n;
    }, log, 60_000);
    loop.start();
    await idle;
    expect(calls).toEqual([3, 2, 0]);
    // Asleep on a one-minute poll: only a wake brings the next batch.
    work.push(1, 0);
    const woke = Date.now();
    loop.wake();
    while (calls.length < 5) await new Promise((r) => setTimeout(r, 5));
    expect(Date.now() - woke).toBeLessThan(5_000);
    expect(calls).toEqual([3, 2, 0, 1, 0]);
    await loop.stop();
  });

  it('survives a failing batch and stops cleanly', async () => {
    let n = 0;
    const loop = new BatchLoop('t', async () => {
      n++;
      if (n === 1) throw new Error('boom');
      return 0;
    }, log, 10, 1);
    loop.start();
    while (n < 3) await new Promise((r) => setTimeout(r, 5));
    await loop.stop();
    const after = n;
    await new Promise((r) => setTimeout(r, 50));
    expect(n).toBe(after);
  });
});
