// Issues fresh, check-digit-correct tracking numbers for the demo shipments.
import type { Random } from './random.js';
import {
  dhlExpressCheckDigit, s10CheckDigit, upsCheckDigit, uspsCheckDigit, type TrackingFormat,
} from './tracking-numbers.js';

const ALPHANUMERIC = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
}

function alphanumerics(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += random.pick(Array.from(ALPHANUMERIC));
  return out;
}

export interface TrackingNumberContext {
  /** The shop's UPS account: every 1Z number it ships carries the same shipper field. */
  upsShipper: string;
  /** Issuing post office for S10 items (SG for SingPost). */
  s10Country: string;
  /** UPU service indicator, e.g. RR for registered, EE for EMS. */
  s10Service: string;
  /** Ninja Van country of the delivering network. */
  ninjaVanCountry: string;
}

export function makeTrackingNumber(format: TrackingFormat, random: Random, context: TrackingNumberContext): string {
  switch (format) {
    case 'ups': {
      const body = context.upsShipper + random.pick(['65', '66']) + digits(random, 7);
      return `1Z${body}${upsCheckDigit(body)}`;
    }
    case 'usps': {
      // IMpb numbers open with a channel application identifier such as 9400 or 9205.
      const body = random.pick(['9400', '9205', '9261']) + digits(random, 17);
      return body + uspsCheckDigit(body);
    }
    case 'dhl_express': {
      const body = String(random.int(1, 9)) + digits(random, 8);
      return body + dhlExpressCheckDigit(body);
    }
    case 'upu_s10': {
      const serial = digits(random, 8);
      return `${context.s10Service}${serial}${s10CheckDigit(serial)}${context.s10Country}`;
    }
    case 'sf_express':
      return 'SF' + String(random.int(1, 9)) + digits(random, 11);
    case 'jt_express':
      return 'JT' + String(random.int(1, 9)) + digits(random, 9);
    case 'ninja_van':
      return `NV${context.ninjaVanCountry}${alphanumerics(random, 10)}`;
  }
}
