// Tests of carrier check digits and tracking-number extraction, including the demo store shipments.
import { describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../commerce/demo/index.js';
import { dhlCheckDigitValid, fedexCheckDigitValid, gs1CheckDigitValid, s10CheckDigitValid, upsCheckDigitValid } from './check-digits.js';
import { extractTrackingNumbers } from './tracking-number.js';

/** Appends the check digit that makes `valid` accept the number, to build test numbers. */
function withCheckDigit(body: string, valid: (s: string) => boolean, suffix = ''): string {
  for (let d = 0; d <= 9; d++) if (valid(body + d + suffix)) return body + d + suffix;
  throw new Error('no check digit fits');
}

describe('check digits', () => {
  it('accepts published examples and rejects one-digit changes', () => {
    expect(upsCheckDigitValid('1Z999AA10123456784')).toBe(true);
    expect(upsCheckDigitValid('1Z999AA10123456785')).toBe(false);
    expect(s10CheckDigitValid('RR123456785SG')).toBe(true);
    expect(s10CheckDigitValid('RR123456784SG')).toBe(false);
  });

  it('follows the mod-7, mod-11 and GS1 mod-10 rules', () => {
    expect(dhlCheckDigitValid('1234567895')).toBe(123456789 % 7 === 5);
    const dhl = withCheckDigit('123456789', dhlCheckDigitValid);
    expect(dhl.endsWith(String(123456789 % 7))).toBe(true);
    // GS1: 9400 1000 0000 0000 0000 0 → weights 3,1 from the right.
    const usps = withCheckDigit('940010000000000000000', gs1CheckDigitValid);
    expect(gs1CheckDigitValid(usps)).toBe(true);
    expect(gs1CheckDigitValid(usps.slice(0, -1) + ((Number(usps.at(-1)) + 1) % 10))).toBe(false);
    const fedex = withCheckDigit('12345678901', fedexCheckDigitValid);
    // 1·1+0·3+9·7+8·1+7·3+6·7+5·1+4·3+3·7+2·1+1·3 = 178; 178 mod 11 = 2.
    expect(fedex).toBe('123456789012');
  });
});

describe('extractTrackingNumbers', () => {
  it('finds self-identifying formats anywhere', () => {
    const found = extractTrackingNumbers('UPS 1Z999AA10123456784, post RR123456785SG, SF1234567890123 and JT0123456789012');
    expect(found.map((e) => [e.value, e.meta?.carrier])).toEqual([
      ['1Z999AA10123456784', 'ups'],
      ['RR123456785SG', 'upu_s10'],
      ['SF1234567890123', 'sf_express'],
      ['JT0123456789012', 'jt_express'],
    ]);
  });

  it('rejects a 1Z or S10 code with a wrong check digit', () => {
    expect(extractTrackingNumbers('1Z999AA10123456785 RR123456784SG')).toEqual([]);
  });

  it('takes all-digit numbers only with a valid check digit and a tracking word nearby', () => {
    const dhl = withCheckDigit('123456789', dhlCheckDigitValid);
    expect(extractTrackingNumbers(`DHL waybill ${dhl}`)).toMatchObject([{ value: dhl, meta: { carrier: 'dhl_express' } }]);
    expect(extractTrackingNumbers(`call me on ${dhl}`)).toEqual([]);
    const wrong = dhl.slice(0, -1) + ((Number(dhl.at(-1)) + 1) % 10);
    expect(extractTrackingNumbers(`DHL waybill ${wrong}`)).toEqual([]);
  });
});

describe('tracking numbers of the demo store', () => {
  it('recognises every generated shipment with its carrier family', () => {
    const { shipments } = generateDemoStore();
    expect(shipments.length).toBeGreaterThan(100);
    for (const s of shipments) {
      const found = extractTrackingNumbers(`tracking number ${s.trackingNumber}`);
      expect(found.map((e) => e.value), `${s.carrier} ${s.trackingNumber}`).toEqual([s.trackingNumber.toUpperCase()]);
    }
  });
});
