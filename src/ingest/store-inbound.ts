// Ingest's one transaction for a batch of inbound messages: upsert the customers, find or open their
// conversations, insert the messages (the unique (tenant, channel, external id) key turns platform
// retries into no-ops) and queue the conversations for the pipeline. Nothing is acknowledged before
// this commits.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { newId } from '../runtime/ids.js';
import { recordProofsIn } from '../identity/customer-profiles.js';
import type { AcceptedMessage, InboundMessage } from './types.js';
import { findRatedConversations, recordRating } from '../csat/take-ratings.js';
import { storeInboundAttachments } from '../media/media-store.js';

const DEFAULT_MEDIA_MAX_BYTES = 10 * 1024 * 1024;

const key = (...parts: string[]) => parts.join('\u0000');

export async function storeInboundBatch(db: Kysely<Database>, items: InboundMessage[], mediaMaxBytes = DEFAULT_MEDIA_MAX_BYTES): Promise<AcceptedMessage[]> {
  if (items.length === 0) return [];
  return db.transaction().execute((trx) => storeInTransaction(trx, items, mediaMaxBytes));
}

async function storeInTransaction(trx: Transaction<Database>, items: InboundMessage[], mediaMaxBytes: number): Promise<AcceptedMessage[]> {
  const now = Date.now();

  // 1. Customers: one row per (tenant, channel, external id); the newest non-empty profile fields win.
  const customerInput = new Map<string, InboundMessage['customer'] & { tenantId: string; channel: string }>();
  for (const m of items) {
    const k = key(m.tenantId, m.channel, m.customer.externalId);
    const prev = customerInput.get(k);
    customerInput.set(k, {
      tenantId: m.tenantId,
      channel: m.channel,
      externalId: m.customer.externalId,
      name: m.customer.name ?? prev?.name,
      email: m.customer.email ?? prev?.email,
      locale: m.customer.locale ?? prev?.locale,
    });
  }
  const customerRows = await trx
    .insertInto('customers')
    .values(
      [...customerInput.values()].map((c) => ({
        id: newId('cus'),
        tenant_id: c.tenantId,
        channel: c.channel,
        external_id: c.externalId,
        name: c.name ?? null,
        email: c.email?.toLowerCase() ?? null,
        locale: c.locale ?? null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'channel', 'external_id']).doUpdateSet({
        name: sql`coalesce(excluded.name, customers.name)`,
        email: sql`coalesce(excluded.email, customers.email)`,
        locale: sql`coalesce(excluded.locale, customers.locale)`,
        updated_at: now,
      }),
    )
    .returning(['id', 'tenant_id', 'channel', 'external_id'])
    .execute();
  const customerId = new Map(customerRows.map((r) => [key(r.tenant_id, r.channel, r.external_id), r.id]));
  // What the platforms vouch for links channel identities; also on a redelivery, whose first delivery
  // may have failed after the message was stored.
  await recordProofsIn(
    trx,
    items.flatMap((m) => {
      const v = m.customer.verified;
      if (!v) return [];
      const customer = customerId.get(key(m.tenantId, m.channel, m.customer.externalId))!;
      return [
        ...(v.email ? [{ tenantId: m.tenantId, customerId: customer, kind: 'email' as const, value: v.email, source: 'channel' as const }] : []),
        ...(v.phone ? [{ tenantId: m.tenantId, customerId: customer, kind: 'phone' as const, value: v.phone, source: 'channel' as const }] : []),
      ];
    }),
    now,
  );

  // 2. The customer's open conversation, or a new one. The unique open_customer_id settles races
  // between replicas: the loser of the insert reads the winner's row.
  const customerIds = [...new Set(customerId.values())];
  const conversationOf = new Map<string, string>();
  const readOpen = async (ids: string[]) => {
    if (ids.length === 0) return;
    const rows = await trx.selectFrom('conversations').select(['id', 'open_customer_id']).where('open_customer_id', 'in', ids).execute();
    for (const r of rows) conversationOf.set(r.open_customer_id!, r.id);
  };
  await readOpen(customerIds);
  const firstOf = new Map<string, InboundMessage>();
  const inBatch = new Map<string, number>();
  for (const m of items) {
    const cid = customerId.get(key(m.tenantId, m.channel, m.customer.externalId))!;
    inBatch.set(cid, (inBatch.get(cid) ?? 0) + 1);
    if (!conversationOf.has(cid) && !firstOf.has(cid)) firstOf.set(cid, m);
  }
  // A lone "5" after a resolve answers its satisfaction question: it joins the resolved conversation
  // instead of opening a new one. (With more messages in the same batch, all go to a new conversation.)
  const ratings = await findRatedConversations(
    trx,
    [...firstOf].filter(([cid]) => inBatch.get(cid) === 1).map(([customerId, m]) => ({ tenantId: m.tenantId, customerId, text: m.text })),
    now,
  );
  for (const [cid, r] of ratings) {
    conversationOf.set(cid, r.conversationId);
    firstOf.delete(cid);
  }
  if (firstOf.size > 0) {
    const inserted = await trx
      .insertInto('conversations')
      .values(
        [...firstOf].map(([cid, m]) => ({
          id: newId('cnv'),
          tenant_id: m.tenantId,
          customer_id: cid,
          open_customer_id: cid,
          channel: m.channel,
          status: 'open' as const,
          handler: 'bot' as const,
          assignee_id: null,
          priority: 0,
          language: null,
          last_intent: null,
          state: '{}',
          version: 0,
          last_message_text: null,
          last_message_author: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column('open_customer_id').doNothing())
      .returning(['id', 'open_customer_id'])
      .execute();
    for (const r of inserted) conversationOf.set(r.open_customer_id!, r.id);
    await readOpen([...firstOf.keys()].filter((cid) => !conversationOf.has(cid)));
  }

  // 3. Messages. Repeats of one external id inside the batch collapse onto the first.
  const results: AcceptedMessage[] = new Array(items.length);
  const firstInBatch = new Map<string, number>();
  const rows: Database['messages'][] = [];
  const rowIndex: number[] = [];
  items.forEach((m, i) => {
    const cid = customerId.get(key(m.tenantId, m.channel, m.customer.externalId))!;
    const conversationId = conversationOf.get(cid)!;
    if (m.externalMessageId !== undefined) {
      const k = key(m.tenantId, m.channel, m.externalMessageId);
      const first = firstInBatch.get(k);
      if (first !== undefined) {
        results[i] = { ...results[first]!, duplicate: true };
        return;
      }
      firstInBatch.set(k, i);
    }
    const id = newId('msg');
    const createdAt = Math.max(m.receivedAt, 0) || now;
    const rating = ratings.get(cid);
    rows.push({
      id,
      tenant_id: m.tenantId,
      conversation_id: conversationId,
      channel: m.channel,
      direction: 'in',
      author: 'customer',
      author_id: cid,
      text: m.text,
      external_id: m.externalMessageId ?? null,
      processed_at: rating ? now : null,
      meta: rating ? JSON.stringify({ csat: rating.rating }) : null,
      created_at: createdAt,
    });
    rowIndex.push(i);
    results[i] = {
      conversationId,
      messageId: id,
      customerId: cid,
      duplicate: false,
      message: { id, conversationId, direction: 'in', author: 'customer', text: m.text, createdAt: new Date(createdAt).toISOString() },
    };
  });

  const insertedIds = new Set(
    (
      await trx
        .insertInto('messages')
        .values(rows)
        .onConflict((oc) => oc.columns(['tenant_id', 'channel', 'external_id']).doNothing())
        .returning('id')
        .execute()
    ).map((r) => r.id),
  );

  // Rows that hit the unique key were accepted earlier: answer with the original ids.
  const seenBefore = rows.filter((r) => !insertedIds.has(r.id));
  if (seenBefore.length > 0) {
    const originals = await trx
      .selectFrom('messages')
      .select(['id', 'conversation_id', 'author_id', 'tenant_id', 'channel', 'external_id', 'text', 'created_at'])
      .where((eb) =>
        eb.or(
          seenBefore.map((r) =>
            eb.and([eb('tenant_id', '=', r.tenant_id), eb('channel', '=', r.channel), eb('external_id', '=', r.external_id!)]),
          ),
        ),
      )
      .execute();
    const byExt = new Map(originals.map((o) => [key(o.tenant_id, o.channel, o.external_id!), o]));
    rows.forEach((r, j) => {
      if (insertedIds.has(r.id)) return;
      const o = byExt.get(key(r.tenant_id, r.channel, r.external_id!))!;
      results[rowIndex[j]!] = {
        conversationId: o.conversation_id,
        messageId: o.id,
        customerId: o.author_id ?? '',
        duplicate: true,
        message: { id: o.id, conversationId: o.conversation_id, direction: 'in', author: 'customer', text: o.text, createdAt: new Date(o.created_at).toISOString() },
      };
    });
    items.forEach((m, i) => {
      if (m.externalMessageId === undefined) return;
      const first = firstInBatch.get(key(m.tenantId, m.channel, m.externalMessageId))!;
      if (first !== i) results[i] = { ...results[first]!, duplicate: true };
    });
  }

  // Attachments of the messages stored now (a redelivery's were stored with its first delivery).
  const withMedia = rows.flatMap((r, j) => {
    const a = items[rowIndex[j]!]!.attachments;
    return insertedIds.has(r.id) && a && a.length > 0 ? [{ tenantId: r.tenant_id, conversationId: r.conversation_id, messageId: r.id, attachments: a }] : [];
  });
  if (withMedia.length > 0) {
    const wire = await storeInboundAttachments(trx, withMedia, mediaMaxBytes, now);
    rows.forEach((r, j) => {
      const list = wire.get(r.id);
      if (list) results[rowIndex[j]!]!.message.attachments = list;
    });
  }

  // 4. Queue the conversations that got something new; bumping version tells a worker already
  // holding the conversation that more arrived.
  const queued = new Map<string, string>();
  for (const r of rows) {
    if (!insertedIds.has(r.id)) continue;
    const rating = ratings.get(r.author_id!);
    if (rating?.conversationId === r.conversation_id) await recordRating(trx, r.tenant_id, r.conversation_id, rating.rating, r.id, now);
    else queued.set(r.conversation_id, r.tenant_id);
  }
  if (queued.size > 0) {
    await trx
      .insertInto('pipeline_queue')
      .values([...queued].map(([conversation_id, tenant_id]) => ({ conversation_id, tenant_id, version: 1, claimed_until: 0, claimed_by: null, claimed_version: null, created_at: now })))
      .onConflict((oc) => oc.column('conversation_id').doUpdateSet({ version: sql`pipeline_queue.version + 1` }))
      .execute();
  }
  return results;
}
