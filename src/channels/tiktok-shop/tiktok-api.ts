// Calls to the TikTok Shop Partner API: sending a customer-service message (POST
// /customer_service/202309/conversations/{conversation_id}/messages, signed, token in
// x-tts-access-token) and refreshing the shop's access token (GET /api/v2/token/refresh on the auth
// host). TikTok answers {code, message, request_id, data}: a non-zero code is a failure whatever the
// HTTP status. Throttling (HTTP 429, "too many requests") and server errors are retried with backoff;
// authorization, signature and parameter errors cannot succeed on a retry, so the reply is dead-lettered.
import { parseRetryAfter } from '../../outbox/backoff.js';
import { idString } from '../marketplace-push.js';
import type { ChannelEnv, ChannelHttp, HttpAnswer, OutboundPart, RefreshResult, SendResult } from '../types.js';
import type { TiktokShopConfig, TiktokShopSecrets } from './settings.js';
import { signedTiktokUrl } from './signing.js';

type Failure = Extract<SendResult, { ok: false }>;

const RETRYABLE = /too many|rate limit|frequen|throttl|busy|timeout|internal|system error|service unavailable/i;

export function sendMessagePath(conversationId: string): string {
  return `/customer_service/202309/conversations/${encodeURIComponent(conversationId)}/messages`;
}

/** The failure a TikTok answer means, or undefined when it succeeded. */
export function tiktokFailure(res: HttpAnswer): Failure | undefined {
  let json: { code?: unknown; message?: unknown } | undefined;
  try {
    json = JSON.parse(res.body) as typeof json;
  } catch {
    json = undefined;
  }
  if (res.status >= 200 && res.status < 300 && json?.code === 0) return undefined;
  const message = typeof json?.message === 'string' ? json.message : res.body.slice(0, 200);
  const code = typeof json?.code === 'number' ? ` code ${json.code}` : '';
  const error = `HTTP ${res.status}${code}: ${message}`.slice(0, 500);
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const throttled = res.status === 429 || /too many|rate limit|frequen|throttl/i.test(message);
  const retryable = throttled || res.status >= 500 || RETRYABLE.test(message) || (!json && res.status < 400);
  return { ok: false, permanent: !retryable, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : throttled ? { retryAfterMs: 1_000 } : {}) };
}

export function sendMessageBody(part: OutboundPart): string {
  // `content` is itself a JSON string, as the API documents.
  return JSON.stringify({ type: 'TEXT', content: JSON.stringify({ content: part.text }) });
}

export async function sendTiktokMessage(conversationId: string, part: OutboundPart, accessToken: string, config: TiktokShopConfig, secrets: TiktokShopSecrets, http: ChannelHttp, env: ChannelEnv, now = Date.now()): Promise<SendResult> {
  const body = sendMessageBody(part);
  const url = signedTiktokUrl(env.tiktokShopApiUrl, sendMessagePath(conversationId), { app_key: config.appKey, shop_cipher: config.shopCipher, timestamp: String(Math.floor(now / 1000)) }, secrets.appSecret, body);
  let res;
  try {
    res = await http.post(url, { headers: { 'content-type': 'application/json', 'x-tts-access-token': accessToken }, body, timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = tiktokFailure(res);
  if (failed) return failed;
  const mid = (JSON.parse(res.body) as { data?: { message_id?: unknown } }).data?.message_id;
  return { ok: true, ...(typeof mid === 'string' || typeof mid === 'number' ? { externalId: idString(mid) } : {}) };
}

export async function refreshTiktokToken(refreshToken: string, config: TiktokShopConfig, secrets: TiktokShopSecrets, http: ChannelHttp, env: ChannelEnv): Promise<RefreshResult> {
  const q = new URLSearchParams({ app_key: config.appKey, app_secret: secrets.appSecret, refresh_token: refreshToken, grant_type: 'refresh_token' });
  let res;
  try {
    res = await http.get(`${env.tiktokShopAuthUrl.replace(/\/$/, '')}/api/v2/token/refresh?${q.toString()}`, { headers: { accept: 'application/json' }, timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = tiktokFailure(res);
  if (failed) return failed;
  const d = (JSON.parse(res.body) as { data?: Record<string, unknown> }).data ?? {};
  // The *_expire_in fields are absolute Unix times in seconds, not durations.
  if (typeof d.access_token !== 'string' || !d.access_token || typeof d.refresh_token !== 'string' || !d.refresh_token || typeof d.access_token_expire_in !== 'number') {
    return { ok: false, permanent: false, error: 'TikTok token answer lacks access_token, refresh_token or access_token_expire_in' };
  }
  return {
    ok: true,
    grant: {
      accessToken: d.access_token,
      refreshToken: d.refresh_token,
      accessExpiresAt: d.access_token_expire_in * 1000,
      ...(typeof d.refresh_token_expire_in === 'number' ? { refreshExpiresAt: d.refresh_token_expire_in * 1000 } : {}),
    },
  };
}
