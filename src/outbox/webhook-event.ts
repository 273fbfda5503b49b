// The JSON an integrator's webhook receives for every outgoing message, and its HMAC-SHA256 signature.
// Header format (like Stripe's): `Peakdesk-Signature: t=<unix seconds>,v1=<hex HMAC of "t.body">`;
// the timestamp lets receivers reject replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface MessageCreatedEvent {
  id: string;
  type: 'message.created';
  createdAt: string;
  tenant: string;
  data: {
    conversationId: string;
    messageId: string;
    channel: string;
    author: 'bot' | 'agent' | 'system';
    text: string;
    quickReplies?: string[];
    /** An agent's files, each with a signed link valid for MEDIA_LINK_TTL_MS. */
    attachments?: { kind: string; mime?: string; filename?: string; size?: number; url: string }[];
    customer: { externalId: string };
    /** The inbound message this answers (bot replies). */
    inReplyTo?: { messageId: string; externalMessageId: string | null };
    /** Set when this reply handed the conversation to a human. */
    handoff?: { reason: string };
  };
}

export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** Receiver-side check, exported for integrators' tests and our own: constant-time, with a replay window. */
export function verifyWebhook(secret: string, body: string, header: string | undefined, nowSeconds: number, toleranceSeconds = 300): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
