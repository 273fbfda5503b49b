// Sends through the Messaging API: the reply API while a reply token is fresh (free, one use), the
// push API otherwise (counts against the monthly message quota). A push carries X-Line-Retry-Key
// (a UUID stable across our retries) so LINE never delivers a retried push twice. A reply token LINE
// no longer accepts falls back to push at once. Errors: 429 is a rate limit (retry) unless it is the
// monthly quota (permanent until the plan changes); 5xx retries; other 4xx are permanent.
import { createHash } from 'node:crypto';
import { parseRetryAfter } from '../../outbox/backoff.js';
import { mediaLinkText } from '../media-fallback.js';
import type { ChannelEnv, ChannelHttp, OutboundPart, SendResult } from '../types.js';

/** The messages of one part: an image is an image message (LINE fetches our https link) followed by
 * its caption; other files have no plain LINE message type without a preview, so they go as a link. */
export function lineMessages(part: OutboundPart): Record<string, unknown>[] {
  const m = part.media;
  if (!m) return [lineMessage(part)];
  if (m.kind !== 'image') return [lineMessage({ ...part, text: mediaLinkText(part.text, m) })];
  const image = { type: 'image', originalContentUrl: m.url, previewImageUrl: m.url };
  return part.text.trim() ? [image, lineMessage(part)] : [image];
}

export function lineMessage(part: OutboundPart): Record<string, unknown> {
  return {
    type: 'text',
    text: part.text,
    ...(part.quickReplies && part.quickReplies.length > 0 ? { quickReply: { items: part.quickReplies.map((q) => ({ type: 'action', action: { type: 'message', label: q, text: q } })) } } : {}),
  };
}

/** A UUID derived from our idempotency key (X-Line-Retry-Key must be a UUID). */
export function retryKey(idempotencyKey: string): string {
  const h = createHash('sha256').update(idempotencyKey).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function sendLine(input: { to: string; part: OutboundPart; replyToken?: string; idempotencyKey: string }, accessToken: string, http: ChannelHttp, env: ChannelEnv): Promise<SendResult> {
  const base = env.lineApiUrl.replace(/\/$/, '');
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const messages = lineMessages(input.part);
  if (input.replyToken) {
    const r = await post(http, `${base}/v2/bot/message/reply`, headers, { replyToken: input.replyToken, messages });
    if (r.ok) return r;
    // An expired or already used token: the push API still reaches the shopper.
    if (!(r.status === 400 && /reply token/i.test(r.error))) return r.result;
  }
  const r = await post(http, `${base}/v2/bot/message/push`, { ...headers, 'x-line-retry-key': retryKey(input.idempotencyKey) }, { to: input.to, messages });
  // 409: this retry key was accepted before, so the message is already on its way.
  if (!r.ok && r.status === 409) return { ok: true };
  return r.ok ? r : r.result;
}

async function post(http: ChannelHttp, url: string, headers: Record<string, string>, body: unknown): Promise<{ ok: true } | { ok: false; status: number; error: string; result: Extract<SendResult, { ok: false }> }> {
  let res;
  try {
    res = await http.post(url, { headers, body: JSON.stringify(body), timeoutMs: 15_000 });
  } catch (err) {
    const error = `network: ${(err as Error).message}`;
    return { ok: false, status: 0, error, result: { ok: false, permanent: false, error } };
  }
  if (res.status === 200) return { ok: true };
  let message = res.body.slice(0, 200);
  try {
    const json = JSON.parse(res.body) as { message?: string; details?: { message?: string }[] };
    message = [json.message, ...(json.details ?? []).map((d) => d.message)].filter(Boolean).join('; ');
  } catch {
    // Not LINE's JSON: keep the raw start of the body.
  }
  const error = `HTTP ${res.status}: ${message}`.slice(0, 500);
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const retryable = res.status >= 500 || (res.status === 429 && !/monthly limit/i.test(message));
  return { ok: false, status: res.status, error, result: { ok: false, permanent: !retryable, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : res.status === 429 ? { retryAfterMs: 1_000 } : {}) } };
}
