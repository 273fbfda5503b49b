// What an agent does to a conversation: take it over (the bot goes silent), reply, hand it back to the
// bot, resolve it. Each bumps the conversation's version so a bot turn computed before the change is
// discarded rather than committed over it.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Bus, BusEvent } from '../runtime/bus.js';
import { newId } from '../runtime/ids.js';
import { toWireConversation, toWireMessage } from '../api/wire.js';
import type { TenantInfo } from '../runtime/tenants.js';
import type { MessageCreatedEvent } from '../outbox/webhook-event.js';

export class ConversationNotFound extends Error {}

export interface Actor {
  id: string;
  name: string;
  tenantId: string;
}

type Change = Partial<Pick<Database['conversations'], 'status' | 'handler' | 'assignee_id' | 'open_customer_id' | 'last_message_text' | 'last_message_author' | 'priority'>>;

async function updateConversation(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string, change: (c: Database['conversations']) => Change, extra: BusEvent[] = []) {
  const conv = await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('conversations').selectAll().where('id', '=', conversationId).where('tenant_id', '=', actor.tenantId).executeTakeFirst();
    if (!c) throw new ConversationNotFound(conversationId);
    const next = { ...change(c), version: c.version + 1, updated_at: Date.now() };
    await trx.updateTable('conversations').set(next).where('id', '=', c.id).execute();
    return { ...c, ...next };
  });
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', conv.customer_id).executeTakeFirstOrThrow();
  const wire = toWireConversation(conv, customer);
  bus.publish([...extra, { type: 'conversation.updated', tenantId: actor.tenantId, conversation: wire }]);
  return wire;
}

export function takeOver(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string) {
  return updateConversation(db, bus, actor, conversationId, (c) => ({ handler: 'human', status: c.status === 'resolved' ? 'resolved' : 'handoff', assignee_id: actor.id }));
}

export function release(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string) {
  return updateConversation(db, bus, actor, conversationId, (c) => ({ handler: 'bot', status: c.status === 'resolved' ? 'resolved' : 'open', assignee_id: null, priority: 0 }));
}

export function resolve(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string) {
  // The next message from this customer opens a fresh conversation, answered by the bot.
  return updateConversation(db, bus, actor, conversationId, () => ({ status: 'resolved', handler: 'bot', open_customer_id: null, priority: 0 }));
}

/** An agent's reply: stored, pushed to the shopper, and sent to the tenant's webhook through the outbox. */
export async function agentReply(db: Kysely<Database>, bus: Bus, tenant: TenantInfo, actor: Actor, conversationId: string, text: string) {
  const now = Date.now();
  const { message, conv, customer } = await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('conversations').selectAll().where('id', '=', conversationId).where('tenant_id', '=', actor.tenantId).executeTakeFirst();
    if (!c) throw new ConversationNotFound(conversationId);
    const cu = await trx.selectFrom('customers').selectAll().where('id', '=', c.customer_id).executeTakeFirstOrThrow();
    const row: Database['messages'] = {
      id: newId('msg'),
      tenant_id: c.tenant_id,
      conversation_id: c.id,
      channel: c.channel,
      direction: 'out',
      author: 'agent',
      author_id: actor.id,
      text,
      external_id: null,
      processed_at: now,
      meta: JSON.stringify({ authorName: actor.name }),
      created_at: now,
    };
    await trx.insertInto('messages').values(row).execute();
    // Replying takes the conversation: the bot must not talk over the agent.
    const next = {
      handler: 'human' as const,
      status: c.status === 'resolved' ? ('resolved' as const) : ('handoff' as const),
      assignee_id: c.assignee_id ?? actor.id,
      last_message_text: text.slice(0, 280),
      last_message_author: 'agent',
      version: c.version + 1,
      updated_at: now,
    };
    await trx.updateTable('conversations').set(next).where('id', '=', c.id).execute();
    if (tenant.webhookUrl) {
      const event: MessageCreatedEvent = {
        id: newId('evt'),
        type: 'message.created',
        createdAt: new Date(now).toISOString(),
        tenant: tenant.slug,
        data: { conversationId: c.id, messageId: row.id, channel: c.channel, author: 'agent', text, customer: { externalId: cu.external_id } },
      };
      await trx
        .insertInto('outbox')
        .values({ id: event.id, tenant_id: c.tenant_id, message_id: row.id, kind: 'webhook', target: tenant.webhookUrl, payload: JSON.stringify(event), status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: 0, last_error: null, created_at: now, sent_at: null })
        .execute();
    }
    return { message: row, conv: { ...c, ...next }, customer: cu };
  });
  const wire = toWireMessage(message);
  bus.publish([
    { type: 'message.created', tenantId: actor.tenantId, message: wire },
    { type: 'conversation.updated', tenantId: actor.tenantId, conversation: toWireConversation(conv, customer) },
  ]);
  return wire;
}
