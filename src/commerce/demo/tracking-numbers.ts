// Recognises and validates carrier tracking numbers by their published structure and check digit.
// Pure functions with no demo-data dependency, so the NLU engine can use them on what shoppers type.

export const TRACKING_FORMATS = [
  'ups', 'usps', 'dhl_express', 'upu_s10', 'sf_express', 'jt_express', 'ninja_van',
] as const;
export type TrackingFormat = (typeof TRACKING_FORMATS)[number];

/** Countries Ninja Van delivers in; its numbers carry one of them after the NV prefix. */
export const NINJA_VAN_COUNTRIES = ['SG', 'MY', 'ID', 'TH', 'VN', 'PH'] as const;

/** Shoppers paste numbers with spaces, dashes and lower case; carriers print them upper case. */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

const digitsOf = (text: string): number[] => Array.from(text, (ch) => Number(ch));

/**
 * UPS 1Z numbers: the 15 characters after "1Z" (letters mapped A=2 … I=0, J=1 …, i.e. (code − 63) mod 10)
 * are summed with every second one doubled; the check digit brings the sum to a multiple of 10.
 */
export function upsCheckDigit(body: string): number {
  if (!/^[0-9A-Z]{15}$/.test(body)) throw new Error('UPS body must be 15 letters or digits');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code <= 57 ? code - 48 : (code - 63) % 10;
    sum += i % 2 === 1 ? value * 2 : value;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidUpsTracking(raw: string): boolean {
  const value = normaliseTrackingNumber(raw);
  if (!/^1Z[0-9A-Z]{15}\d$/.test(value)) return false;
  return upsCheckDigit(value.slice(2, 17)) === Number(value[17]);
}

/** USPS 22-digit (IMpb) numbers: GS1 mod 10, weights 3 and 1 alternating from the rightmost data digit. */
export function uspsCheckDigit(body: string): number {
  if (!/^\d{21}$/.test(body)) throw new Error('USPS body must be 21 digits');
  const digits = digitsOf(body).reverse();
  const sum = digits.reduce((acc, digit, i) => acc + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

export function isValidUspsTracking(raw: string): boolean {
  const value = normaliseTrackingNumber(raw);
  if (!/^\d{22}$/.test(value)) return false;
  return uspsCheckDigit(value.slice(0, 21)) === Number(value[21]);
}

/** DHL Express air waybills: 10 digits, the last being the first nine read as a number, mod 7. */
export function dhlExpressCheckDigit(body: string): number {
  if (!/^\d{9}$/.test(body)) throw new Error('DHL Express body must be 9 digits');
  return Number(body) % 7;
}

export function isValidDhlExpressTracking(raw: string): boolean {
  const value = normaliseTrackingNumber(raw);
  if (!/^\d{10}$/.test(value)) return false;
  return dhlExpressCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 (postal items, e.g. RR123456785SG): weights 8,6,4,2,3,5,9,7, mod 11, 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error('S10 serial must be 8 digits');
  const sum = digitsOf(serial).reduce((acc, digit, i) => acc + digit * (S10_WEIGHTS[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

export function isValidS10Tracking(raw: string): boolean {
  const value = normaliseTrackingNumber(raw);
  if (!/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(value)) return false;
  return s10CheckDigit(value.slice(2, 10)) === Number(value[10]);
}

// SF Express, J&T Express and Ninja Van publish no check digit: structure is all there is to verify.

export function isValidSfExpressTracking(raw: string): boolean {
  return /^SF\d{12}$/.test(normaliseTrackingNumber(raw));
}

export function isValidJtExpressTracking(raw: string): boolean {
  return /^JT\d{10}$/.test(normaliseTrackingNumber(raw));
}

export function isValidNinjaVanTracking(raw: string): boolean {
  const match = /^NV([A-Z]{2})[0-9A-Z]{10}$/.exec(normaliseTrackingNumber(raw));
  return match !== null && (NINJA_VAN_COUNTRIES as readonly string[]).includes(match[1] ?? '');
}

export const TRACKING_VALIDATORS: Record<TrackingFormat, (raw: string) => boolean> = {
  ups: isValidUpsTracking,
  usps: isValidUspsTracking,
  dhl_express: isValidDhlExpressTracking,
  upu_s10: isValidS10Tracking,
  sf_express: isValidSfExpressTracking,
  jt_express: isValidJtExpressTracking,
  ninja_van: isValidNinjaVanTracking,
};

/** The format a string validly belongs to, or null. Prefixed formats are tried before bare digits. */
export function detectTrackingFormat(raw: string): TrackingFormat | null {
  for (const format of TRACKING_FORMATS) {
    if (TRACKING_VALIDATORS[format](raw)) return format;
  }
  return null;
}
