// Checks each carrier validator against worked examples, generated numbers and corrupted check digits.
import { describe, expect, it } from 'vitest';
import { makeTrackingNumber } from './make-tracking-number.js';
import { createRandom } from './random.js';
import {
  TRACKING_FORMATS, TRACKING_VALIDATORS, detectTrackingFormat, dhlExpressCheckDigit, isValidDhlExpressTracking,
  isValidNinjaVanTracking, isValidS10Tracking, isValidUpsTracking, isValidUspsTracking, s10CheckDigit,
  upsCheckDigit, uspsCheckDigit,
} from './tracking-numbers.js';

const context = { upsShipper: 'A1B2C3', s10Country: 'SG', s10Service: 'RR', ninjaVanCountry: 'MY' };

function swapLastDigit(value: string, index: number): string {
  const original = Number(value[index]);
  return value.slice(0, index) + String((original + 1) % 10) + value.slice(index + 1);
}

describe('tracking number check digits', () => {
  it('accepts the worked examples and rejects a wrong check digit', () => {
    // UPS sample number: 9,9,9,A(2),A(2),1,0,1,2,3,4,5,6,7,8 → 40 + 2×28 = 96 → check 4.
    expect(upsCheckDigit('999AA1012345678')).toBe(4);
    expect(isValidUpsTracking('1Z999AA10123456784')).toBe(true);
    expect(isValidUpsTracking('1Z 999 AA1 0123 4567 84')).toBe(true);
    expect(isValidUpsTracking('1Z999AA10123456785')).toBe(false);

    // S10: 1·8+2·6+3·4+4·2+5·3+6·5+7·9+8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(isValidS10Tracking('RR123456785SG')).toBe(true);
    expect(isValidS10Tracking('RR123456784SG')).toBe(false);

    // DHL: 123456789 mod 7 = 1.
    expect(dhlExpressCheckDigit('123456789')).toBe(1);
    expect(isValidDhlExpressTracking('1234567891')).toBe(true);
    expect(isValidDhlExpressTracking('1234567892')).toBe(false);

    // USPS: from the right, 9 sits at an even offset (×3), 4 odd (×1), 1 even (×3): 27 + 4 + 3 = 34 → 6.
    expect(uspsCheckDigit('940010000000000000000')).toBe(6);
    expect(isValidUspsTracking('9400100000000000000006')).toBe(true);
    expect(isValidUspsTracking('9400100000000000000007')).toBe(false);
  });

  it('handles the S10 special cases where 11 − r is 10 or 11', () => {
    // 00000000 sums to 0, r = 0, 11 − 0 = 11 → 5.
    expect(s10CheckDigit('00000000')).toBe(5);
    // 00004000 sums to 4·3 = 12, r = 1, 11 − 1 = 10 → 0.
    expect(s10CheckDigit('00004000')).toBe(0);
    expect(isValidS10Tracking('EE000040000SG')).toBe(true);
  });

  it('checks structure for carriers without a check digit', () => {
    expect(TRACKING_VALIDATORS.sf_express('SF123456789012')).toBe(true);
    expect(TRACKING_VALIDATORS.sf_express('SF12345678901')).toBe(false);
    expect(TRACKING_VALIDATORS.jt_express('JT1234567890')).toBe(true);
    expect(TRACKING_VALIDATORS.jt_express('JT123456789A')).toBe(false);
    expect(isValidNinjaVanTracking('NVSG4K7PQ2M9ZX')).toBe(true);
    expect(isValidNinjaVanTracking('NVUS4K7PQ2M9ZX')).toBe(false);
  });

  it('generates numbers that validate, are detected as their own format, and fail with a bumped check digit', () => {
    const random = createRandom(99);
    for (const format of TRACKING_FORMATS) {
      for (let i = 0; i < 200; i++) {
        const value = makeTrackingNumber(format, random, context);
        expect(TRACKING_VALIDATORS[format](value), `${format} ${value}`).toBe(true);
        expect(detectTrackingFormat(value)).toBe(format);
      }
    }
    for (const [format, checkIndex] of [['ups', 17], ['usps', 21], ['dhl_express', 9], ['upu_s10', 10]] as const) {
      const value = makeTrackingNumber(format, random, context);
      expect(TRACKING_VALIDATORS[format](swapLastDigit(value, checkIndex))).toBe(false);
    }
  });

  it('detects nothing in ordinary text or order numbers', () => {
    expect(detectTrackingFormat('PD-100234')).toBeNull();
    expect(detectTrackingFormat('hello')).toBeNull();
  });
});
