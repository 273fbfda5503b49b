// Parses LINE Messaging API webhooks ({destination, events:[…]}) into normalised events. One-to-one
// chats only (source.type "user"). Message events carry a reply token the bot may use once, shortly
// after, for a free reply; it is kept with the event. The console's "Verify" button sends an empty
// events array, which is simply accepted.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import type { ChannelEvent, InboundAttachment, ParseResult } from '../types.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';

/** Reply tokens must be used soon after the webhook; we stop using one after 50 seconds. */
export const REPLY_TOKEN_TTL_MS = 50_000;

const message = z.object({
  id: z.string().min(1).max(100),
  type: z.string().max(20),
  text: z.string().optional(),
  fileName: z.string().max(1000).optional(),
  fileSize: z.number().int().nonnegative().optional(),
  contentProvider: z.object({ type: z.string().max(20), originalContentUrl: z.string().max(2000).optional() }).optional(),
  title: z.string().max(1000).optional(),
  address: z.string().max(1000).optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});

const event = z.object({
  type: z.string().max(40),
  mode: z.string().max(20).optional(),
  timestamp: z.number().int().nonnegative(),
  webhookEventId: z.string().max(100).optional(),
  source: z.object({ type: z.string().max(20), userId: z.string().max(100).optional() }).optional(),
  replyToken: z.string().max(200).optional(),
  message: message.optional(),
  postback: z.object({ data: z.string().max(300) }).optional(),
});

const envelope = z.object({ destination: z.string().max(100), events: z.array(z.unknown()).max(1000) });

function textOf(m: z.infer<typeof message>): string | undefined {
  switch (m.type) {
    case 'text':
      return m.text;
    case 'image':
    case 'video':
    case 'audio':
      return `[${m.type}]`;
    case 'file':
      return `[file${m.fileName ? `: ${m.fileName}` : ''}]`;
    case 'sticker':
      return '[sticker]';
    case 'location':
      return `[location] ${[m.title, m.address].filter(Boolean).join(', ')} (${m.latitude ?? '?'}, ${m.longitude ?? '?'})`;
    default:
      return undefined;
  }
}

/** Media the user sent through LINE is fetched from the content endpoint by message id; media the
 * sender's app hosts elsewhere ("external") only by its https URL. */
function attachmentsOf(m: z.infer<typeof message>): InboundAttachment[] {
  const kind = m.type === 'image' ? 'image' : m.type === 'video' ? 'video' : m.type === 'audio' ? 'audio' : m.type === 'file' ? 'file' : undefined;
  if (!kind) return [];
  const external = m.contentProvider?.type === 'external' ? m.contentProvider.originalContentUrl : undefined;
  if (external !== undefined && !external.startsWith('https://')) return [];
  return [{ kind, ...(m.fileName ? { filename: m.fileName } : {}), ...(m.fileSize !== undefined ? { size: m.fileSize } : {}), source: external ? { url: external } : { messageId: m.id } }];
}

export function parseLineWebhook(body: Buffer, now = Date.now()): ParseResult {
  const env = parseJsonBody(body, envelope, 'LINE webhook');
  if (!env.ok) return env;
  const events: ChannelEvent[] = [];
  for (const raw of env.data.events) {
    const e = event.safeParse(raw);
    if (!e.success) return { ok: false, reason: `malformed event: ${firstIssue(e.error)}` };
    const ev = e.data;
    if (ev.mode === 'standby' || ev.source?.type !== 'user' || !ev.source.userId) continue;
    let text: string | undefined;
    let id: string | undefined;
    let attachments: InboundAttachment[] = [];
    if (ev.type === 'message') {
      if (!ev.message) return { ok: false, reason: 'message event without message' };
      text = textOf(ev.message);
      id = ev.message.id;
      attachments = attachmentsOf(ev.message);
    } else if (ev.type === 'postback' && ev.postback) {
      text = ev.postback.data;
      id = ev.webhookEventId ? `pb:${ev.webhookEventId}` : undefined;
    }
    if (text === undefined || id === undefined) continue;
    if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `event ${id} has no usable text` };
    events.push({
      kind: 'message',
      externalMessageId: id,
      from: { externalId: ev.source.userId },
      text,
      receivedAt: ev.timestamp,
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(ev.replyToken ? { replyToken: { token: ev.replyToken, expiresAt: now + REPLY_TOKEN_TTL_MS } } : {}),
    });
  }
  return { ok: true, events };
}
