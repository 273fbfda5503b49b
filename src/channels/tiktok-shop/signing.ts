// TikTok Shop Partner API (202309+) signatures. Requests: sign = hex HMAC-SHA256 with the app secret
// over app_secret + path + the query parameters (but sign and access_token) sorted by name as
// name+value + the JSON body + app_secret; the access token rides in x-tts-access-token. Webhooks:
// the Authorization header is the hex HMAC-SHA256 of app_key + raw body with the app secret.
import { createHmac } from 'node:crypto';
import { headerValue, macMatches } from '../hmac.js';
import type { RawWebhook, Verdict } from '../types.js';

export function tiktokSign(appSecret: string, path: string, params: Record<string, string>, body: string): string {
  const sorted = Object.keys(params)
    .filter((k) => k !== 'sign' && k !== 'access_token')
    .sort()
    .map((k) => `${k}${params[k]}`)
    .join('');
  return createHmac('sha256', appSecret).update(`${appSecret}${path}${sorted}${body}${appSecret}`).digest('hex');
}

export function signedTiktokUrl(apiUrl: string, path: string, params: Record<string, string>, appSecret: string, body: string): string {
  const q = new URLSearchParams({ ...params, sign: tiktokSign(appSecret, path, params, body) });
  return `${apiUrl.replace(/\/$/, '')}${path}?${q.toString()}`;
}

export function verifyTiktokWebhook(req: RawWebhook, appKey: string, appSecret: string): Verdict {
  const header = headerValue(req.headers, 'authorization')?.trim();
  if (!header) return { ok: false, status: 401, reason: 'missing Authorization' };
  if (!/^[0-9a-fA-F]{64}$/.test(header)) return { ok: false, status: 401, reason: 'Authorization is not a hex HMAC-SHA256' };
  const expected = createHmac('sha256', appSecret).update(appKey).update(req.body).digest();
  return macMatches(expected, Buffer.from(header, 'hex')) ? { ok: true } : { ok: false, status: 401, reason: 'Authorization does not match app key + body' };
}
