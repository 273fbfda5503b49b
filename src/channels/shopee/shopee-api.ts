// Calls to the Shopee Open Platform v2: sending a chat message (POST /api/v2/sellerchat/send_message,
// shop-level signature) and refreshing the shop's access token (POST /api/v2/auth/access_token/get,
// public signature). Shopee answers {error, message, request_id, response}: a non-empty `error` is a
// failure whatever the HTTP status. Throttling (HTTP 429, "too many requests" errors) and server
// errors are retried with backoff; authorization and parameter errors cannot succeed on a retry, so
// the reply is dead-lettered.
import { parseRetryAfter } from '../../outbox/backoff.js';
import { idString } from '../marketplace-push.js';
import type { ChannelEnv, ChannelHttp, HttpAnswer, OutboundPart, RefreshResult, SendResult } from '../types.js';
import type { ShopeeConfig, ShopeeSecrets } from './settings.js';
import { signedShopeeUrl } from './signing.js';

export const SEND_MESSAGE_PATH = '/api/v2/sellerchat/send_message';
export const REFRESH_TOKEN_PATH = '/api/v2/auth/access_token/get';

type Failure = Extract<SendResult, { ok: false }>;

const RETRYABLE = /too[_ ]?many|rate[_ ]?limit|throttl|busy|timeout|server|inner|system|internal/i;

/** The failure a Shopee answer means, or undefined when it succeeded. */
export function shopeeFailure(res: HttpAnswer): Failure | undefined {
  let json: { error?: unknown; message?: unknown } | undefined;
  try {
    json = JSON.parse(res.body) as typeof json;
  } catch {
    json = undefined;
  }
  const code = typeof json?.error === 'string' ? json.error : '';
  if (res.status >= 200 && res.status < 300 && json && code === '') return undefined;
  const message = typeof json?.message === 'string' ? json.message : res.body.slice(0, 200);
  const error = `HTTP ${res.status}${code ? ` ${code}` : ''}: ${message}`.slice(0, 500);
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const retryable = res.status === 429 || res.status >= 500 || (code !== '' && RETRYABLE.test(code)) || (!json && res.status < 400);
  return { ok: false, permanent: !retryable, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : res.status === 429 || /too[_ ]?many/i.test(code) ? { retryAfterMs: 1_000 } : {}) };
}

export function sendMessageBody(to: string, part: OutboundPart): string {
  // Shopee's ids are 64-bit; buyer user ids fit a JSON number exactly, and the API wants a number.
  return JSON.stringify({ to_id: Number(to), message_type: 'text', content: { text: part.text } });
}

export async function sendShopeeMessage(to: string, part: OutboundPart, accessToken: string, config: ShopeeConfig, secrets: ShopeeSecrets, http: ChannelHttp, env: ChannelEnv, now = Date.now()): Promise<SendResult> {
  if (!/^\d{1,19}$/.test(to) || !Number.isSafeInteger(Number(to))) return { ok: false, permanent: true, error: `not a Shopee buyer id: ${to.slice(0, 40)}` };
  const url = signedShopeeUrl(env.shopeeApiUrl, SEND_MESSAGE_PATH, config.partnerId, secrets.partnerKey, Math.floor(now / 1000), { accessToken, shopId: config.shopId });
  let res;
  try {
    res = await http.post(url, { headers: { 'content-type': 'application/json' }, body: sendMessageBody(to, part), timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = shopeeFailure(res);
  if (failed) return failed;
  const id = (JSON.parse(res.body) as { response?: { message_id?: unknown } }).response?.message_id;
  return { ok: true, ...(typeof id === 'string' || typeof id === 'number' ? { externalId: idString(id) } : {}) };
}

export async function refreshShopeeToken(refreshToken: string, config: ShopeeConfig, secrets: ShopeeSecrets, http: ChannelHttp, env: ChannelEnv, now = Date.now()): Promise<RefreshResult> {
  const url = signedShopeeUrl(env.shopeeApiUrl, REFRESH_TOKEN_PATH, config.partnerId, secrets.partnerKey, Math.floor(now / 1000));
  const body = JSON.stringify({ refresh_token: refreshToken, partner_id: Number(config.partnerId), shop_id: Number(config.shopId) });
  let res;
  try {
    res = await http.post(url, { headers: { 'content-type': 'application/json' }, body, timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = shopeeFailure(res);
  if (failed) return failed;
  const json = JSON.parse(res.body) as { access_token?: unknown; refresh_token?: unknown; expire_in?: unknown };
  if (typeof json.access_token !== 'string' || !json.access_token || typeof json.refresh_token !== 'string' || !json.refresh_token || typeof json.expire_in !== 'number' || !(json.expire_in > 0)) {
    return { ok: false, permanent: false, error: 'Shopee token answer lacks access_token, refresh_token or expire_in' };
  }
  return { ok: true, grant: { accessToken: json.access_token, refreshToken: json.refresh_token, accessExpiresAt: now + json.expire_in * 1000 } };
}
