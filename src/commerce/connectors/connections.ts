// Per-tenant store connections: which platform, where, the credentials (sealed with SecretBox, never
// stored or logged in plain text) and the resumable sync position. Every query is by tenant id.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../store/schema.js';
import { PLATFORMS, SYNC_KINDS, type Platform, type SyncKind } from './connector.js';
import type { SecretBox } from '../../runtime/secret-box.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const baseUrlSchema = z
  .url({ message: 'must be an absolute URL such as https://acme.myshopify.com' })
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  }, 'must use https:// (plain http is accepted only for localhost)')
  .transform((u) => u.replace(/\/+$/, ''));

export const credentialSchemas = {
  demo: z.object({}).strict(),
  shopify: z.object({ accessToken: z.string().trim().min(20, 'an Admin API access token (shpat_…) is at least 20 characters').max(200) }).strict(),
  woocommerce: z
    .object({
      consumerKey: z.string().regex(/^ck_[0-9a-f]{40}$/, 'a WooCommerce consumer key looks like ck_ followed by 40 hex digits'),
      consumerSecret: z.string().regex(/^cs_[0-9a-f]{40}$/, 'a WooCommerce consumer secret looks like cs_ followed by 40 hex digits'),
    })
    .strict(),
} satisfies Record<Platform, z.ZodType>;

export type Credentials<P extends Platform> = z.infer<(typeof credentialSchemas)[P]>;

export interface KindProgress {
  /** Cursor of the next page to fetch; null when the kind is done. */
  cursor: string | null;
  done: boolean;
  imported: number;
}

export interface SyncState {
  /** Set while an import is under way; a new `store sync` resumes from the cursors below. */
  running: boolean;
  startedAt: number | null;
  kinds: Partial<Record<SyncKind, KindProgress>>;
}

export const EMPTY_SYNC_STATE: SyncState = { running: false, startedAt: null, kinds: {} };

const syncStateSchema = z.object({
  running: z.boolean(),
  startedAt: z.number().nullable(),
  kinds: z.partialRecord(z.enum(SYNC_KINDS), z.object({ cursor: z.string().nullable(), done: z.boolean(), imported: z.number() })),
});

export type StoreConnection = {
  tenantId: string;
  baseUrl: string;
  webhookSecret: string;
  syncState: SyncState;
  syncedAt: number | null;
  reconciledAt: number | null;
  lastError: string | null;
} & (
  | { platform: 'demo'; credentials: Credentials<'demo'> }
  | { platform: 'shopify'; credentials: Credentials<'shopify'> }
  | { platform: 'woocommerce'; credentials: Credentials<'woocommerce'> }
);

export interface ConnectionInput {
  platform: Platform;
  baseUrl: string;
  credentials: unknown;
  webhookSecret: string;
}

/** Validates and stores (or replaces) the tenant's store connection; the import starts from scratch. */
export async function saveConnection(db: Kysely<Database>, box: SecretBox, tenantId: string, input: ConnectionInput): Promise<void> {
  const platform = z.enum(PLATFORMS).parse(input.platform);
  const baseUrl = baseUrlSchema.parse(input.baseUrl);
  const credentials = credentialSchemas[platform].parse(input.credentials);
  const webhookSecret = z.string().min(platform === 'demo' ? 0 : 8, 'the webhook signing secret is at least 8 characters').max(500).parse(input.webhookSecret);
  const now = Date.now();
  const row = {
    tenant_id: tenantId,
    platform,
    base_url: baseUrl,
    credentials: box.seal(JSON.stringify(credentials), tenantId),
    webhook_secret: box.seal(webhookSecret, tenantId),
    sync_state: JSON.stringify(EMPTY_SYNC_STATE),
    synced_at: null,
    reconciled_at: null,
    last_error: null,
    lease_until: 0,
    created_at: now,
    updated_at: now,
  };
  await db
    .insertInto('store_connections')
    .values(row)
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...row, created_at: undefined }))
    .execute();
}

export async function loadConnection(db: Kysely<Database>, box: SecretBox, tenantId: string): Promise<StoreConnection | undefined> {
  const row = await db.selectFrom('store_connections').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row) return undefined;
  const platform = z.enum(PLATFORMS).parse(row.platform);
  const credentials = credentialSchemas[platform].parse(JSON.parse(box.open(row.credentials, tenantId)));
  return {
    tenantId,
    platform,
    credentials,
    baseUrl: row.base_url,
    webhookSecret: box.open(row.webhook_secret, tenantId),
    syncState: syncStateSchema.parse(JSON.parse(row.sync_state)),
    syncedAt: row.synced_at,
    reconciledAt: row.reconciled_at,
    lastError: row.last_error,
  } as StoreConnection;
}

export async function removeConnection(db: Kysely<Database>, tenantId: string): Promise<boolean> {
  const r = await db.deleteFrom('store_connections').where('tenant_id', '=', tenantId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function connectedTenants(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('store_connections').select('tenant_id').execute()).map((r) => r.tenant_id);
}

export async function updateConnection(
  db: Kysely<Database>,
  tenantId: string,
  patch: { syncState?: SyncState; syncedAt?: number; reconciledAt?: number; lastError?: string | null },
): Promise<void> {
  await db
    .updateTable('store_connections')
    .set({
      ...(patch.syncState ? { sync_state: JSON.stringify(patch.syncState) } : {}),
      ...(patch.syncedAt !== undefined ? { synced_at: patch.syncedAt } : {}),
      ...(patch.reconciledAt !== undefined ? { reconciled_at: patch.reconciledAt } : {}),
      ...(patch.lastError !== undefined ? { last_error: patch.lastError } : {}),
      updated_at: Date.now(),
    })
    .where('tenant_id', '=', tenantId)
    .execute();
}

/** Takes the tenant's sync lease for `ms` when nobody holds it; true when this caller got it. */
export async function claimSyncLease(db: Kysely<Database>, tenantId: string, ms: number): Promise<boolean> {
  const now = Date.now();
  const r = await db
    .updateTable('store_connections')
    .set({ lease_until: now + ms })
    .where('tenant_id', '=', tenantId)
    .where('lease_until', '<', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function releaseSyncLease(db: Kysely<Database>, tenantId: string): Promise<void> {
  await db.updateTable('store_connections').set({ lease_until: 0 }).where('tenant_id', '=', tenantId).execute();
}
