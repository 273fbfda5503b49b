import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from './backoff.js';
import { signWebhook, verifyWebhook } from './webhook-event.js';

describe('retry backoff', () => {
  it('grows exponentially within [ceiling/2, ceiling] and caps at one hour', () => {
    expect(retryDelayMs(1, () => 0)).toBe(500);
    expect(retryDelayMs(1, () => 1)).toBe(1000);
    expect(retryDelayMs(4, () => 1)).toBe(8000);
    expect(retryDelayMs(40, () => 1)).toBe(3_600_000);
  });

  it('never retries sooner than Retry-After', () => {
    expect(retryDelayMs(1, () => 0, 30_000)).toBe(30_000);
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ hello: 'wörld' });
  it('verify what they sign', () => {
    const header = signWebhook('whsec_x', body, 1000);
    expect(header).toMatch(/^t=1000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_x', body, header, 1000)).toBe(true);
  });
  it('reject another secret, a changed body, a replay outside the window and junk', () => {
    const header = signWebhook('whsec_x', body, 1000);
    expect(verifyWebhook('whsec_y', body, header, 1000)).toBe(false);
    expect(verifyWebhook('whsec_x', body + ' ', header, 1000)).toBe(false);
    expect(verifyWebhook('whsec_x', body, header, 1000 + 301)).toBe(false);
    expect(verifyWebhook('whsec_x', body, 'garbage', 1000)).toBe(false);
    expect(verifyWebhook('whsec_x', body, undefined, 1000)).toBe(false);
  });
});
