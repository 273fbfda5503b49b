// Parses Messenger Platform webhooks (object "page") and Instagram messaging webhooks (object
// "instagram"): entry[].messaging[] events of shopper messages (text, quick-reply taps, attachments),
// postbacks (button taps), delivery receipts (mids) and read receipts. Echoes of our own sends
// (message.is_echo) are skipped. Only events addressed to the account (recipient id) are read.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import type { ChannelEvent, InboundAttachment, ParseResult } from '../types.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';

const id = z.string().min(1).max(100);

const messaging = z.object({
  sender: z.object({ id }),
  recipient: z.object({ id }),
  timestamp: z.number().int().nonnegative(),
  message: z
    .object({
      mid: id.max(500),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      quick_reply: z.object({ payload: z.string().max(1000) }).optional(),
      attachments: z.array(z.object({ type: z.string().max(40), payload: z.unknown().optional() })).max(50).optional(),
    })
    .optional(),
  postback: z.object({ title: z.string().max(1000).optional(), payload: z.string().max(1000).optional(), mid: z.string().max(500).optional() }).optional(),
  delivery: z.object({ mids: z.array(z.string().max(500)).max(1000).optional(), watermark: z.number().optional() }).optional(),
  read: z.object({ watermark: z.number().optional(), mid: z.string().max(500).optional() }).optional(),
});

const envelope = (object: string) =>
  z.object({
    object: z.literal(object),
    entry: z.array(z.object({ id, time: z.number().optional(), messaging: z.array(z.unknown()).max(1000).optional() })).max(100),
  });

// The attachment payload's URL is Meta's CDN (signed by them, it expires after a while); the webhook's
// own signature vouches for it, so it is kept as the source to fetch from.
const attachmentPayload = z.object({ url: z.string().regex(/^https?:\/\//).max(4000) });
const KINDS: Record<string, InboundAttachment['kind']> = { image: 'image', video: 'video', audio: 'audio', file: 'file' };

function attachmentsOf(list: { type: string; payload?: unknown }[] | undefined): InboundAttachment[] {
  return (list ?? []).flatMap((a) => {
    const p = attachmentPayload.safeParse(a.payload);
    const kind = KINDS[a.type];
    return kind && p.success ? [{ kind, source: { url: p.data.url } }] : [];
  });
}

export function parseMetaMessaging(body: Buffer, object: 'page' | 'instagram', accountId: string): ParseResult {
  const env = parseJsonBody(body, envelope(object), `${object} webhook`);
  if (!env.ok) return env;
  const events: ChannelEvent[] = [];
  for (const entry of env.data.entry) {
    if (entry.id !== accountId) continue;
    for (const raw of entry.messaging ?? []) {
      const p = messaging.safeParse(raw);
      if (!p.success) return { ok: false, reason: `malformed messaging event: ${firstIssue(p.error)}` };
      const e = p.data;
      if (e.recipient.id !== accountId) continue;
      if (e.message && !e.message.is_echo) {
        const m = e.message;
        const text = m.text ?? (m.attachments?.length ? m.attachments.map((a) => `[${a.type}]`).join(' ') : undefined);
        if (text === undefined) continue;
        if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${m.mid} has no usable text` };
        const attachments = attachmentsOf(m.attachments);
        events.push({ kind: 'message', externalMessageId: m.mid, from: { externalId: e.sender.id }, text, receivedAt: e.timestamp, ...(attachments.length > 0 ? { attachments } : {}) });
      } else if (e.postback) {
        const text = e.postback.title ?? e.postback.payload;
        if (!text) continue;
        if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: 'postback has no usable text' };
        events.push({ kind: 'message', externalMessageId: e.postback.mid ?? `pb:${e.sender.id}:${e.timestamp}`, from: { externalId: e.sender.id }, text, receivedAt: e.timestamp });
      } else if (e.delivery) {
        for (const mid of e.delivery.mids ?? []) events.push({ kind: 'status', externalMessageId: mid, status: 'delivered', at: e.timestamp });
      } else if (e.read) {
        if (e.read.mid) events.push({ kind: 'status', externalMessageId: e.read.mid, status: 'read', at: e.timestamp });
        else if (e.read.watermark !== undefined) events.push({ kind: 'read_watermark', customerExternalId: e.sender.id, watermark: e.read.watermark });
      }
    }
  }
  return { ok: true, events };
}
