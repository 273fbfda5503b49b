// Admin pages: the tenant's own intent training examples, the state of its training and
// cross-validation jobs (shared by every replica), when an API key was last used, per-team business
// hours, and scheduled campaigns (greetings and seasonal rules active between two instants).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_examples')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_examples_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('training_examples_text', ['tenant_id', 'intent', 'text'])
    .execute();

  await db.schema
    .createTable('nlu_jobs')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('error', 'text')
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .addPrimaryKeyConstraint('nlu_jobs_pk', ['tenant_id', 'kind'])
    .execute();

  await db.schema.alterTable('api_keys').addColumn('last_used_at', 'bigint').execute();
  await db.schema.alterTable('teams').addColumn('business_hours', 'text').execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaigns_pk', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('campaigns_window').on('campaigns').columns(['tenant_id', 'ends_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('campaigns').execute();
  await db.schema.alterTable('teams').dropColumn('business_hours').execute();
  await db.schema.alterTable('api_keys').dropColumn('last_used_at').execute();
  await db.schema.dropTable('nlu_jobs').execute();
  await db.schema.dropTable('training_examples').execute();
}
