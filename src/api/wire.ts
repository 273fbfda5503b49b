// Row → wire conversions shared by the HTTP routes, the websocket gateways and the pipeline events.
import type { Database } from '../store/schema.js';
import type { WireConversation, WireDelivery, WireMessage } from './protocol.js';

type MessageRow = Pick<Database['messages'], 'id' | 'conversation_id' | 'direction' | 'author' | 'text' | 'created_at' | 'meta'>;

export function toWireMessage(row: MessageRow, opts: { withNlu?: boolean; withDelivery?: boolean; authorName?: string } = {}): WireMessage {
  const m: WireMessage = {
    id: row.id,
    conversationId: row.conversation_id,
    direction: row.direction,
    author: row.author,
    text: row.text,
    createdAt: new Date(row.created_at).toISOString(),
  };
  if (opts.authorName) m.authorName = opts.authorName;
  if (row.meta) {
    const meta = JSON.parse(row.meta) as { quickReplies?: string[]; intent?: string; confidence?: number; language?: string; authorName?: string; delivery?: { status: WireDelivery['status']; at: number; error?: string } };
    if (meta.quickReplies) m.quickReplies = meta.quickReplies;
    if (opts.withDelivery && meta.delivery) m.delivery = { status: meta.delivery.status, at: new Date(meta.delivery.at).toISOString(), ...(meta.delivery.error ? { error: meta.delivery.error } : {}) };
    if (meta.authorName) m.authorName = meta.authorName;
    if (opts.withNlu && meta.intent) {
      m.intent = meta.intent;
      if (meta.confidence !== undefined) m.confidence = meta.confidence;
      if (meta.language) m.language = meta.language;
    }
  }
  return m;
}

type ConversationRow = Pick<
  Database['conversations'],
  'id' | 'channel' | 'status' | 'handler' | 'priority' | 'language' | 'last_intent' | 'last_message_text' | 'last_message_author' | 'created_at' | 'updated_at'
>;
type CustomerRow = Pick<Database['customers'], 'id' | 'external_id' | 'name' | 'email' | 'locale'>;

export function toWireConversation(c: ConversationRow, cu: CustomerRow): WireConversation {
  return {
    id: c.id,
    channel: c.channel,
    status: c.status,
    handler: c.handler,
    priority: c.priority,
    language: c.language,
    lastIntent: c.last_intent,
    customer: { id: cu.id, externalId: cu.external_id, name: cu.name, email: cu.email, locale: cu.locale },
    lastMessage:
      c.last_message_text !== null
        ? { text: c.last_message_text, author: (c.last_message_author ?? 'customer') as WireMessage['author'], createdAt: new Date(c.updated_at).toISOString() }
        : null,
    createdAt: new Date(c.created_at).toISOString(),
    updatedAt: new Date(c.updated_at).toISOString(),
  };
}
