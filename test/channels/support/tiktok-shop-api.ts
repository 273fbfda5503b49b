// The TikTok Shop Partner API calls the channel makes, as documented. Open API: every request signed
// (sign = HMAC-SHA256 with the app secret over app_secret + path + sorted params (minus sign and
// access_token) as name+value + body + app_secret), app_key and shop_cipher in the query, a timestamp
// within 5 minutes, the access token in x-tts-access-token; send message takes {type: "TEXT",
// content: '{"content":"…"}'}. Auth host: GET /api/v2/token/refresh rotates tokens (a refresh token
// works once; *_expire_in are absolute Unix seconds). Answers are {code, message, request_id, data}.
import { createHmac } from 'node:crypto';
import type { PlatformReply, PlatformRequest } from './platform-server.js';

export function tiktokShopApi(opts: { appKey: string; appSecret: string; shopCipher: string; refreshToken: string }) {
  const refreshTokens = new Set([opts.refreshToken]);
  const accessTokens = new Map<string, number>();
  let n = 0;
  const fail = (status: number, code: number, message: string): PlatformReply => ({ status, body: { code, message, request_id: `r${++n}` } });
  const handler = (req: PlatformRequest): PlatformReply => {
    const u = new URL(req.path, 'http://x');
    const q = u.searchParams;
    if (u.pathname === '/api/v2/token/refresh') {
      if (req.method !== 'GET') return fail(405, 36004004, 'method not allowed');
      if (q.get('app_key') !== opts.appKey || q.get('app_secret') !== opts.appSecret || q.get('grant_type') !== 'refresh_token') return fail(200, 36004004, 'invalid app_key, app_secret or grant_type');
      if (!refreshTokens.delete(q.get('refresh_token') ?? '')) return fail(200, 36004005, 'refresh token is invalid or expired');
      const access = `TTP_${++n}accessAAAAAexample`;
      const refresh = `TTP_${n}refreshAAAAAexample`;
      refreshTokens.add(refresh);
      const now = Math.floor(Date.now() / 1000);
      accessTokens.set(access, (now + 604_800) * 1000);
      return { status: 200, body: { code: 0, message: 'success', request_id: `r${n}`, data: { access_token: access, access_token_expire_in: now + 604_800, refresh_token: refresh, refresh_token_expire_in: now + 31_536_000, open_id: 'open1', seller_name: 'Acme', seller_base_region: 'ID', user_type: 0 } } };
    }
    const params = Object.fromEntries([...q.entries()]);
    const ts = Number(params.timestamp);
    if (params.app_key !== opts.appKey) return fail(401, 106001, 'invalid app_key');
    if (!Number.isInteger(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return fail(401, 106002, 'timestamp is expired');
    const sorted = Object.keys(params).filter((k) => k !== 'sign' && k !== 'access_token').sort().map((k) => `${k}${params[k]}`).join('');
    const expected = createHmac('sha256', opts.appSecret).update(`${opts.appSecret}${u.pathname}${sorted}${req.body}${opts.appSecret}`).digest('hex');
    if (params.sign !== expected) return fail(401, 106001, 'signature is invalid');
    const token = req.headers['x-tts-access-token'];
    const exp = typeof token === 'string' ? accessTokens.get(token) : undefined;
    if (!exp || exp < Date.now()) return fail(401, 105002, 'access token is expired or invalid');
    if (params.shop_cipher !== opts.shopCipher) return fail(400, 36009003, 'shop_cipher is invalid');
    const m = /^\/customer_service\/202309\/conversations\/([^/]+)\/messages$/.exec(u.pathname);
    if (m && req.method === 'POST') {
      const b = req.json as { type?: string; content?: string } | undefined;
      let text: unknown;
      try {
        text = (JSON.parse(b?.content ?? '') as { content?: unknown }).content;
      } catch {
        text = undefined;
      }
      if (b?.type !== 'TEXT' || typeof text !== 'string' || text.length === 0) return fail(400, 36009003, 'invalid message content');
      return { status: 200, body: { code: 0, message: 'Success', request_id: `r${++n}`, data: { message_id: `7495${String(n).padStart(15, '0')}` } } };
    }
    return fail(404, 36009004, 'path not found');
  };
  return { handler };
}
