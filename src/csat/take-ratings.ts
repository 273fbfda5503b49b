// Ingest's side of the satisfaction question: a shopper with no open conversation whose message reads
// as a 1–5 rating while a request for their last resolved conversation is pending has answered it.
// The message joins that conversation already processed (the bot never sees it as a new question)
// and the rating is recorded, in ingest's own transaction.
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { parseRating } from './rating.js';

export interface RatingCandidate {
  tenantId: string;
  customerId: string;
  text: string;
}

export interface TakenRating {
  conversationId: string;
  rating: number;
}

/** Per customer id, the resolved conversation a rating answers; only candidates whose text is a rating cost a query. */
export async function findRatedConversations(trx: Transaction<Database>, candidates: RatingCandidate[], now: number): Promise<Map<string, TakenRating>> {
  const rated = candidates.flatMap((c) => {
    const rating = parseRating(c.text);
    return rating === undefined ? [] : [{ ...c, rating }];
  });
  const out = new Map<string, TakenRating>();
  if (rated.length === 0) return out;
  const rows = await trx
    .selectFrom('csat_requests')
    .select(['conversation_id', 'customer_id', 'tenant_id', 'requested_at'])
    .where('tenant_id', 'in', [...new Set(rated.map((r) => r.tenantId))])
    .where('customer_id', 'in', rated.map((r) => r.customerId))
    .where('rating', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  for (const r of rated) {
    const latest = rows.filter((row) => row.customer_id === r.customerId && row.tenant_id === r.tenantId).sort((a, b) => b.requested_at - a.requested_at)[0];
    if (latest) out.set(r.customerId, { conversationId: latest.conversation_id, rating: r.rating });
  }
  return out;
}

export async function recordRating(trx: Transaction<Database>, tenantId: string, conversationId: string, rating: number, messageId: string, now: number): Promise<void> {
  await trx
    .updateTable('csat_requests')
    .set({ rating, answered_at: now, answer_message_id: messageId })
    .where('tenant_id', '=', tenantId)
    .where('conversation_id', '=', conversationId)
    .where('rating', 'is', null)
    .execute();
}
