// Store connections (one per tenant: the platform, its URL, encrypted credentials and the sync
// position) and the webhook receipts that make store webhooks idempotent.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_connections')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('credentials', 'text', (c) => c.notNull())
    .addColumn('webhook_secret', 'text', (c) => c.notNull())
    .addColumn('sync_state', 'text', (c) => c.notNull())
    .addColumn('synced_at', 'bigint')
    .addColumn('reconciled_at', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('lease_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('store_webhook_receipts')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_webhook_receipts_pk', ['tenant_id', 'webhook_id'])
    .execute();
  await db.schema.createIndex('store_webhook_receipts_age').on('store_webhook_receipts').columns(['tenant_id', 'received_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('store_webhook_receipts').execute();
  await db.schema.dropTable('store_connections').execute();
}
