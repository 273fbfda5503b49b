// Reflects a platform's delivery receipts (sent → delivered → read, or failed) on our outgoing
// messages: meta.delivery = {status, at, error?}. Receipts arrive out of order and are retried, so a
// status only ever moves forward; replaying one changes nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { DeliveryStatus } from './types.js';

const RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

export interface DeliveryUpdate {
  status: DeliveryStatus;
  at: number;
  error?: string;
}

type Where = { messageId: string } | { channel: string; externalId: string };

/** Applies one update; returns the message id when it changed something. */
export async function applyDeliveryStatus(db: Kysely<Database>, tenantId: string, where: Where, update: DeliveryUpdate): Promise<string | undefined> {
  let q = db.selectFrom('messages').select(['id', 'meta']).where('tenant_id', '=', tenantId).where('direction', '=', 'out');
  q = 'messageId' in where ? q.where('id', '=', where.messageId) : q.where('channel', '=', where.channel).where('external_id', '=', where.externalId);
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const meta = (row.meta ? JSON.parse(row.meta) : {}) as { delivery?: DeliveryUpdate };
  if (meta.delivery && RANK[meta.delivery.status] >= RANK[update.status]) return undefined;
  meta.delivery = { status: update.status, at: update.at, ...(update.error ? { error: update.error } : {}) };
  const res = await db.updateTable('messages').set({ meta: JSON.stringify(meta) }).where('id', '=', row.id).where('tenant_id', '=', tenantId).where((eb) => (row.meta === null ? eb('meta', 'is', null) : eb('meta', '=', row.meta))).executeTakeFirst();
  // Lost a race with another receipt for the same message: read again and decide again.
  if (Number(res.numUpdatedRows) === 0) return applyDeliveryStatus(db, tenantId, { messageId: row.id }, update);
  return row.id;
}

/** A read watermark: our messages to this shopper sent up to `watermark` were read (newest 100 looked
 * at); returns the ids of the messages it changed. */
export async function applyReadWatermark(db: Kysely<Database>, tenantId: string, channel: string, customerExternalId: string, watermark: number): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .select('messages.id')
    .where('customers.tenant_id', '=', tenantId)
    .where('customers.channel', '=', channel)
    .where('customers.external_id', '=', customerExternalId)
    .where('messages.tenant_id', '=', tenantId)
    .where('messages.direction', '=', 'out')
    .where('messages.external_id', 'is not', null)
    .where('messages.created_at', '<=', watermark)
    .orderBy('messages.created_at', 'desc')
    .limit(100)
    .execute();
  const changed: string[] = [];
  for (const r of rows) if (await applyDeliveryStatus(db, tenantId, { messageId: r.id }, { status: 'read', at: watermark })) changed.push(r.id);
  return changed;
}

/** Forgets a message's delivery status before an agent retries a dead-lettered send: the forward-only
 * rule would otherwise keep it 'failed' for good. */
export async function clearDeliveryStatus(db: Kysely<Database>, tenantId: string, messageId: string): Promise<void> {
  const row = await db.selectFrom('messages').select('meta').where('id', '=', messageId).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row?.meta) return;
  const meta = JSON.parse(row.meta) as { delivery?: DeliveryUpdate };
  if (!meta.delivery) return;
  delete meta.delivery;
  await db.updateTable('messages').set({ meta: JSON.stringify(meta) }).where('id', '=', messageId).where('tenant_id', '=', tenantId).execute();
}
