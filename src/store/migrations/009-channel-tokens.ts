// Access tokens of channels whose platform hands out short-lived ones (Shopee: 4 hours, TikTok Shop:
// 7 days), refreshed by the outbox before they lapse. The grant (access + refresh token) is sealed
// like the account's secrets; its expiry stays in the clear so a refresh is decided without opening it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('channel_tokens')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    // AES-256-GCM sealed JSON {accessToken, refreshToken, accessExpiresAt, refreshExpiresAt?}.
    .addColumn('grant', 'text', (c) => c.notNull())
    .addColumn('access_expires_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_tokens_pk', ['tenant_id', 'account_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_tokens').execute();
}
