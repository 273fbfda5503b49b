// The satisfaction question a resolve can send: a bot message in the conversation's language with the
// 1–5 options as quick replies (the outbox degrades them to numbered text where the channel has no
// buttons), its webhook and channel deliveries, and the csat_requests row the answer is matched to.
// Written inside the resolve's transaction, so a resolve never asks twice or asks without recording.
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import type { TenantInfo } from '../runtime/tenants.js';
import type { MessageCreatedEvent } from '../outbox/webhook-event.js';
import { channelDeliveryRow } from '../outbox/channel-delivery.js';
import { newId } from '../runtime/ids.js';
import { render } from '../reply/render.js';
import { RATING_OPTIONS } from './rating.js';

export async function insertCsatRequest(
  trx: Transaction<Database>,
  tenant: TenantInfo,
  conv: Database['conversations'],
  customer: Pick<Database['customers'], 'id' | 'external_id' | 'locale'>,
  now: number,
  windowMs: number,
): Promise<Database['messages']> {
  const language = conv.language ?? customer.locale ?? tenant.shop.languages[0] ?? 'en';
  const quickReplies = [...RATING_OPTIONS];
  const text = render(language, 'csat_request');
  const message: Database['messages'] = {
    id: newId('msg'), tenant_id: conv.tenant_id, conversation_id: conv.id, channel: conv.channel, direction: 'out', author: 'bot', author_id: null,
    text, external_id: null, processed_at: now, meta: JSON.stringify({ quickReplies, csat: 'request' }), created_at: now,
  };
  await trx.insertInto('messages').values(message).execute();
  await trx
    .insertInto('csat_requests')
    .values({ conversation_id: conv.id, tenant_id: conv.tenant_id, customer_id: customer.id, language, requested_at: now, expires_at: now + windowMs, rating: null, answered_at: null, answer_message_id: null })
    .onConflict((oc) => oc.column('conversation_id').doUpdateSet({ requested_at: now, expires_at: now + windowMs, language }))
    .execute();
  if (tenant.webhookUrl) {
    const event: MessageCreatedEvent = {
      id: newId('evt'), type: 'message.created', createdAt: new Date(now).toISOString(), tenant: tenant.slug,
      data: { conversationId: conv.id, messageId: message.id, channel: conv.channel, author: 'bot', text, quickReplies, customer: { externalId: customer.external_id } },
    };
    await trx
      .insertInto('outbox')
      .values({ id: event.id, tenant_id: conv.tenant_id, message_id: message.id, kind: 'webhook', target: tenant.webhookUrl, payload: JSON.stringify(event), status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: 0, last_error: null, created_at: now, sent_at: null })
      .execute();
  }
  const delivery = channelDeliveryRow({ tenantId: conv.tenant_id, channel: conv.channel, conversationId: conv.id, messageId: message.id, to: customer.external_id, text, quickReplies, author: 'bot', now });
  if (delivery) await trx.insertInto('outbox').values(delivery).execute();
  return message;
}
