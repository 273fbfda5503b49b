import { describe, expect, it } from 'vitest';
import { checkPushEnvelope } from './marketplace-push.js';

const check = (o: unknown, nowMs = 1_000_000_000) => checkPushEnvelope(Buffer.from(JSON.stringify(o)), { shopId: '42', shopField: 'shop_id', windowSeconds: 600, nowMs });

describe('checkPushEnvelope', () => {
  it('accepts a recent push for our shop, by number or string', () => {
    expect(check({ shop_id: 42, timestamp: 1_000_000 - 599 })).toEqual({ ok: true });
    expect(check({ shop_id: '42', timestamp: 1_000_000 + 200 })).toEqual({ ok: true });
  });

  it('refuses a replay outside the window (401) and a push for another shop (403)', () => {
    expect(check({ shop_id: 42, timestamp: 1_000_000 - 601 })).toMatchObject({ ok: false, status: 401 });
    expect(check({ shop_id: 42, timestamp: 1_000_000 + 301 })).toMatchObject({ ok: false, status: 401 });
    expect(check({ shop_id: 43, timestamp: 1_000_000 })).toMatchObject({ ok: false, status: 403 });
  });

  it('leaves bodies without these fields to the parser', () => {
    expect(checkPushEnvelope(Buffer.from('not json'), { shopId: '42', shopField: 'shop_id', windowSeconds: 600 })).toEqual({ ok: true });
    expect(check([1, 2])).toEqual({ ok: true });
    expect(check({ timestamp: 'soon' })).toEqual({ ok: true });
  });
});
