// sendMessage through the Bot API. Quick replies become a one-time reply keyboard: a tap sends the
// label back as an ordinary message, which the pipeline reads like typed text. Errors follow the
// Bot API's {ok:false, error_code, description, parameters.retry_after}: 429 waits retry_after, 5xx
// retries, the rest (a bot blocked by the user, a chat that no longer exists) is permanent.
import { parseRetryAfter } from '../../outbox/backoff.js';
import type { ChannelEnv, ChannelHttp, OutboundPart, SendResult } from '../types.js';

export function sendMessageBody(chatId: string, part: OutboundPart): Record<string, unknown> {
  return {
    chat_id: /^-?\d+$/.test(chatId) ? Number(chatId) : chatId,
    text: part.text,
    ...(part.quickReplies && part.quickReplies.length > 0
      ? { reply_markup: { keyboard: part.quickReplies.map((q) => [{ text: q }]), one_time_keyboard: true, resize_keyboard: true } }
      : {}),
  };
}

const MEDIA_METHODS = { image: ['sendPhoto', 'photo'], video: ['sendVideo', 'video'], audio: ['sendAudio', 'audio'], file: ['sendDocument', 'document'] } as const;

/** An attachment by URL (Telegram fetches it from our signed link); the text is its caption. */
export function sendMediaBody(chatId: string, part: OutboundPart & { media: NonNullable<OutboundPart['media']> }): { method: string; body: Record<string, unknown> } {
  const [method, field] = MEDIA_METHODS[part.media.kind];
  return { method, body: { chat_id: /^-?\d+$/.test(chatId) ? Number(chatId) : chatId, [field]: part.media.url, ...(part.text ? { caption: part.text.slice(0, 1024) } : {}) } };
}

export async function sendTelegram(to: string, part: OutboundPart, botToken: string, http: ChannelHttp, env: ChannelEnv): Promise<SendResult> {
  const { method, body } = part.media ? sendMediaBody(to, { ...part, media: part.media }) : { method: 'sendMessage', body: sendMessageBody(to, part) };
  let res;
  try {
    res = await http.post(`${env.telegramApiUrl.replace(/\/$/, '')}/bot${botToken}/${method}`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  let json: { ok?: boolean; result?: { message_id?: number; chat?: { id?: number } }; error_code?: number; description?: string; parameters?: { retry_after?: number } } = {};
  try {
    json = JSON.parse(res.body) as typeof json;
  } catch {
    // Not the Bot API's JSON (a proxy page): the HTTP status decides.
  }
  if (res.status === 200 && json.ok === true) {
    const id = json.result?.message_id;
    return { ok: true, ...(typeof id === 'number' ? { externalId: `${to}:${id}` } : {}) };
  }
  const error = `HTTP ${res.status}: ${json.description ?? res.body.slice(0, 200)}`.slice(0, 500);
  if (res.status === 429 || json.error_code === 429) {
    const after = json.parameters?.retry_after;
    return { ok: false, permanent: false, error, retryAfterMs: typeof after === 'number' ? after * 1000 : (parseRetryAfter(res.headers['retry-after']) ?? 1_000) };
  }
  if (res.status >= 500) return { ok: false, permanent: false, error };
  return { ok: false, permanent: true, error };
}
