// The outbox row that carries a reply to the shopper's own channel (WhatsApp, Telegram, …). Written in
// the same transaction as the reply itself, so a reply is never stored without being sent or sent
// without being stored. Widget and API conversations get none: the widget reads replies over its
// socket and the API integrator gets the signed webhook.
import { accountIdOfChannel } from '../channels/channel-key.js';
import type { WireAttachment } from '../api/protocol.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';

export interface ChannelDeliveryPayload {
  conversationId: string;
  messageId: string;
  /** The shopper's id on the platform (customers.external_id). */
  to: string;
  text: string;
  quickReplies?: string[];
  author: 'bot' | 'agent' | 'system';
  /** An agent's attachments (media rows), sent after the text. */
  media?: WireAttachment[];
  /** Parts already delivered by an earlier attempt (a long reply is sent as several messages). */
  partsSent?: number;
}

export function channelDeliveryRow(input: Omit<ChannelDeliveryPayload, 'partsSent'> & { tenantId: string; channel: string; now: number }): Database['outbox'] | undefined {
  const accountId = accountIdOfChannel(input.channel);
  if (!accountId) return undefined;
  const payload: ChannelDeliveryPayload = {
    conversationId: input.conversationId,
    messageId: input.messageId,
    to: input.to,
    text: input.text,
    ...(input.quickReplies && input.quickReplies.length > 0 ? { quickReplies: input.quickReplies } : {}),
    author: input.author,
    ...(input.media && input.media.length > 0 ? { media: input.media } : {}),
  };
  return {
    id: newId('out'),
    tenant_id: input.tenantId,
    message_id: input.messageId,
    kind: 'channel',
    target: accountId,
    payload: JSON.stringify(payload),
    status: 'pending',
    attempts: 0,
    next_attempt_at: input.now,
    claimed_until: 0,
    last_error: null,
    created_at: input.now,
    sent_at: null,
  };
}
