// Shopper requests the bot records: RMAs for approved returns and exchanges, cancellation and
// address-change requests. One request per (tenant, key), so a retried turn never files twice.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shopper_requests')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    /** order id + kind + item ids: the idempotency key. */
    .addColumn('request_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('shopper_requests_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('shopper_requests_key', ['tenant_id', 'request_key'])
    .execute();
  await db.schema.createIndex('shopper_requests_order').on('shopper_requests').columns(['tenant_id', 'order_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shopper_requests').execute();
}
