// Calls to the Lazada Open Platform: sending an IM message (POST /im/message/send on the venture's
// API host) and refreshing the seller's access token (POST /auth/token/refresh on the auth host).
// Every call is signed: sign = uppercase hex HMAC-SHA256 with the app secret over the API path +
// all parameters but sign, sorted by name, as name+value (timestamp in milliseconds, sign_method
// sha256). Lazada answers {code, message, request_id, data}: code "0" is success. Call-limit and
// server errors are retried with backoff; access-token, signature and parameter errors cannot
// succeed on a retry, so the reply is dead-lettered.
import { createHmac } from 'node:crypto';
import { parseRetryAfter } from '../../outbox/backoff.js';
import { idString } from '../marketplace-push.js';
import type { ChannelEnv, ChannelHttp, HttpAnswer, OutboundPart, RefreshResult, SendResult } from '../types.js';
import { LAZADA_API_HOSTS, type LazadaConfig, type LazadaSecrets } from './settings.js';

type Failure = Extract<SendResult, { ok: false }>;

const RETRYABLE = /CallLimit|Throttl|TooMany|Timeout|Internal|ServiceUnavailable|Busy|SystemError/i;

export function lazadaSign(appSecret: string, apiPath: string, params: Record<string, string>): string {
  const sorted = Object.keys(params)
    .filter((k) => k !== 'sign')
    .sort()
    .map((k) => `${k}${params[k]}`)
    .join('');
  return createHmac('sha256', appSecret).update(`${apiPath}${sorted}`).digest('hex').toUpperCase();
}

/** Form body of a signed call: system parameters, the call's own, and the sign over both. */
export function signedForm(apiPath: string, appKey: string, appSecret: string, params: Record<string, string>, nowMs: number): string {
  const all = { app_key: appKey, timestamp: String(nowMs), sign_method: 'sha256', ...params };
  return new URLSearchParams({ ...all, sign: lazadaSign(appSecret, apiPath, all) }).toString();
}

export function lazadaFailure(res: HttpAnswer): Failure | undefined {
  let json: { code?: unknown; message?: unknown } | undefined;
  try {
    json = JSON.parse(res.body) as typeof json;
  } catch {
    json = undefined;
  }
  const code = typeof json?.code === 'string' || typeof json?.code === 'number' ? String(json.code) : '';
  if (res.status >= 200 && res.status < 300 && code === '0') return undefined;
  const message = typeof json?.message === 'string' ? json.message : res.body.slice(0, 200);
  const error = `HTTP ${res.status}${code ? ` ${code}` : ''}: ${message}`.slice(0, 500);
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const throttled = res.status === 429 || /CallLimit|TooMany|Throttl/i.test(code);
  const retryable = throttled || res.status >= 500 || RETRYABLE.test(code) || (!json && res.status < 400);
  return { ok: false, permanent: !retryable, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : throttled ? { retryAfterMs: 1_000 } : {}) };
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' };

export async function sendLazadaMessage(sessionId: string, part: OutboundPart, accessToken: string, config: LazadaConfig, secrets: LazadaSecrets, http: ChannelHttp, env: ChannelEnv, now = Date.now()): Promise<SendResult> {
  const base = (env.lazadaApiUrl ?? LAZADA_API_HOSTS[config.region]).replace(/\/$/, '');
  // template_id 1 is a text message.
  const body = signedForm('/im/message/send', config.appKey, secrets.appSecret, { access_token: accessToken, session_id: sessionId, template_id: '1', txt: part.text }, now);
  let res;
  try {
    res = await http.post(`${base}/im/message/send`, { headers: FORM, body, timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = lazadaFailure(res);
  if (failed) return failed;
  const mid = (JSON.parse(res.body) as { data?: { message_id?: unknown } }).data?.message_id;
  return { ok: true, ...(typeof mid === 'string' || typeof mid === 'number' ? { externalId: idString(mid) } : {}) };
}

export async function refreshLazadaToken(refreshToken: string, config: LazadaConfig, secrets: LazadaSecrets, http: ChannelHttp, env: ChannelEnv, now = Date.now()): Promise<RefreshResult> {
  const body = signedForm('/auth/token/refresh', config.appKey, secrets.appSecret, { refresh_token: refreshToken }, now);
  let res;
  try {
    res = await http.post(`${env.lazadaAuthUrl.replace(/\/$/, '')}/auth/token/refresh`, { headers: FORM, body, timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  const failed = lazadaFailure(res);
  if (failed) return failed;
  const j = JSON.parse(res.body) as Record<string, unknown>;
  if (typeof j.access_token !== 'string' || !j.access_token || typeof j.refresh_token !== 'string' || !j.refresh_token || typeof j.expires_in !== 'number' || !(j.expires_in > 0)) {
    return { ok: false, permanent: false, error: 'Lazada token answer lacks access_token, refresh_token or expires_in' };
  }
  return {
    ok: true,
    grant: {
      accessToken: j.access_token,
      refreshToken: j.refresh_token,
      accessExpiresAt: now + j.expires_in * 1000,
      ...(typeof j.refresh_expires_in === 'number' && j.refresh_expires_in > 0 ? { refreshExpiresAt: now + j.refresh_expires_in * 1000 } : {}),
    },
  };
}
