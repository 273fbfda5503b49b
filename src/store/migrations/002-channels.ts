// Channel accounts (a merchant's WhatsApp number, Telegram bot, LINE channel, …) with their secrets
// sealed at rest, the short-lived reply tokens some platforms hand out with an inbound message, and
// the thread state a channel needs to answer in the same thread.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('channel_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // The platform's id for the account (phone number id, page id, bot id, channel id).
    .addColumn('external_id', 'text', (c) => c.notNull())
    // Non-secret settings, JSON.
    .addColumn('config', 'text', (c) => c.notNull())
    // AES-256-GCM sealed JSON (see src/runtime/secret-box.ts); never stored in the clear.
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('channel_accounts_identity', ['tenant_id', 'type', 'external_id'])
    .execute();

  await db.schema
    .createTable('channel_reply_tokens')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('customer_external_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_reply_tokens_pk', ['tenant_id', 'account_id', 'customer_external_id'])
    .execute();

  // Per-shopper thread state a channel needs to answer in the same thread (e-mail: subject, the
  // Message-ID to reply to and the References chain).
  await db.schema
    .createTable('channel_threads')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('customer_external_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_threads_pk', ['tenant_id', 'account_id', 'customer_external_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_threads').execute();
  await db.schema.dropTable('channel_reply_tokens').execute();
  await db.schema.dropTable('channel_accounts').execute();
}
