// Attachments of messages (shoppers' photos, agents' files). `media` holds what is known at receive or
// upload time: the kind, type, size, name, and for inbound media the platform's reference to fetch the
// bytes with later (most platforms keep them for days, and most are never opened). `media_content`
// holds the bytes once fetched or uploaded, apart, so listing attachments never reads blobs; bytes
// are capped (MEDIA_MAX_BYTES), which keeps PostgreSQL bytea and SQLite blobs reasonable and lets
// every replica serve them without a shared disk.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
  await db.schema
    .createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    // NULL while an agent's upload waits for the reply that sends it.
    .addColumn('message_id', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text')
    .addColumn('size', 'bigint')
    .addColumn('filename', 'text')
    // JSON: the platform's handle on inbound media (WhatsApp media id, Telegram file_id, a URL…).
    .addColumn('source', 'text')
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_message_idx').on('media').columns(['tenant_id', 'message_id']).execute();
  await db.schema.createIndex('media_conversation_idx').on('media').columns(['tenant_id', 'conversation_id']).execute();
  await db.schema
    .createTable('media_content')
    .addColumn('media_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('stored_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media_content').execute();
  await db.schema.dropTable('media').execute();
}
