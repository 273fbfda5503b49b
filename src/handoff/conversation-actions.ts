// What an agent does to a conversation: take it over (the bot goes silent), reply, hand it back to the
// bot, resolve it (with reason tags), transfer it to a team or an agent with a note, write an internal
// note. Each bumps the conversation's version so a bot turn computed before the change is discarded
// rather than committed over it, and keeps the conversation's queue entry in step (in the same
// transaction).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Bus, BusEvent } from '../runtime/bus.js';
import { newId } from '../runtime/ids.js';
import { toWireConversation, toWireMessage } from '../api/wire.js';
import type { TenantInfo } from '../runtime/tenants.js';
import type { MessageCreatedEvent } from '../outbox/webhook-event.js';
import { channelDeliveryRow } from '../outbox/channel-delivery.js';
import { insertCsatRequest } from '../csat/csat-request.js';
import { claimUploads, toWireAttachment } from '../media/media-store.js';
import type { MediaLinks } from '../media/media-links.js';

export class ConversationNotFound extends Error {}

/** An attachment id that is not an unsent upload of this conversation. */
export class AttachmentNotFound extends Error {}

export interface Actor {
  id: string;
  name: string;
  tenantId: string;
}

type Trx = Transaction<Database>;
type Change = Partial<Pick<Database['conversations'], 'status' | 'handler' | 'assignee_id' | 'open_customer_id' | 'last_message_text' | 'last_message_author' | 'priority'>>;

async function updateConversation(
  db: Kysely<Database>,
  bus: Bus,
  actor: Actor,
  conversationId: string,
  change: (c: Database['conversations']) => Change,
  alsoInTx: (trx: Trx, c: Database['conversations'], now: number) => Promise<void> = async () => undefined,
  extra: BusEvent[] = [],
) {
  const conv = await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('conversations').selectAll().where('id', '=', conversationId).where('tenant_id', '=', actor.tenantId).executeTakeFirst();
    if (!c) throw new ConversationNotFound(conversationId);
    const now = Date.now();
    const next = { ...change(c), version: c.version + 1, updated_at: now };
    await trx.updateTable('conversations').set(next).where('id', '=', c.id).execute();
    await alsoInTx(trx, c, now);
    return { ...c, ...next };
  });
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', conv.customer_id).executeTakeFirstOrThrow();
  const wire = toWireConversation(conv, customer);
  bus.publish([...extra, { type: 'conversation.updated', tenantId: actor.tenantId, conversation: wire }]);
  return wire;
}

export function takeOver(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string) {
  return updateConversation(
    db, bus, actor, conversationId,
    (c) => ({ handler: 'human', status: c.status === 'resolved' ? 'resolved' : 'handoff', assignee_id: actor.id }),
    async (trx, c, now) => {
      if (c.status === 'resolved') return;
      // Taken straight from the bot: it joins the queue (as the agent's) so it shows in the inbox.
      await ensureEntry(trx, c, now);
      await trx.updateTable('queue_entries').set({ unread: 0, updated_at: now }).where('conversation_id', '=', c.id).execute();
    },
  );
}

/** A supervisor (or the auto-assigner) gives a waiting conversation to an agent. */
export function assignTo(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string, userId: string) {
  return updateConversation(
    db, bus, actor, conversationId,
    (c) => ({ handler: 'human', status: c.status === 'resolved' ? 'resolved' : 'handoff', assignee_id: userId }),
    async (trx, c, now) => {
      if (c.status !== 'resolved') await ensureEntry(trx, c, now);
    },
  );
}

/** Moves a conversation to another team's queue and/or agent, leaving a note for whoever picks it up. */
export function transfer(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string, to: { teamId?: string | null; userId?: string | null; note: string }) {
  return updateConversation(
    db, bus, actor, conversationId,
    (c) => ({ handler: 'human', status: c.status === 'resolved' ? 'resolved' : 'handoff', assignee_id: to.userId ?? null }),
    async (trx, c, now) => {
      await ensureEntry(trx, c, now);
      if (to.teamId !== undefined) await trx.updateTable('queue_entries').set({ team_id: to.teamId, updated_at: now }).where('conversation_id', '=', c.id).execute();
      await insertNote(trx, actor, c.id, 'transfer', to.note, [], now);
    },
  );
}

export function release(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string) {
  return updateConversation(
    db, bus, actor, conversationId,
    (c) => ({ handler: 'bot', status: c.status === 'resolved' ? 'resolved' : 'open', assignee_id: null, priority: 0 }),
    (trx, c) => deleteEntry(trx, c),
  );
}

export function resolve(db: Kysely<Database>, bus: Bus, actor: Actor, conversationId: string, reasons: string[] = [], note = '', csat?: { tenant: TenantInfo; windowMs: number }) {
  // The next message from this customer opens a fresh conversation, answered by the bot (or, when it
  // is a rating and a satisfaction question was sent, answers that question: src/csat).
  const events: BusEvent[] = [];
  return updateConversation(
    db, bus, actor, conversationId,
    () => ({ status: 'resolved', handler: 'bot', open_customer_id: null, priority: 0 }),
    async (trx, c, now) => {
      await deleteEntry(trx, c);
      if (reasons.length > 0 || note) await insertNote(trx, actor, c.id, 'resolution', note, reasons, now);
      if (csat && c.status !== 'resolved') {
        const customer = await trx.selectFrom('customers').select(['id', 'external_id', 'locale']).where('id', '=', c.customer_id).executeTakeFirstOrThrow();
        const asked = await insertCsatRequest(trx, csat.tenant, c, customer, now, csat.windowMs);
        events.push({ type: 'message.created', tenantId: actor.tenantId, message: toWireMessage(asked) });
      }
    },
    events,
  );
}

/** An internal note: agents only, never sent to the shopper. */
export async function addNote(db: Kysely<Database>, actor: Actor, conversationId: string, text: string) {
  return db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('conversations').select('id').where('id', '=', conversationId).where('tenant_id', '=', actor.tenantId).executeTakeFirst();
    if (!c) throw new ConversationNotFound(conversationId);
    return insertNote(trx, actor, c.id, 'note', text, [], Date.now());
  });
}

/** The agent has read the conversation: its unread count goes to zero. */
export async function markRead(db: Kysely<Database>, actor: Actor, conversationId: string): Promise<void> {
  await db.updateTable('queue_entries').set({ unread: 0 }).where('conversation_id', '=', conversationId).where('tenant_id', '=', actor.tenantId).execute();
}

async function insertNote(trx: Trx, actor: Actor, conversationId: string, kind: Database['notes']['kind'], text: string, tags: string[], now: number) {
  const row: Database['notes'] = { id: newId('note'), tenant_id: actor.tenantId, conversation_id: conversationId, author_id: actor.id, kind, text, tags: JSON.stringify(tags), created_at: now };
  await trx.insertInto('notes').values(row).execute();
  return row;
}

async function deleteEntry(trx: Trx, c: Database['conversations']): Promise<void> {
  await trx.deleteFrom('queue_entries').where('conversation_id', '=', c.id).where('tenant_id', '=', c.tenant_id).execute();
}

async function ensureEntry(trx: Trx, c: Database['conversations'], now: number): Promise<void> {
  await trx
    .insertInto('queue_entries')
    .values({
      conversation_id: c.id, tenant_id: c.tenant_id, team_id: null, reason: 'agent_took_over', tags: '[]', level: c.priority, urgency: 0, anger: 0, sentiment: 0,
      customer_value: 0, queued_at: now, sla_due_at: now + 60 * 60_000, summary: '{}', headline: '', unread: 0, updated_at: now,
    })
    .onConflict((oc) => oc.column('conversation_id').doNothing())
    .execute();
}

/** An agent's reply: stored, pushed to the shopper, and sent to the tenant's webhook through the outbox. */
export async function agentReply(db: Kysely<Database>, bus: Bus, tenant: TenantInfo, actor: Actor, conversationId: string, text: string, files?: { ids: string[]; links: MediaLinks }) {
  const now = Date.now();
  const { message, conv, customer, attachments } = await db.transaction().execute(async (trx) => {
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
    const claimed = files ? await claimUploads(trx, c.tenant_id, c.id, row.id, files.ids) : [];
    if (files && claimed.length !== files.ids.length) throw new AttachmentNotFound('an attachment is not an unsent upload of this conversation');
    const attachments = claimed.map(toWireAttachment);
    // Replying takes the conversation: the bot must not talk over the agent.
    const next = {
      handler: 'human' as const,
      status: c.status === 'resolved' ? ('resolved' as const) : ('handoff' as const),
      assignee_id: c.assignee_id ?? actor.id,
      last_message_text: (text || attachments.map((a) => `[${a.filename ?? a.kind}]`).join(' ')).slice(0, 280),
      last_message_author: 'agent',
      version: c.version + 1,
      updated_at: now,
    };
    await trx.updateTable('conversations').set(next).where('id', '=', c.id).execute();
    if (c.status !== 'resolved') {
      await ensureEntry(trx, c, now);
      await trx.updateTable('queue_entries').set({ unread: 0, updated_at: now }).where('conversation_id', '=', c.id).execute();
    }
    if (tenant.webhookUrl) {
      const event: MessageCreatedEvent = {
        id: newId('evt'),
        type: 'message.created',
        createdAt: new Date(now).toISOString(),
        tenant: tenant.slug,
        data: {
          conversationId: c.id,
          messageId: row.id,
          channel: c.channel,
          author: 'agent',
          text,
          ...(attachments.length > 0 && files ? { attachments: attachments.map(({ id, ...a }) => ({ ...a, url: files.links.url(id, now) })) } : {}),
          customer: { externalId: cu.external_id },
        },
      };
      await trx
        .insertInto('outbox')
        .values({ id: event.id, tenant_id: c.tenant_id, message_id: row.id, kind: 'webhook', target: tenant.webhookUrl, payload: JSON.stringify(event), status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: 0, last_error: null, created_at: now, sent_at: null })
        .execute();
    }
    // On a platform channel (WhatsApp, Telegram, …) the reply also goes to the shopper there.
    const delivery = channelDeliveryRow({ tenantId: c.tenant_id, channel: c.channel, conversationId: c.id, messageId: row.id, to: cu.external_id, text, author: 'agent', media: attachments, now });
    if (delivery) await trx.insertInto('outbox').values(delivery).execute();
    return { message: row, conv: { ...c, ...next }, customer: cu, attachments };
  });
  const wire = toWireMessage(message);
  // Widgets have no console session: they open the file by its signed link.
  if (attachments.length > 0) wire.attachments = attachments.map((a) => ({ ...a, url: files!.links.url(a.id, now) }));
  bus.publish([
    { type: 'message.created', tenantId: actor.tenantId, message: wire },
    { type: 'conversation.updated', tenantId: actor.tenantId, conversation: toWireConversation(conv, customer) },
  ]);
  return wire;
}
