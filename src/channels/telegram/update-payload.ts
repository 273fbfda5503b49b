// Parses Telegram Bot API Update objects (one per webhook call) into normalised events. Private chats
// only: a bot added to a group is not a customer-service conversation. Text, captions of media,
// locations, contacts and inline-button taps (callback_query.data) are read; other updates (edits,
// channel posts, polls) are acknowledged and skipped. Message ids are unique per chat, so the
// external id is "<chat id>:<message id>".
import { z } from 'zod';
import { localeSchema, messageTextSchema } from '../../api/validation.js';
import type { ChannelEvent, InboundAttachment, MediaKind, ParseResult } from '../types.js';
import { parseJsonBody } from '../parse-body.js';

const user = z.object({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string().max(300), last_name: z.string().max(300).optional(), username: z.string().max(100).optional(), language_code: z.string().max(35).optional() });
const chat = z.object({ id: z.number().int(), type: z.string().max(20) });
const message = z.object({
  message_id: z.number().int(),
  from: user.optional(),
  chat,
  date: z.number().int().nonnegative(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(z.unknown()).optional(),
  document: z.looseObject({ file_name: z.string().max(1000).optional() }).optional(),
  video: z.unknown().optional(),
  voice: z.unknown().optional(),
  audio: z.unknown().optional(),
  sticker: z.looseObject({ emoji: z.string().max(20).optional() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  contact: z.object({ phone_number: z.string().max(40), first_name: z.string().max(300), user_id: z.number().int().optional() }).optional(),
});
const update = z.object({
  update_id: z.number().int(),
  message: message.optional(),
  callback_query: z.object({ id: z.string().max(100), from: user, message: message.optional(), data: z.string().max(64).optional() }).optional(),
});

function textOf(m: z.infer<typeof message>): string | undefined {
  if (m.text !== undefined) return m.text;
  if (m.caption?.trim()) return m.caption;
  if (m.photo) return '[photo]';
  if (m.document) return `[document${m.document.file_name ? `: ${m.document.file_name}` : ''}]`;
  if (m.video) return '[video]';
  if (m.voice || m.audio) return '[audio]';
  if (m.sticker) return m.sticker.emoji ?? '[sticker]';
  if (m.location) return `[location] (${m.location.latitude}, ${m.location.longitude})`;
  if (m.contact) return `[contact] ${m.contact.first_name} ${m.contact.phone_number}`;
  return undefined;
}

// Telegram's File-like objects (PhotoSize, Document, Video, Voice, Audio, Sticker); the bytes are
// fetched later with getFile → file_path.
const file = z.object({ file_id: z.string().min(1).max(300), file_size: z.number().int().nonnegative().optional(), mime_type: z.string().max(200).optional(), file_name: z.string().max(1000).optional() });

function attachmentsOf(m: z.infer<typeof message>): InboundAttachment[] {
  const photos = z.array(file).max(20).safeParse(m.photo);
  const found: [MediaKind, unknown, string?][] = [
    ['image', photos.success ? photos.data.at(-1) : undefined, 'image/jpeg'],
    ['file', m.document],
    ['video', m.video],
    ['audio', m.voice],
    ['audio', m.audio],
    ['image', m.sticker],
  ];
  for (const [kind, raw, defaultMime] of found) {
    const f = file.safeParse(raw);
    if (!f.success) continue;
    const mime = f.data.mime_type ?? defaultMime;
    return [{ kind, ...(mime ? { mime } : {}), ...(f.data.file_size !== undefined ? { size: f.data.file_size } : {}), ...(f.data.file_name ? { filename: f.data.file_name } : {}), source: { fileId: f.data.file_id } }];
  }
  return [];
}

function person(u: z.infer<typeof user> | undefined) {
  if (!u) return {};
  const name = [u.first_name, u.last_name].filter(Boolean).join(' ').trim().slice(0, 200);
  const locale = u.language_code && localeSchema.safeParse(u.language_code).success ? u.language_code : undefined;
  return { ...(name ? { name } : {}), ...(locale ? { locale } : {}) };
}

export function parseTelegramUpdate(body: Buffer): ParseResult {
  const u = parseJsonBody(body, update, 'Telegram Update');
  if (!u.ok) return u;
  const events: ChannelEvent[] = [];
  const m = u.data.message;
  if (m && m.chat.type === 'private' && !m.from?.is_bot) {
    const text = textOf(m);
    if (text !== undefined) {
      if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${m.message_id} has no usable text` };
      // A contact whose user_id is the sender's own is their number as Telegram knows it (shared with
      // the "share my phone number" button); anyone else's contact card proves nothing.
      const attachments = attachmentsOf(m);
      const own = m.contact && m.from && m.contact.user_id === m.from.id ? { verified: { phone: m.contact.phone_number } } : {};
      events.push({ kind: 'message', externalMessageId: `${m.chat.id}:${m.message_id}`, from: { externalId: String(m.chat.id), ...person(m.from), ...own }, text, receivedAt: m.date * 1000, ...(attachments.length > 0 ? { attachments } : {}) });
    }
  }
  const cb = u.data.callback_query;
  if (cb && cb.data && (!cb.message || cb.message.chat.type === 'private')) {
    if (!messageTextSchema.safeParse(cb.data).success) return { ok: false, reason: 'callback_query.data has no usable text' };
    events.push({ kind: 'message', externalMessageId: `cb:${cb.id}`, from: { externalId: String(cb.message?.chat.id ?? cb.from.id), ...person(cb.from) }, text: cb.data, receivedAt: Date.now(), interactionId: cb.id });
  }
  return { ok: true, events };
}
