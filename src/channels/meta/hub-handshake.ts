// Meta's webhooks (WhatsApp, Messenger, Instagram): the signature check on every POST, and the setup
// handshake — GET with hub.mode=subscribe, hub.verify_token (the merchant's token) and
// hub.challenge, answered with the challenge as plain text.
import { headerValue, secretEquals, verifyHubSignature } from '../hmac.js';
import type { RawWebhook, Verdict } from '../types.js';

/** Verdict on a Meta webhook (WhatsApp, Messenger, Instagram): X-Hub-Signature-256 over the raw body. */
export function verifyHubRequest(req: RawWebhook, appSecret: string): Verdict {
  const header = headerValue(req.headers, 'x-hub-signature-256');
  if (!header) return { ok: false, status: 401, reason: 'missing X-Hub-Signature-256' };
  return verifyHubSignature(appSecret, req.body, header) ? { ok: true } : { ok: false, status: 401, reason: 'X-Hub-Signature-256 does not match the body' };
}

export function hubHandshake(query: Record<string, unknown>, verifyToken: string): { ok: true; body: string } | { ok: false; status: 400 | 403; reason: string } {
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (mode !== 'subscribe' || typeof challenge !== 'string' || typeof token !== 'string') return { ok: false, status: 400, reason: 'expected hub.mode=subscribe, hub.verify_token and hub.challenge' };
  if (challenge.length === 0 || challenge.length > 200) return { ok: false, status: 400, reason: 'hub.challenge has an unexpected length' };
  if (!secretEquals(verifyToken, token)) return { ok: false, status: 403, reason: 'hub.verify_token does not match' };
  return { ok: true, body: challenge };
}
