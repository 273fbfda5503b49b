// Drives accepted messages through understand → decide → act → reply. Work is claimed per
// conversation from pipeline_queue under a lease (SKIP LOCKED on PostgreSQL), so one conversation is
// answered by one worker at a time and in order; a crashed worker's claim simply expires. The replies,
// the outbox rows, the new dialog state and the "processed" marks commit in one transaction, guarded
// by the conversation's version: a message is answered exactly once even across replicas and restarts.
import { sql } from 'kysely';
import type { Bus, BusEvent } from '../runtime/bus.js';
import type { CommerceReader } from '../commerce/records.js';
import type { StoreActions } from '../skills/store-actions.js';
import type { Logger } from '../runtime/logger.js';
import type { Metrics } from '../runtime/metrics.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/database.js';
import { BatchLoop } from '../runtime/batch-loop.js';
import { newId } from '../runtime/ids.js';
import { parseDialogState } from '../dialog/dialog-state.js';
import { respond, type Understander } from '../dialog/respond.js';
import { toWireConversation, toWireMessage } from '../api/wire.js';
import type { MessageCreatedEvent } from '../outbox/webhook-event.js';
import { channelDeliveryRow } from '../outbox/channel-delivery.js';
import { upsertQueueEntries, type HandoffRouter } from '../handoff/route-turn.js';
import { recordProofs, verifiedContacts } from '../identity/customer-profiles.js';
import type { Proof } from '../identity/identity-keys.js';
import { attachmentsOf } from '../media/media-store.js';
import type { WireAttachment } from '../api/protocol.js';

type Contacts = { emails: string[]; phones: string[] };

export interface PipelineOptions {
  batch: number;
  leaseMs: number;
  /** Poll interval when idle: picks up work whose lease expired or that another replica queued. */
  idlePollMs?: number;
}

export interface PipelineDeps {
  store: Store;
  bus: Bus;
  log: Logger;
  metrics: Metrics;
  reader: CommerceReader;
  /** Where the bot files returns, cancellations and address changes. */
  actions?: StoreActions;
  tenants: TenantDirectory;
  nluFor(tenantId: string): Understander;
  /** Evaluates the tenant's handoff rules after the bot's turn. */
  handoff: HandoffRouter;
  onOutbox(): void;
}

type ConversationRow = Database['conversations'];
type MessageRow = Database['messages'];

interface ConversationOutcome {
  conv: ConversationRow;
  processed: { id: string; meta: string }[];
  replies: MessageRow[];
  outbox: Database['outbox'][];
  next: Partial<ConversationRow>;
  queueEntry?: Database['queue_entries'];
  /** Orders and contacts the shopper proved this round, linked to the customer after the commit. */
  proven: Proof[];
}

export class PipelineWorker {
  private readonly loop: BatchLoop;

  constructor(private readonly deps: PipelineDeps, private readonly opts: PipelineOptions) {
    this.loop = new BatchLoop('pipeline', () => this.runOnce(), deps.log, opts.idlePollMs ?? 250);
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Claims and answers one batch; returns how many conversations it handled. */
  async runOnce(): Promise<number> {
    const { db, dialect } = this.deps.store;
    const token = newId('clm');
    const now = Date.now();
    let due = db
      .selectFrom('pipeline_queue')
      .select('conversation_id')
      .where('claimed_until', '<', now)
      .orderBy('created_at')
      .limit(this.opts.batch);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const claimed = await db
      .updateTable('pipeline_queue')
      .set({ claimed_until: now + this.opts.leaseMs, claimed_by: token, claimed_version: sql`version` })
      .where('conversation_id', 'in', due)
      .returning('conversation_id')
      .execute();
    if (claimed.length === 0) return 0;
    const ids = claimed.map((c) => c.conversation_id);

    const [convs, pending] = await Promise.all([
      db.selectFrom('conversations').selectAll().where('id', 'in', ids).execute(),
      db
        .selectFrom('messages')
        .selectAll()
        .where('conversation_id', 'in', ids)
        .where('direction', '=', 'in')
        .where('processed_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    ]);
    const customers = await db
      .selectFrom('customers')
      .selectAll()
      .where('id', 'in', [...new Set(convs.map((c) => c.customer_id))])
      .execute();
    const customerById = new Map(customers.map((c) => [c.id, c]));
    const contacts = new Map<string, Contacts>();
    for (const tenantId of new Set(customers.map((c) => c.tenant_id))) {
      const ids = customers.filter((c) => c.tenant_id === tenantId).map((c) => c.id);
      for (const [id, found] of await verifiedContacts(db, tenantId, ids)) contacts.set(id, found);
    }
    // The kinds of file each pending message carries, for the handoff rules ("image while shipped → human").
    const attachments = new Map<string, WireAttachment['kind'][]>();
    for (const tenantId of new Set(pending.map((m) => m.tenant_id))) {
      const files = await attachmentsOf(db, tenantId, pending.filter((m) => m.tenant_id === tenantId).map((m) => m.id));
      for (const [messageId, list] of files) attachments.set(messageId, list.map((a) => a.kind));
    }
    const byConv = new Map<string, MessageRow[]>();
    for (const m of pending) {
      const list = byConv.get(m.conversation_id);
      if (list) list.push(m);
      else byConv.set(m.conversation_id, [m]);
    }

    const outcomes: ConversationOutcome[] = [];
    for (const conv of convs) {
      const messages = byConv.get(conv.id);
      if (!messages) continue;
      outcomes.push(await this.answer(conv, messages, customerById.get(conv.customer_id)!, contacts.get(conv.customer_id), attachments));
    }

    const committed = await this.commit(outcomes, token, ids);
    this.publish(committed, customerById);
    await this.linkProven(committed);
    const finished = Date.now();
    const createdAt = new Map(pending.map((m) => [m.id, m.created_at]));
    for (const o of committed) for (const p of o.processed) this.deps.metrics.pipelineLatency.observe((finished - createdAt.get(p.id)!) / 1000);
    this.deps.metrics.messagesAnswered.inc(committed.reduce((s, o) => s + o.processed.length, 0));
    if (committed.some((o) => o.outbox.length > 0)) this.deps.onOutbox();
    return claimed.length;
  }

  /** Proven ownership joins the shopper's other channel identities. After the commit and apart from
   * it: a proof lost to a crash here is simply proven again on the shopper's next order question. */
  private async linkProven(committed: ConversationOutcome[]): Promise<void> {
    for (const o of committed) {
      if (o.proven.length === 0) continue;
      try {
        await recordProofs(this.deps.store.db, o.conv.tenant_id, o.conv.customer_id, o.proven.map((p) => ({ ...p, source: 'order' as const })));
      } catch (err) {
        this.deps.log.error({ err, conversationId: o.conv.id }, 'linking a proven order to the customer failed');
      }
    }
  }

  private async answer(conv: ConversationRow, messages: MessageRow[], customer: Database['customers'], verified: Contacts | undefined, attachments: Map<string, WireAttachment['kind'][]>): Promise<ConversationOutcome> {
    const tenant = await this.deps.tenants.get(conv.tenant_id);
    if (!tenant) throw new Error(`conversation ${conv.id} belongs to unknown tenant ${conv.tenant_id}`);
    const nlu = this.deps.nluFor(conv.tenant_id);
    let state = parseDialogState(conv.state);
    let handler = conv.handler;
    let status = conv.status;
    let priority = conv.priority;
    let language = conv.language;
    let lastIntent = conv.last_intent;
    let last = { text: conv.last_message_text, author: conv.last_message_author };
    const processed: ConversationOutcome['processed'] = [];
    const replies: MessageRow[] = [];
    const outbox: Database['outbox'][] = [];
    let queueEntry: Database['queue_entries'] | undefined;
    const proven: Proof[] = [];

    for (const m of messages) {
      const now = Date.now();
      const bot = await respond({
        tenantId: conv.tenant_id,
        shop: tenant.shop,
        text: m.text,
        state,
        handler,
        // What the shopper's channels vouch for, across their linked identities, counts as this channel's.
        customer: { email: customer.email ?? verified?.emails[0] ?? null, name: customer.name, locale: customer.locale, phone: verified?.phones[0] ?? null },
        previousLanguage: language,
        nlu,
        reader: this.deps.reader,
        ...(this.deps.actions ? { actions: this.deps.actions } : {}),
        now,
      });
      const turn = await this.deps.handoff.route({
        conversation: conv, customer, text: m.text, stateBefore: state, handlerBefore: handler, turn: bot, shopTimezone: tenant.shop.timezone,
        shopName: tenant.shop.name, pendingBotReplies: replies.map((r) => r.text), ...(queueEntry ? { entryBefore: queueEntry } : {}), now,
        attachments: (attachments.get(m.id) ?? []).map((kind) => ({ kind })),
      });
      queueEntry = turn.entry ?? queueEntry;
      proven.push(...bot.proven);
      const u = turn.understanding;
      state = turn.state;
      language = u.language;
      lastIntent = u.intent.intent;
      last = { text: m.text, author: 'customer' };
      processed.push({
        id: m.id,
        meta: JSON.stringify({ intent: u.intent.intent, confidence: round(u.intent.confidence), language: u.language, entities: u.entities, sentiment: u.sentiment, decision: turn.decision.kind }),
      });
      if (turn.handoff) {
        handler = 'human';
        status = 'handoff';
        priority = Math.max(priority, turn.handoff.priority);
      }
      turn.replies.forEach((r, i) => {
        const id = newId('msg');
        const row: MessageRow = {
          id,
          tenant_id: conv.tenant_id,
          conversation_id: conv.id,
          channel: conv.channel,
          direction: 'out',
          author: 'bot',
          author_id: null,
          text: r.text,
          external_id: null,
          processed_at: now,
          meta: r.quickReplies ? JSON.stringify({ quickReplies: r.quickReplies, inReplyTo: m.id }) : JSON.stringify({ inReplyTo: m.id }),
          created_at: now + i,
        };
        replies.push(row);
        last = { text: r.text, author: 'bot' };
        if (tenant.webhookUrl) {
          const event: MessageCreatedEvent = {
            id: newId('evt'),
            type: 'message.created',
            createdAt: new Date(now).toISOString(),
            tenant: tenant.slug,
            data: {
              conversationId: conv.id,
              messageId: id,
              channel: conv.channel,
              author: 'bot',
              text: r.text,
              ...(r.quickReplies ? { quickReplies: r.quickReplies } : {}),
              customer: { externalId: customer.external_id },
              inReplyTo: { messageId: m.id, externalMessageId: m.external_id },
              ...(turn.handoff ? { handoff: { reason: turn.handoff.reason } } : {}),
            },
          };
          outbox.push({
            id: event.id,
            tenant_id: conv.tenant_id,
            message_id: id,
            kind: 'webhook',
            target: tenant.webhookUrl,
            payload: JSON.stringify(event),
            status: 'pending',
            attempts: 0,
            next_attempt_at: now,
            claimed_until: 0,
            last_error: null,
            created_at: now,
            sent_at: null,
          });
        }
        const delivery = channelDeliveryRow({ tenantId: conv.tenant_id, channel: conv.channel, conversationId: conv.id, messageId: id, to: customer.external_id, text: r.text, ...(r.quickReplies ? { quickReplies: r.quickReplies } : {}), author: 'bot', now });
        if (delivery) outbox.push(delivery);
      });
    }
    return {
      conv,
      processed,
      replies,
      outbox,
      proven,
      ...(queueEntry ? { queueEntry } : {}),
      next: {
        state: JSON.stringify(state),
        handler,
        status,
        priority,
        language,
        last_intent: lastIntent,
        last_message_text: last.text === null ? null : last.text.slice(0, 280),
        last_message_author: last.author,
        updated_at: Date.now(),
      },
    };
  }

  private async commit(outcomes: ConversationOutcome[], token: string, claimedIds: string[]): Promise<ConversationOutcome[]> {
    const now = Date.now();
    return this.deps.store.db.transaction().execute(async (trx) => {
      // The version guard: where an agent action or another worker changed a conversation since we
      // read it, its turn is discarded and its messages are answered again with fresh state. One
      // UPDATE … FROM (VALUES …) per chunk writes them all and returns the ones that won.
      const won = new Set<string>();
      for (let i = 0; i < outcomes.length; i += 200) {
        const rows = outcomes.slice(i, i + 200).map(
          (o) =>
            sql`(${o.conv.id}, cast(${o.conv.version} as integer), ${o.next.state}, ${o.next.handler}, ${o.next.status}, cast(${o.next.priority} as integer), ${o.next.language}, ${o.next.last_intent}, ${o.next.last_message_text}, ${o.next.last_message_author}, cast(${o.next.updated_at} as bigint))`,
        );
        const res = await sql<{ id: string }>`update conversations set
            state = v.column3, handler = v.column4, status = v.column5, priority = v.column6, language = v.column7,
            last_intent = v.column8, last_message_text = v.column9, last_message_author = v.column10, updated_at = v.column11,
            version = conversations.version + 1
          from (values ${sql.join(rows)}) as v
          where conversations.id = v.column1 and conversations.version = v.column2
          returning conversations.id`.execute(trx);
        for (const r of res.rows) won.add(r.id);
      }
      const committed = outcomes.filter((o) => won.has(o.conv.id));
      // One statement marks every answered message and stores its NLU result.
      const processed = committed.flatMap((o) => o.processed);
      for (let i = 0; i < processed.length; i += 200) {
        const chunk = processed.slice(i, i + 200);
        const cases = sql.join(chunk.map((p) => sql`when ${p.id} then ${p.meta}`), sql` `);
        await trx
          .updateTable('messages')
          .set({ processed_at: now, meta: sql<string>`case id ${cases} else meta end` })
          .where('id', 'in', chunk.map((p) => p.id))
          .where('processed_at', 'is', null)
          .execute();
      }
      const replies = committed.flatMap((o) => o.replies);
      const outbox = committed.flatMap((o) => o.outbox);
      for (let i = 0; i < replies.length; i += 500) await trx.insertInto('messages').values(replies.slice(i, i + 500)).execute();
      for (let i = 0; i < outbox.length; i += 500) await trx.insertInto('outbox').values(outbox.slice(i, i + 500)).execute();
      await upsertQueueEntries(trx, committed.flatMap((o) => (o.queueEntry ? [o.queueEntry] : [])));
      // Done unless its turn lost the version guard or more arrived meanwhile (queue version moved
      // on): those are released for the next round instead.
      const lost = new Set(outcomes.filter((o) => !won.has(o.conv.id)).map((o) => o.conv.id));
      const done = claimedIds.filter((id) => !lost.has(id));
      if (done.length > 0) {
        await trx
          .deleteFrom('pipeline_queue')
          .where('conversation_id', 'in', done)
          .where('claimed_by', '=', token)
          .where('version', '=', sql<number>`claimed_version`)
          .execute();
      }
      await trx
        .updateTable('pipeline_queue')
        .set({ claimed_until: 0, claimed_by: null })
        .where('conversation_id', 'in', claimedIds)
        .where('claimed_by', '=', token)
        .execute();
      return committed;
    });
  }

  private publish(committed: ConversationOutcome[], customers: Map<string, Database['customers']>): void {
    const events: BusEvent[] = [];
    for (const o of committed) {
      for (const r of o.replies) events.push({ type: 'message.created', tenantId: r.tenant_id, message: toWireMessage(r) });
      const conv = { ...o.conv, ...o.next } as ConversationRow;
      events.push({ type: 'conversation.updated', tenantId: conv.tenant_id, conversation: toWireConversation(conv, customers.get(conv.customer_id)!) });
    }
    this.deps.bus.publish(events);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
