// Handoff and routing: per-tenant rule sets, teams and their members, agent profiles (skills,
// languages, capacity, presence), the queue entry of each handed-off conversation (the inputs of its
// priority score, its team, tags, SLA due time and summary), internal notes, and the script library.
// Every table carries tenant_id; every unique key starts with it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('handoff_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('rule_set', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('private', 'integer', (c) => c.notNull())
    .addColumn('routing', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('teams_name', ['tenant_id', 'name'])
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['tenant_id', 'team_id', 'user_id'])
    .execute();
  await db.schema.createIndex('team_members_user').on('team_members').columns(['tenant_id', 'user_id']).execute();

  await db.schema
    .createTable('agents')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('presence', 'text', (c) => c.notNull())
    .addColumn('presence_at', 'bigint', (c) => c.notNull())
    .addColumn('last_assigned_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agents_tenant').on('agents').columns(['tenant_id', 'presence']).execute();

  await db.schema
    .createTable('queue_entries')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('urgency', 'double precision', (c) => c.notNull())
    .addColumn('anger', 'double precision', (c) => c.notNull())
    .addColumn('sentiment', 'double precision', (c) => c.notNull())
    .addColumn('customer_value', 'double precision', (c) => c.notNull())
    .addColumn('queued_at', 'bigint', (c) => c.notNull())
    .addColumn('sla_due_at', 'bigint', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('unread', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('queue_entries_tenant').on('queue_entries').columns(['tenant_id', 'team_id']).execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_conversation').on('notes').columns(['tenant_id', 'conversation_id', 'created_at']).execute();

  await db.schema
    .createTable('scripts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('scripts_name', ['tenant_id', 'name', 'language'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['scripts', 'notes', 'queue_entries', 'agents', 'team_members', 'teams', 'handoff_settings']) {
    await db.schema.dropTable(t).execute();
  }
}
