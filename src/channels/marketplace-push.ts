// Checks shared by the marketplace pushes (Shopee, TikTok Shop, Lazada). TikTok Shop and Lazada sign
// a push with the app secret over app key + raw body. Once the HMAC matched, the signed body's own
// timestamp must be recent (a captured push replayed later is refused even though its signature is
// genuine) and the push must be for the shop this account serves. A body that is not JSON, or lacks
// these fields, passes here and is refused by the parser as malformed.
import { createHmac } from 'node:crypto';
import { headerValue, macMatches } from './hmac.js';
import type { RawWebhook, Verdict } from './types.js';

/** `Authorization: <hex HMAC-SHA256 of app key + raw body, keyed with the app secret>`. */
export function verifyAppKeySignedPush(req: RawWebhook, appKey: string, appSecret: string): Verdict {
  const header = headerValue(req.headers, 'authorization')?.trim();
  if (!header) return { ok: false, status: 401, reason: 'missing Authorization' };
  if (!/^[0-9a-fA-F]{64}$/.test(header)) return { ok: false, status: 401, reason: 'Authorization is not a hex HMAC-SHA256' };
  const expected = createHmac('sha256', appSecret).update(appKey).update(req.body).digest();
  return macMatches(expected, Buffer.from(header, 'hex')) ? { ok: true } : { ok: false, status: 401, reason: 'Authorization does not match app key + body' };
}

/** A push may arrive this long before our clock says it was sent (clock skew). */
const FUTURE_SKEW_SECONDS = 300;

export function checkPushEnvelope(body: Buffer, opts: { shopId: string; shopField: string; windowSeconds: number; nowMs?: number }): Verdict {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: true };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: true };
  const o = json as Record<string, unknown>;
  const now = Math.floor((opts.nowMs ?? Date.now()) / 1000);
  if (typeof o.timestamp === 'number' && Number.isFinite(o.timestamp)) {
    const age = now - toSeconds(o.timestamp);
    if (age > opts.windowSeconds || age < -FUTURE_SKEW_SECONDS) return { ok: false, status: 401, reason: `push timestamp ${o.timestamp} is outside the ${opts.windowSeconds}-second replay window` };
  }
  const shop = o[opts.shopField];
  if ((typeof shop === 'number' || typeof shop === 'string') && String(shop) !== opts.shopId) return { ok: false, status: 403, reason: `push for shop ${String(shop).slice(0, 40)}, not the shop this account serves (${opts.shopId})` };
  return { ok: true };
}

/** Platform ids come as digit strings or as JSON numbers; both are kept as the digit string. */
export function idString(v: string | number): string {
  return typeof v === 'number' ? String(v) : v;
}

/** Epoch seconds from a platform time in seconds or milliseconds (Lazada uses both). */
export function toSeconds(t: number): number {
  return t > 99_999_999_999 ? Math.floor(t / 1000) : t;
}
