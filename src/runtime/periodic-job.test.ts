import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.js';
import { PeriodicJob } from './periodic-job.js';

describe('PeriodicJob', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at start and every interval, never two at a time, logs a failure and goes on; stop waits for a run', async () => {
    vi.useFakeTimers();
    const log = createLogger('silent');
    const errors = vi.spyOn(log, 'error');
    let release: () => void = () => undefined;
    let runs = 0;
    const job = new PeriodicJob(
      () => {
        runs++;
        if (runs === 2) return Promise.reject(new Error('boom'));
        return new Promise<void>((r) => (release = r));
      },
      1_000,
      log,
      'sweep failed',
    );
    job.start();
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    expect(errors).toHaveBeenCalledWith({ err: 'boom' }, 'sweep failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(3);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(3);
  });
});
