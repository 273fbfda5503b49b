// One customer across channels. A channel identity (a customers row: one WhatsApp number, one Telegram
// chat, one e-mail sender) joins a profile (customers.profile_id, the id of the profile's first member;
// NULL while alone) when it shares a verified e-mail, phone or proven order with another, or when an
// agent merges them. customer_identities holds what each channel identity proved; customer_merges is
// the audit trail of every link, merge and unmerge.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('profile_id', 'text').execute();
  await db.schema.createIndex('customers_profile').on('customers').columns(['tenant_id', 'profile_id']).execute();

  await db.schema
    .createTable('customer_identities')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    // 'email' | 'phone' | 'order'
    .addColumn('kind', 'text', (c) => c.notNull())
    // The matching key: lower-case e-mail, the phone's last nine digits, the store's order id.
    .addColumn('value', 'text', (c) => c.notNull())
    // As proven (the phone as written), for people to read.
    .addColumn('display', 'text', (c) => c.notNull())
    // 'channel' (the platform vouches: WhatsApp number, e-mail sender) | 'order' (ownership proven)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_identities_pk', ['tenant_id', 'customer_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('customer_identities_value').on('customer_identities').columns(['tenant_id', 'kind', 'value']).execute();

  await db.schema
    .createTable('customer_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    // 'linked' (automatic, by a shared proof) | 'merged' | 'unmerged' (by an agent)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('profile_id', 'text', (c) => c.notNull())
    // JSON string[]: the channel identities joined or detached.
    .addColumn('customer_ids', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    // What linked them ('email', 'phone', 'order') or the agent's audit note.
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_merges_profile').on('customer_merges').columns(['tenant_id', 'profile_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_merges').execute();
  await db.schema.dropTable('customer_identities').execute();
  await db.schema.dropIndex('customers_profile').execute();
  await db.schema.alterTable('customers').dropColumn('profile_id').execute();
}
