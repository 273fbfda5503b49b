import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst of the rate, then spaces sends at 1/rate', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 5; i++) expect(limiter.take('a', 5)).toBe(0);
    expect(limiter.take('a', 5)).toBe(200);
    now += 200;
    expect(limiter.take('a', 5)).toBe(0);
    expect(limiter.take('a', 5)).toBe(200);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(() => 0);
    expect(limiter.take('a', 1)).toBe(0);
    expect(limiter.take('a', 1)).toBe(1000);
    expect(limiter.take('b', 1)).toBe(0);
  });
});
