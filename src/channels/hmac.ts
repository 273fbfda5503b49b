// HMAC-SHA256 signature checks shared by the channels, compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** True when `given` (already decoded) equals the HMAC of the body. */
export function macMatches(expected: Buffer, given: Buffer): boolean {
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Meta's `X-Hub-Signature-256: sha256=<hex>` over the raw body with the app secret. */
export function verifyHubSignature(appSecret: string, body: Buffer, header: string | undefined): boolean {
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header?.trim() ?? '');
  if (!m) return false;
  return macMatches(hmacSha256(appSecret, body), Buffer.from(m[1]!, 'hex'));
}

/** Constant-time comparison of two shared-secret strings (Telegram's secret token, Meta's verify token). */
export function secretEquals(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
