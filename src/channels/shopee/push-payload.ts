// Parses Shopee Open Platform pushes ({code, shop_id, timestamp, data}) into normalised events. Only
// code 10 (webchat_push) carries chat: data {type: "message", content: {...}} for a new message
// (content may arrive as an object or as a JSON string, as public SDKs handle both); type
// "notification" (read/ conversation changes) and every other push code are acknowledged and
// skipped. Messages the shop itself sent (from_shop_id = our shop: our own replies echoed back, or
// an agent typing in Seller Centre) are skipped. A payload that breaks the schema is refused whole.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import { idString } from '../marketplace-push.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';
import type { ChannelEvent, ParseResult } from '../types.js';

export const WEBCHAT_PUSH = 10;

const idLike = z.union([z.string().regex(/^\d{1,30}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
const epochSeconds = z.number().int().nonnegative().max(99_999_999_999);

// Only `code` is required of every push (Shopee's console checks the URL with pushes of its own);
// a chat push must also carry the timestamp the replay check reads.
const envelope = z.object({
  code: z.number().int(),
  shop_id: idLike.optional(),
  timestamp: epochSeconds.optional(),
  data: z.unknown().optional(),
});

const inner = z.object({
  text: z.string().optional(),
  url: z.string().max(2000).optional(),
  item_id: idLike.optional(),
  order_sn: z.string().max(64).optional(),
});

const message = z.object({
  message_id: idLike,
  from_id: idLike,
  from_user_name: z.string().max(200).optional(),
  from_shop_id: idLike.optional(),
  to_shop_id: idLike.optional(),
  message_type: z.string().max(40),
  content: z.union([inner, z.string().max(70_000)]).optional(),
  created_timestamp: epochSeconds.optional(),
});

const webchat = z.object({ type: z.string().max(40), content: z.union([z.record(z.string(), z.unknown()), z.string().max(200_000)]).optional() });

function jsonOrSelf(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** What the shopper sent, as text; undefined for message types we skip. */
function textOf(m: z.infer<typeof message>): string | undefined | Error {
  const c = jsonOrSelf(m.content);
  const body = inner.safeParse(c ?? {});
  if (!body.success) return new Error(`message content: ${firstIssue(body.error)}`);
  switch (m.message_type) {
    case 'text':
      return body.data.text ?? new Error('text message without content.text');
    case 'image':
    case 'video':
    case 'sticker':
      return `[${m.message_type}]`;
    case 'item':
      return body.data.item_id !== undefined ? `[product ${idString(body.data.item_id)}]` : '[product]';
    case 'order':
      return body.data.order_sn ? `[order ${body.data.order_sn}]` : '[order]';
    default:
      return undefined;
  }
}

export function parseShopeePush(body: Buffer, shopId: string): ParseResult {
  const env = parseJsonBody(body, envelope, 'Shopee push');
  if (!env.ok) return env;
  if (env.data.code !== WEBCHAT_PUSH) return { ok: true, events: [] };
  const sentAt = env.data.timestamp;
  if (sentAt === undefined) return { ok: false, reason: 'webchat push without timestamp' };
  const w = webchat.safeParse(env.data.data);
  if (!w.success) return { ok: false, reason: `malformed webchat push: ${firstIssue(w.error)}` };
  if (w.data.type !== 'message') return { ok: true, events: [] };
  const m = message.safeParse(jsonOrSelf(w.data.content));
  if (!m.success) return { ok: false, reason: `malformed webchat message: ${firstIssue(m.error)}` };
  const msg = m.data;
  if (msg.from_shop_id !== undefined && idString(msg.from_shop_id) === shopId) return { ok: true, events: [] };
  if (msg.to_shop_id !== undefined && idString(msg.to_shop_id) !== shopId) return { ok: true, events: [] };
  const text = textOf(msg);
  if (text instanceof Error) return { ok: false, reason: text.message };
  if (text === undefined) return { ok: true, events: [] };
  if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${idString(msg.message_id)} has no usable text` };
  const name = msg.from_user_name?.trim();
  const event: ChannelEvent = {
    kind: 'message',
    externalMessageId: idString(msg.message_id),
    from: { externalId: idString(msg.from_id), ...(name ? { name } : {}) },
    text,
    receivedAt: (msg.created_timestamp ?? sentAt) * 1000,
  };
  return { ok: true, events: [event] };
}
