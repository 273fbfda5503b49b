import { describe, expect, it } from 'vitest';
import { classifyGraphFailure } from './graph-errors.js';

const graph = (code: number, message = 'x') => JSON.stringify({ error: { message, type: 'OAuthException', code, fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam' } });

describe('classifyGraphFailure', () => {
  it('waits out throughput and pair-rate limits for as long as each implies', () => {
    expect(classifyGraphFailure(400, {}, graph(130429))).toMatchObject({ permanent: false, retryAfterMs: 1_000 });
    expect(classifyGraphFailure(400, {}, graph(131056))).toMatchObject({ permanent: false, retryAfterMs: 6_000 });
    expect(classifyGraphFailure(400, {}, graph(80007))).toMatchObject({ permanent: false, retryAfterMs: 60_000 });
  });

  it('respects Retry-After on a 429', () => {
    expect(classifyGraphFailure(429, { 'retry-after': '7' }, '')).toMatchObject({ permanent: false, retryAfterMs: 7_000 });
    expect(classifyGraphFailure(429, {}, 'Too Many Requests')).toMatchObject({ permanent: false, retryAfterMs: 1_000 });
  });

  it('retries server errors and transient codes, gives up on the rest', () => {
    expect(classifyGraphFailure(503, {}, '<html>')).toMatchObject({ permanent: false });
    expect(classifyGraphFailure(500, {}, graph(131016))).toMatchObject({ permanent: false });
    expect(classifyGraphFailure(400, {}, graph(131047, 'Re-engagement message'))).toMatchObject({ permanent: true, error: expect.stringContaining('131047') });
    expect(classifyGraphFailure(400, {}, graph(100, 'Invalid parameter'))).toMatchObject({ permanent: true });
  });
});
