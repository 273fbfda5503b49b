// The agent's conversation tools: cached machine translations (one per message and target language)
// and customer-satisfaction requests sent on resolve with the shopper's rating once answered.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('message_translations')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_translations_pk', ['tenant_id', 'message_id', 'target'])
    .execute();

  await db.schema
    .createTable('csat_requests')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .addColumn('answered_at', 'bigint')
    .addColumn('answer_message_id', 'text')
    .execute();
  await db.schema.createIndex('csat_requests_customer').on('csat_requests').columns(['tenant_id', 'customer_id', 'requested_at']).execute();
  await db.schema.createIndex('csat_requests_answered').on('csat_requests').columns(['tenant_id', 'answered_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('csat_requests').execute();
  await db.schema.dropTable('message_translations').execute();
}
