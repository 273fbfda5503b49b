// Classifies a failed Graph API send (WhatsApp Cloud API, Messenger, Instagram) into "retry later,
// not before X" or "permanent". Meta asks integrators to branch on error.code, not on titles:
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes and the Graph API
// error-handling guide. Throughput and pair-rate limits come with no Retry-After, so each gets the
// pause its limit implies.
import { parseRetryAfter } from '../../outbox/backoff.js';
import type { SendResult } from '../types.js';

/** Rate-limit codes and how long the limit they signal takes to recover. */
const RATE_LIMITED: Record<number, number> = {
  4: 60_000, // application request limit
  17: 60_000, // user request limit
  32: 60_000, // page request limit
  613: 60_000, // calls within one hour exceeded
  80007: 60_000, // WhatsApp Business Account rate limit
  130429: 1_000, // per-number throughput
  131056: 6_000, // business → customer pair rate (about one message every 6 s)
};

/** Codes worth retrying: transient platform errors, and credentials the merchant may renew. */
const TRANSIENT = new Set([1, 2, 131000, 131016, 133004, 190, 10, 200]);

export interface GraphErrorBody {
  error?: { code?: number; error_subcode?: number; message?: string; error_data?: { details?: string } };
}

export function classifyGraphFailure(status: number, headers: Record<string, string | string[] | undefined>, body: string): Extract<SendResult, { ok: false }> {
  let parsed: GraphErrorBody = {};
  try {
    parsed = JSON.parse(body) as GraphErrorBody;
  } catch {
    // A non-JSON error page (proxy, outage): the HTTP status decides.
  }
  const code = typeof parsed.error?.code === 'number' ? parsed.error.code : undefined;
  const subcode = parsed.error?.error_subcode;
  const detail = parsed.error?.error_data?.details ?? parsed.error?.message ?? body.slice(0, 200);
  const error = `HTTP ${status}${code !== undefined ? ` code ${code}` : ''}: ${detail}`.slice(0, 500);
  const retryAfter = parseRetryAfter(headers['retry-after']);
  // Messenger/Instagram: sent outside the allowed window — waiting cannot reopen it.
  if (code === 10 && (subcode === 2018278 || subcode === 2534022)) return { ok: false, error, permanent: true };
  if (code !== undefined && code in RATE_LIMITED) return { ok: false, error, permanent: false, retryAfterMs: retryAfter ?? RATE_LIMITED[code]! };
  if (status === 429) return { ok: false, error, permanent: false, retryAfterMs: retryAfter ?? 1_000 };
  if (code !== undefined && TRANSIENT.has(code)) return { ok: false, error, permanent: false, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
  if (status >= 500) return { ok: false, error, permanent: false, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
  return { ok: false, error, permanent: true };
}
