// Shopee Open Platform v2 signatures. API calls: sign = hex HMAC-SHA256 with the partner key over
// partner_id + api path + timestamp (+ access_token + shop_id for shop-level calls), sent as query
// parameters. Pushes: the Authorization header is the hex HMAC-SHA256 of "<callback url>|<raw body>".
import { createHmac } from 'node:crypto';
import { headerValue, macMatches } from '../hmac.js';
import type { RawWebhook, Verdict } from '../types.js';

export function shopeeSign(partnerKey: string, base: string): string {
  return createHmac('sha256', partnerKey).update(base).digest('hex');
}

/** The full URL of a signed call: shop-level when `shop` is given, public (auth) level otherwise. */
export function signedShopeeUrl(apiUrl: string, path: string, partnerId: string, partnerKey: string, timestamp: number, shop?: { accessToken: string; shopId: string }): string {
  const base = `${partnerId}${path}${timestamp}${shop ? `${shop.accessToken}${shop.shopId}` : ''}`;
  const q = new URLSearchParams({ partner_id: partnerId, timestamp: String(timestamp), sign: shopeeSign(partnerKey, base), ...(shop ? { access_token: shop.accessToken, shop_id: shop.shopId } : {}) });
  return `${apiUrl.replace(/\/$/, '')}${path}?${q.toString()}`;
}

export function verifyShopeePush(req: RawWebhook, partnerKey: string): Verdict {
  const header = headerValue(req.headers, 'authorization')?.trim();
  if (!header) return { ok: false, status: 401, reason: 'missing Authorization' };
  if (!/^[0-9a-fA-F]{64}$/.test(header)) return { ok: false, status: 401, reason: 'Authorization is not a hex HMAC-SHA256' };
  const expected = createHmac('sha256', partnerKey).update(`${req.url}|`).update(req.body).digest();
  return macMatches(expected, Buffer.from(header, 'hex')) ? { ok: true } : { ok: false, status: 401, reason: 'Authorization does not match the callback URL and body' };
}
