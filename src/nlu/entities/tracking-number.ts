// Carrier tracking numbers. Self-identifying formats (UPS 1Z, UPU S10, SF, J&T, Ninja Van) are
// taken anywhere; all-digit ones (USPS, FedEx, DHL Express) only with a valid check digit and a
// carrier or tracking word nearby, since a bare 10–22 digit number is as likely an order or phone.
import type { Entity } from '../types.js';
import {
  dhlCheckDigitValid, fedexCheckDigitValid, gs1CheckDigitValid, s10CheckDigitValid, upsCheckDigitValid,
} from './check-digits.js';
import { entityFromMatch } from './entity-span.js';

interface CarrierFormat {
  carrier: string;
  pattern: RegExp;
  valid?: (code: string) => boolean;
  /** All-digit formats need a tracking word or the carrier's name near them. */
  needsContext?: boolean;
  /** Check digit verified (false: pattern only, the carrier publishes no check digit). */
  checked: boolean;
}

const FORMATS: CarrierFormat[] = [
  { carrier: 'ups', pattern: /\b1Z[0-9A-Z]{16}\b/gi, valid: upsCheckDigitValid, checked: true },
  { carrier: 'upu_s10', pattern: /\b[A-Z]{2}\d{9}[A-Z]{2}\b/gi, valid: s10CheckDigitValid, checked: true },
  { carrier: 'sf_express', pattern: /\bSF\d{12,13}\b/gi, checked: false },
  { carrier: 'jt_express', pattern: /\bJ[TPDX]\d{10,13}\b/gi, checked: false },
  { carrier: 'ninja_van', pattern: /\bN[VL][A-Z]{2}[A-Z0-9]{8,20}\b/gi, checked: false },
  { carrier: 'usps', pattern: /\b(?:9[1-5]\d{20}|9[1-5]\d{18}|\d{20})\b/g, valid: gs1CheckDigitValid, needsContext: true, checked: true },
  { carrier: 'fedex', pattern: /\b\d{12}\b/g, valid: fedexCheckDigitValid, needsContext: true, checked: true },
  { carrier: 'fedex', pattern: /\b\d{15}\b/g, valid: gs1CheckDigitValid, needsContext: true, checked: true },
  { carrier: 'dhl_express', pattern: /\b\d{10}\b/g, valid: dhlCheckDigitValid, needsContext: true, checked: true },
];

const TRACKING_CONTEXT = /track|tracking|awb|waybill|resi|no\.?\s*resi|lacak|vận đơn|van don|mã vận|運單|运单|快递单|追跡|송장|운송장|พัสดุ|เลขพัสดุ|تتبع|شحنة|rastreio|rastreo|seguimiento|guía|usps|fedex|dhl|ups|parcel|package|paket|kiện|包裹|荷物|택배|envío|envio/i;
const CONTEXT_WINDOW = 40;

function hasContext(text: string, start: number, end: number): boolean {
  return TRACKING_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW));
}

export function extractTrackingNumbers(text: string): Entity[] {
  const out: Entity[] = [];
  for (const f of FORMATS) {
    f.pattern.lastIndex = 0;
    for (const m of text.matchAll(f.pattern)) {
      const code = m[0].toUpperCase();
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((e) => start < e.end && end > e.start)) continue;
      if (f.valid && !f.valid(code)) continue;
      if (f.needsContext && !hasContext(text, start, end)) continue;
      out.push(entityFromMatch('tracking_number', code, m[0], start, { carrier: f.carrier, checkDigit: f.checked }));
    }
  }
  return out;
}
