// Tests for the reconnect backoff: growth, cap and jitter bounds.
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

const options = { baseMs: 1000, capMs: 30_000 };

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt, half of it fixed and half random', () => {
    expect(backoffDelay(0, options, () => 0)).toBe(500);
    expect(backoffDelay(0, options, () => 1)).toBe(1000);
    expect(backoffDelay(3, options, () => 0)).toBe(4000);
    expect(backoffDelay(3, options, () => 0.999999)).toBe(8000);
  });

  it('never exceeds the cap, however many attempts failed', () => {
    for (const attempt of [5, 10, 50, 1000]) {
      expect(backoffDelay(attempt, options, () => 1)).toBeLessThanOrEqual(30_000);
      expect(backoffDelay(attempt, options, () => 0)).toBe(15_000);
    }
  });

  it('spreads clients out: different random draws give different delays', () => {
    const delays = new Set([0.1, 0.4, 0.7].map((draw) => backoffDelay(4, options, () => draw)));
    expect(delays.size).toBe(3);
  });

  it('treats negative or fractional attempts as sane values', () => {
    expect(backoffDelay(-3, options, () => 0)).toBe(500);
    expect(backoffDelay(1.7, options, () => 0)).toBe(1000);
  });
});
