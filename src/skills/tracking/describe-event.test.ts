import { describe, expect, it } from 'vitest';
import { samePhone } from '../order-access.js';
import { describeEvent, shopperTimeZone } from './describe-event.js';

describe('describeEvent', () => {
  it('writes the status in the shopper\'s language and the time in their zone', () => {
    const event = { at: '2026-12-01T16:30:00Z', status: 'out_for_delivery' as const, description: 'Out for delivery', location: 'Bangkok, TH' };
    const zone = shopperTimeZone('TH', 'Asia/Singapore');
    expect(zone).toBe('Asia/Bangkok');
    expect(describeEvent(event, 'en', zone)).toBe('Out for delivery — Bangkok, TH, Dec 1, 2026, 11:30 PM');
    expect(describeEvent(event, 'th', zone)).toContain('กำลังนำส่ง');
    expect(describeEvent(event, 'es', shopperTimeZone('ES', 'Asia/Singapore'))).toContain('17:30');
    expect(shopperTimeZone('ZZ', 'Asia/Singapore')).toBe('Asia/Singapore');
  });
});

describe('samePhone', () => {
  it('matches a number however it is written, and never on too few digits', () => {
    expect(samePhone('+65 9709 8708', '+6597098708')).toBe(true);
    expect(samePhone('097098708', '+6597098708')).toBe(true);
    expect(samePhone('+6597098709', '+6597098708')).toBe(false);
    expect(samePhone('8708', '+6597098708')).toBe(false);
  });
});
