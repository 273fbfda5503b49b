// Check-digit algorithms of carrier tracking numbers, so that a random number is not taken for one.

const digitsOf = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0) - 48);

/** UPS 1Z: letters count as (code − 63) mod 10; odd positions once, even positions twice. */
export function upsCheckDigitValid(trackingNumber: string): boolean {
  const body = trackingNumber.slice(2).toUpperCase();
  if (!/^[0-9A-Z]{16}$/.test(body)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body.charCodeAt(i);
    const v = ch >= 65 ? (ch - 63) % 10 : ch - 48;
    sum += i % 2 === 1 ? 2 * v : v;
  }
  return (10 - (sum % 10)) % 10 === body.charCodeAt(15) - 48;
}

/** GS1 mod 10 (USPS IMpb 20/22 digits, FedEx 15-digit Ground): weights 3,1,… from the right. */
export function gs1CheckDigitValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  const d = digitsOf(digits);
  let sum = 0;
  for (let i = d.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += d[i]! * w;
  return (10 - (sum % 10)) % 10 === d[d.length - 1];
}

/** FedEx Express 12 digits: weights 1,3,7 from the right over the first 11, sum mod 11 mod 10. */
export function fedexCheckDigitValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const weights = [1, 3, 7];
  let sum = 0;
  for (let i = 10, k = 0; i >= 0; i--, k++) sum += d[i]! * weights[k % 3]!;
  return (sum % 11) % 10 === d[11];
}

/** DHL Express waybill, 10 digits: the last is the first nine mod 7. */
export function dhlCheckDigitValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return Number(digits.slice(0, 9)) % 7 === Number(digits[9]);
}

/** UPU S10 (postal items, e.g. RR123456785SG): weights 8,6,4,2,3,5,9,7; 10 → 0, 11 → 5. */
export function s10CheckDigitValid(code: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(code.toUpperCase());
  if (!m) return false;
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (m[1]!.charCodeAt(i) - 48) * weights[i]!;
  let check = 11 - (sum % 11);
  if (check === 10) check = 0;
  else if (check === 11) check = 5;
  return check === Number(m[2]);
}
