// Parses WhatsApp Business Cloud API webhooks (object "whatsapp_business_account") into normalised
// events: shopper messages (text, media, location, interactive button and list replies, template
// quick-reply buttons) and delivery statuses of our own messages. Shapes follow Meta's published
// webhook examples. A payload that breaks the schema is rejected whole, so nothing of it is stored;
// message types we do not handle (reactions, system notices) are skipped.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import type { ChannelEvent, InboundAttachment, MediaKind, ParseResult } from '../types.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';

const id = z.string().min(1).max(256);
const epochSeconds = z.string().regex(/^\d{1,12}$/);

const media = z.object({ id, mime_type: z.string().max(200).optional(), caption: z.string().max(4096).optional(), filename: z.string().max(1000).optional() });

const message = z.object({
  from: z.string().regex(/^\d{4,20}$/),
  id,
  timestamp: epochSeconds,
  type: z.string().max(40),
  text: z.object({ body: z.string() }).optional(),
  image: media.optional(),
  video: media.optional(),
  audio: media.optional(),
  document: media.optional(),
  sticker: media.optional(),
  location: z.object({ latitude: z.number(), longitude: z.number(), name: z.string().max(1000).optional(), address: z.string().max(1000).optional() }).optional(),
  interactive: z
    .object({
      type: z.string().max(40),
      button_reply: z.object({ id: z.string().max(256), title: z.string().max(200) }).optional(),
      list_reply: z.object({ id: z.string().max(256), title: z.string().max(200), description: z.string().max(1000).optional() }).optional(),
    })
    .optional(),
  button: z.object({ payload: z.string().max(1000).optional(), text: z.string().max(1000) }).optional(),
});

const status = z.object({
  id,
  status: z.string().max(40),
  timestamp: epochSeconds,
  recipient_id: z.string().max(40).optional(),
  errors: z.array(z.object({ code: z.number().optional(), title: z.string().max(1000).optional(), message: z.string().max(1000).optional() })).max(20).optional(),
});

const value = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ phone_number_id: id, display_phone_number: z.string().max(40).optional() }),
  contacts: z.array(z.object({ wa_id: z.string().max(40), profile: z.object({ name: z.string().max(200).optional() }).optional() })).max(1000).optional(),
  messages: z.array(message).max(1000).optional(),
  statuses: z.array(status).max(1000).optional(),
});

const envelope = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.object({
        id,
        changes: z.array(z.object({ field: z.string().max(100), value: z.unknown() })).max(100),
      }),
    )
    .max(100),
});

const MEDIA_TYPES = ['image', 'video', 'audio', 'document', 'sticker'] as const;
const KIND_OF: Record<(typeof MEDIA_TYPES)[number], MediaKind> = { image: 'image', video: 'video', audio: 'audio', document: 'file', sticker: 'image' };

/** The media of the message, fetched later by its id (GET /{media-id} → a short-lived URL). */
function attachmentsOf(m: z.infer<typeof message>): InboundAttachment[] {
  if (!(MEDIA_TYPES as readonly string[]).includes(m.type)) return [];
  const type = m.type as (typeof MEDIA_TYPES)[number];
  const item = m[type];
  if (!item) return [];
  return [{ kind: KIND_OF[type], ...(item.mime_type ? { mime: item.mime_type } : {}), ...(item.filename ? { filename: item.filename } : {}), source: { mediaId: item.id } }];
}

const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

/** What the shopper said, as text for understanding; undefined for types we skip. */
function textOf(m: z.infer<typeof message>): string | undefined | Error {
  switch (m.type) {
    case 'text':
      return m.text ? m.text.body : new Error('text message without text.body');
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      return reply ? reply.title : new Error('interactive message without button_reply or list_reply');
    }
    case 'button':
      return m.button ? m.button.text : new Error('button message without button.text');
    case 'location': {
      const l = m.location;
      if (!l) return new Error('location message without location');
      return `[location] ${[l.name, l.address].filter(Boolean).join(', ')} (${l.latitude}, ${l.longitude})`.replace(/\]\s+\(/, '] (');
    }
    default: {
      if ((MEDIA_TYPES as readonly string[]).includes(m.type)) {
        const item = m[m.type as (typeof MEDIA_TYPES)[number]];
        if (!item) return new Error(`${m.type} message without its ${m.type} object`);
        return item.caption?.trim() ? item.caption : `[${m.type}${item.filename ? `: ${item.filename}` : ''}]`;
      }
      return undefined;
    }
  }
}

export function parseWhatsAppWebhook(body: Buffer, phoneNumberId: string): ParseResult {
  const env = parseJsonBody(body, envelope, 'WhatsApp webhook');
  if (!env.ok) return env;
  const events: ChannelEvent[] = [];
  for (const entry of env.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const v = value.safeParse(change.value);
      if (!v.success) return { ok: false, reason: `malformed messages change: ${firstIssue(v.error)}` };
      // Another number of the same business account: not this account's traffic.
      if (v.data.metadata.phone_number_id !== phoneNumberId) continue;
      const names = new Map((v.data.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
      for (const m of v.data.messages ?? []) {
        const text = textOf(m);
        if (text instanceof Error) return { ok: false, reason: text.message };
        if (text === undefined) continue;
        if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${m.id} has no usable text` };
        const name = names.get(m.from)?.trim();
        const attachments = attachmentsOf(m);
        events.push({ kind: 'message', externalMessageId: m.id, from: { externalId: m.from, ...(name ? { name: name.slice(0, 200) } : {}), verified: { phone: m.from } }, text, receivedAt: Number(m.timestamp) * 1000, ...(attachments.length > 0 ? { attachments } : {}) });
      }
      for (const s of v.data.statuses ?? []) {
        if (!STATUSES.has(s.status)) continue;
        const e = s.errors?.[0];
        events.push({
          kind: 'status',
          externalMessageId: s.id,
          status: s.status as 'sent' | 'delivered' | 'read' | 'failed',
          at: Number(s.timestamp) * 1000,
          ...(e ? { error: `${e.code ?? ''} ${e.title ?? e.message ?? ''}`.trim().slice(0, 500) } : {}),
        });
      }
    }
  }
  return { ok: true, events };
}
