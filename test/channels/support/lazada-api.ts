// The Lazada Open Platform calls the channel makes, as documented: form-encoded parameters with
// app_key, timestamp (milliseconds, within 7 minutes), sign_method sha256 and sign (uppercase hex
// HMAC-SHA256 with the app secret over api path + sorted name+value pairs). /auth/token/refresh
// rotates tokens (a refresh token works once); /im/message/send takes session_id, template_id 1 and
// txt with a live access token. Answers are {code: "0" | error code, message, request_id, data}.
import { createHmac } from 'node:crypto';
import type { PlatformReply, PlatformRequest } from './platform-server.js';

export function lazadaApi(opts: { appKey: string; appSecret: string; refreshToken: string }) {
  const refreshTokens = new Set([opts.refreshToken]);
  const accessTokens = new Map<string, number>();
  let n = 0;
  const fail = (code: string, message: string, status = 200): PlatformReply => ({ status, body: { type: 'ISV', code, message, request_id: `r${++n}` } });
  const handler = (req: PlatformRequest): PlatformReply => {
    const path = new URL(req.path, 'http://x').pathname;
    if (!/^application\/x-www-form-urlencoded/.test(String(req.headers['content-type']))) return fail('MissingParameter', 'form body expected');
    const p = Object.fromEntries(new URLSearchParams(req.body).entries());
    if (p.app_key !== opts.appKey) return fail('InvalidAppKey', 'App key is invalid');
    if (p.sign_method !== 'sha256' || !/^\d{13}$/.test(p.timestamp ?? '') || Math.abs(Date.now() - Number(p.timestamp)) > 420_000) return fail('InvalidTimestamp', 'timestamp is invalid or expired');
    const sorted = Object.keys(p).filter((k) => k !== 'sign').sort().map((k) => `${k}${p[k]}`).join('');
    if (p.sign !== createHmac('sha256', opts.appSecret).update(`${path}${sorted}`).digest('hex').toUpperCase()) return fail('IncompleteSignature', 'The request signature does not conform to platform standards');
    if (path === '/auth/token/refresh') {
      if (!refreshTokens.delete(p.refresh_token ?? '')) return fail('IllegalRefreshToken', 'refresh token is invalid or expired');
      const access = `50000${++n}01a2bAccessToken`;
      const refresh = `50001${n}01a2bRefreshToken`;
      refreshTokens.add(refresh);
      accessTokens.set(access, Date.now() + 604_800_000);
      return { status: 200, body: { access_token: access, refresh_token: refresh, expires_in: 604800, refresh_expires_in: 2592000, country: 'id', account_platform: 'seller_center', code: '0', request_id: `r${n}` } };
    }
    const exp = accessTokens.get(p.access_token ?? '');
    if (!exp || exp < Date.now()) return fail('IllegalAccessToken', 'The specified access token is invalid or expired');
    if (path === '/im/message/send') {
      if (!p.session_id || p.template_id !== '1' || !p.txt) return fail('MissingParameter', 'session_id, template_id and txt are required');
      return { status: 200, body: { code: '0', success: true, request_id: `r${++n}`, data: { message_id: `3RLFDp${String(n).padStart(8, '0')}`, session_id: p.session_id, template_id: 1 } } };
    }
    return fail('InvalidApiPath', 'api path not found', 404);
  };
  return { handler };
}
