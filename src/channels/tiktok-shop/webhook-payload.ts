// Parses TikTok Shop webhooks ({type, tts_notification_id, shop_id, timestamp, data}) into normalised
// events. Type 14 (NEW_MESSAGE) carries a customer-service message: data {conversation_id,
// message_id, type, content (a JSON string such as {"content":"hi"}), create_time, sender
// {im_user_id, role}}. Only the buyer's messages are read: messages from the shop, its agents, the
// platform's robot or the system (our own replies echoed back among them) are skipped, as are
// message types without text for us and every other webhook type (13 NEW_CONVERSATION included).
// The conversation id rides along as thread state: replies go to the conversation, not the buyer.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import { idString } from '../marketplace-push.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';
import type { ChannelEvent, ParseResult } from '../types.js';

export const NEW_MESSAGE = 14;

const id = z.union([z.string().regex(/^[A-Za-z0-9_:.-]{1,128}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
const epochSeconds = z.number().int().nonnegative().max(99_999_999_999);

// Only `type` is required of every webhook (test deliveries from Partner Center included); a
// NEW_MESSAGE must also carry the timestamp the replay check reads.
const envelope = z.object({
  type: z.number().int(),
  shop_id: id.optional(),
  timestamp: epochSeconds.optional(),
  data: z.unknown().optional(),
});

const message = z.object({
  conversation_id: id,
  message_id: id,
  type: z.string().max(40),
  content: z.string().max(70_000),
  create_time: epochSeconds.optional(),
  sender: z.object({ im_user_id: id, role: z.string().max(40), nickname: z.string().max(200).optional() }),
});

const content = z.object({ content: z.string().optional(), product_id: id.optional(), order_id: id.optional(), url: z.string().max(2000).optional() });

function textOf(type: string, raw: string): string | undefined | Error {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return new Error('message content is not JSON');
  }
  const c = content.safeParse(json);
  if (!c.success) return new Error(`message content: ${firstIssue(c.error)}`);
  switch (type) {
    case 'TEXT':
      return c.data.content ?? new Error('TEXT message without content');
    case 'IMAGE':
      return '[image]';
    case 'VIDEO':
      return '[video]';
    case 'EMOTICONS':
      return '[sticker]';
    case 'PRODUCT_CARD':
      return c.data.product_id !== undefined ? `[product ${idString(c.data.product_id)}]` : '[product]';
    case 'ORDER_CARD':
      return c.data.order_id !== undefined ? `[order ${idString(c.data.order_id)}]` : '[order]';
    default:
      return undefined;
  }
}

export function parseTiktokWebhook(body: Buffer): ParseResult {
  const env = parseJsonBody(body, envelope, 'TikTok Shop webhook');
  if (!env.ok) return env;
  if (env.data.type !== NEW_MESSAGE) return { ok: true, events: [] };
  const sentAt = env.data.timestamp;
  if (sentAt === undefined) return { ok: false, reason: 'NEW_MESSAGE without timestamp' };
  const m = message.safeParse(env.data.data);
  if (!m.success) return { ok: false, reason: `malformed NEW_MESSAGE: ${firstIssue(m.error)}` };
  const msg = m.data;
  if (msg.sender.role !== 'BUYER') return { ok: true, events: [] };
  const text = textOf(msg.type, msg.content);
  if (text instanceof Error) return { ok: false, reason: text.message };
  if (text === undefined) return { ok: true, events: [] };
  if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${idString(msg.message_id)} has no usable text` };
  const name = msg.sender.nickname?.trim();
  const event: ChannelEvent = {
    kind: 'message',
    externalMessageId: idString(msg.message_id),
    from: { externalId: idString(msg.sender.im_user_id), ...(name ? { name } : {}) },
    text,
    receivedAt: (msg.create_time ?? sentAt) * 1000,
    thread: { conversationId: idString(msg.conversation_id) },
  };
  return { ok: true, events: [event] };
}
