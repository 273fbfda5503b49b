// The Shopee Open Platform v2 calls the channel makes, as documented: every call signed with
// partner_id, timestamp and sign (HMAC-SHA256 with the partner key over partner_id + path +
// timestamp [+ access_token + shop_id]) in the query, a timestamp more than 5 minutes off refused.
// auth/access_token/get rotates tokens (a refresh token works once; access tokens last 4 hours);
// sellerchat/send_message takes {to_id, message_type: "text", content: {text}} with a live access
// token. Answers are {request_id, error, message, response} like Shopee's.
import { createHmac } from 'node:crypto';
import type { PlatformReply, PlatformRequest } from './platform-server.js';

export function shopeeApi(opts: { partnerId: string; partnerKey: string; shopId: string; refreshToken: string }) {
  const refreshTokens = new Set([opts.refreshToken]);
  const accessTokens = new Map<string, number>();
  let n = 0;
  const fail = (status: number, error: string, message: string): PlatformReply => ({ status, body: { request_id: `r${++n}`, error, message } });
  const handler = (req: PlatformRequest): PlatformReply => {
    const u = new URL(req.path, 'http://x');
    const q = u.searchParams;
    const ts = Number(q.get('timestamp'));
    if (q.get('partner_id') !== opts.partnerId) return fail(403, 'error_param', 'Wrong partner_id.');
    if (!Number.isInteger(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return fail(403, 'error_param', 'Invalid timestamp.');
    const shopLevel = q.has('access_token');
    const base = `${opts.partnerId}${u.pathname}${ts}${shopLevel ? `${q.get('access_token')}${q.get('shop_id')}` : ''}`;
    if (q.get('sign') !== createHmac('sha256', opts.partnerKey).update(base).digest('hex')) return fail(403, 'error_sign', 'Wrong sign.');
    const b = req.json as Record<string, any> | undefined;
    if (u.pathname === '/api/v2/auth/access_token/get') {
      if (!b || b.partner_id !== Number(opts.partnerId) || b.shop_id !== Number(opts.shopId)) return fail(400, 'error_param', 'partner_id and shop_id are required.');
      if (!refreshTokens.delete(b.refresh_token)) return fail(403, 'error_auth', 'Invalid refresh_token.');
      const access = `${++n}4a4d6c5a4e4c4d4b6a6b6c`;
      const refresh = `${n}72656672657368746f6b656e`;
      refreshTokens.add(refresh);
      accessTokens.set(access, Date.now() + 14_400_000);
      return { status: 200, body: { refresh_token: refresh, access_token: access, expire_in: 14400, request_id: `r${n}`, error: '', message: '', partner_id: Number(opts.partnerId), shop_id: Number(opts.shopId) } };
    }
    if (u.pathname === '/api/v2/sellerchat/send_message') {
      if (q.get('shop_id') !== opts.shopId) return fail(403, 'error_auth', 'No permission to this shop.');
      const exp = accessTokens.get(q.get('access_token') ?? '');
      if (!exp || exp < Date.now()) return fail(403, 'error_auth', 'Invalid access_token.');
      if (!b || typeof b.to_id !== 'number' || b.message_type !== 'text' || typeof b.content?.text !== 'string' || b.content.text.length === 0) return fail(400, 'error_param', 'Invalid to_id, message_type or content.');
      return { status: 200, body: { request_id: `r${++n}`, error: '', message: '', response: { to_id: b.to_id, message_id: `23109876${String(n).padStart(6, '0')}`, message_type: 'text', content: { text: b.content.text }, conversation_id: '1250843526384211999', created_timestamp: Math.floor(Date.now() / 1000) } } };
    }
    return fail(404, 'error_not_found', 'Wrong path.');
  };
  return { handler, expireAccessTokens: () => accessTokens.clear() };
}
