// Dead-lettered channel replies as the console sees them: the list behind the alert, and the retry an
// agent starts from it. A retry puts the same outbox row back in line (the parts already delivered
// stay delivered) with a fresh attempt budget, and forgets the message's 'failed' status.
import type { Kysely } from 'kysely';
import { clearDeliveryStatus } from '../channels/delivery-status.js';
import type { Database } from '../store/schema.js';

export interface DeadLetter {
  id: string;
  conversationId: string;
  messageId: string;
  channel: string;
  text: string;
  error: string;
  attempts: number;
  failedAt: string;
  customerName: string | null;
}

export async function listDeadLetters(db: Kysely<Database>, tenantId: string, limit: number): Promise<DeadLetter[]> {
  const rows = await db
    .selectFrom('outbox')
    .innerJoin('messages', 'messages.id', 'outbox.message_id')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .select(['outbox.id', 'outbox.last_error', 'outbox.attempts', 'outbox.next_attempt_at', 'messages.id as message_id', 'messages.conversation_id', 'messages.channel', 'messages.text', 'customers.name'])
    .where('outbox.tenant_id', '=', tenantId)
    .where('messages.tenant_id', '=', tenantId)
    .where('outbox.kind', '=', 'channel')
    .where('outbox.status', '=', 'dead')
    .orderBy('outbox.next_attempt_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    conversationId: r.conversation_id,
    messageId: r.message_id,
    channel: r.channel,
    text: r.text.slice(0, 280),
    error: r.last_error ?? 'unknown error',
    attempts: r.attempts,
    // The worker stamps next_attempt_at at the last attempt, so it is when the row died.
    failedAt: new Date(r.next_attempt_at).toISOString(),
    customerName: r.name,
  }));
}

/** A dead letter by its outbox id, or by the message it carries (`by: 'message'`). */
export async function findDeadLetter(db: Kysely<Database>, tenantId: string, id: string, by: 'outbox' | 'message' = 'outbox'): Promise<DeadLetter | undefined> {
  const row = await db
    .selectFrom('outbox')
    .innerJoin('messages', 'messages.id', 'outbox.message_id')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .select(['outbox.id', 'outbox.last_error', 'outbox.attempts', 'outbox.next_attempt_at', 'messages.id as message_id', 'messages.conversation_id', 'messages.channel', 'messages.text', 'customers.name'])
    .where('outbox.tenant_id', '=', tenantId)
    .where('outbox.kind', '=', 'channel')
    .where(by === 'outbox' ? 'outbox.id' : 'outbox.message_id', '=', id)
    .orderBy('outbox.created_at', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, conversationId: row.conversation_id, messageId: row.message_id, channel: row.channel, text: row.text.slice(0, 280), error: row.last_error ?? 'unknown error', attempts: row.attempts, failedAt: new Date(row.next_attempt_at).toISOString(), customerName: row.name };
}

/** Puts a dead row back in line; false when it is no longer dead (already retried by someone else).
 * One transaction, so the outbox cannot send it (and mark it 'sent') before its 'failed' is cleared. */
export async function retryDeadLetter(db: Kysely<Database>, tenantId: string, letter: DeadLetter, now: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: 0 })
      .where('id', '=', letter.id)
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'dead')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await clearDeliveryStatus(trx, tenantId, letter.messageId);
    return true;
  });
}
