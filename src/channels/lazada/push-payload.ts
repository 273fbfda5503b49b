// Parses Lazada Open Platform pushes ({seller_id, message_type, data, timestamp, site}) into
// normalised events. message_type 2 is an IM (chat) message: data {session_id, message_id,
// from_account_id, from_account_type (1 buyer, 2 seller), content (a JSON string such as
// {"txt":"hi"}), template_id, send_time, status}, as public Lazada integrations read it. Only
// buyers' messages are read (the seller's, our own replies echoed back among them, are skipped, as
// are recalled ones and every other push type). The session id rides along as thread state: replies
// go to the session.
import { z } from 'zod';
import { messageTextSchema } from '../../api/validation.js';
import { idString, toSeconds } from '../marketplace-push.js';
import { firstIssue, parseJsonBody } from '../parse-body.js';
import type { ChannelEvent, ParseResult } from '../types.js';

export const IM_PUSH = 2;

const id = z.union([z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
const epoch = z.number().int().nonnegative().max(99_999_999_999_999);

// Only `message_type` is required of every push; an IM push must also carry the timestamp the replay
// check reads.
const envelope = z.object({ seller_id: id.optional(), message_type: z.number().int(), timestamp: epoch.optional(), data: z.unknown().optional() });

const message = z.object({
  session_id: id,
  message_id: id,
  from_account_id: id,
  from_account_type: z.number().int(),
  content: z.string().max(70_000),
  template_id: z.number().int(),
  send_time: epoch.optional(),
  status: z.number().int().optional(),
});

const content = z.object({ txt: z.string().optional(), itemId: id.optional(), orderId: id.optional() });

/** Template ids: 1 text, 3 image, 4 emoji, 6 video, 10006 product card, 10007 order card. */
function textOf(templateId: number, raw: string): string | undefined | Error {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return new Error('message content is not JSON');
  }
  const c = content.safeParse(json);
  if (!c.success) return new Error(`message content: ${firstIssue(c.error)}`);
  switch (templateId) {
    case 1:
      return c.data.txt ?? new Error('text message without txt');
    case 3:
      return '[image]';
    case 4:
      return '[sticker]';
    case 6:
      return '[video]';
    case 10006:
      return c.data.itemId !== undefined ? `[product ${idString(c.data.itemId)}]` : '[product]';
    case 10007:
      return c.data.orderId !== undefined ? `[order ${idString(c.data.orderId)}]` : '[order]';
    default:
      return undefined;
  }
}

export function parseLazadaPush(body: Buffer): ParseResult {
  const env = parseJsonBody(body, envelope, 'Lazada push');
  if (!env.ok) return env;
  if (env.data.message_type !== IM_PUSH) return { ok: true, events: [] };
  const sentAt = env.data.timestamp;
  if (sentAt === undefined) return { ok: false, reason: 'IM push without timestamp' };
  const m = message.safeParse(env.data.data);
  if (!m.success) return { ok: false, reason: `malformed IM push: ${firstIssue(m.error)}` };
  const msg = m.data;
  // 1 is the buyer; a recalled message (status 1) is no longer there to answer.
  if (msg.from_account_type !== 1 || (msg.status !== undefined && msg.status !== 0)) return { ok: true, events: [] };
  const text = textOf(msg.template_id, msg.content);
  if (text instanceof Error) return { ok: false, reason: text.message };
  if (text === undefined) return { ok: true, events: [] };
  if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: `message ${idString(msg.message_id)} has no usable text` };
  const event: ChannelEvent = {
    kind: 'message',
    externalMessageId: idString(msg.message_id),
    from: { externalId: idString(msg.from_account_id) },
    text,
    receivedAt: toSeconds(msg.send_time ?? sentAt) * 1000,
    thread: { sessionId: idString(msg.session_id) },
  };
  return { ok: true, events: [event] };
}
