// Server-to-server authentication: `Authorization: Bearer pdk_…`. Keys are stored as SHA-256 hashes
// (a key is random and long, so a fast hash is enough); lookups are cached briefly so revocation
// reaches every replica within the TTL without a query per request.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId, newSecret } from '../../runtime/ids.js';
import type { Database } from '../../store/schema.js';
import { ApiError } from '../errors.js';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createApiKey(db: Kysely<Database>, tenantId: string, name: string): Promise<{ id: string; key: string }> {
  const key = newSecret('pdk_');
  const id = newId('key');
  await db
    .insertInto('api_keys')
    .values({ id, tenant_id: tenantId, name, key_hash: hashKey(key), prefix: key.slice(0, 10), created_at: Date.now(), revoked_at: null })
    .execute();
  return { id, key };
}

export class ApiKeyAuth {
  private readonly cache = new Map<string, { at: number; tenantId: string | null }>();

  constructor(private readonly db: Kysely<Database>, private readonly ttlMs = 30_000) {}

  /** Drops the cached lookups so a revocation here takes effect at once (other replicas: within the TTL). */
  forget(): void {
    this.cache.clear();
  }

  /** Returns the tenant id for the request's key, or throws 401. */
  async authenticate(header: string | undefined): Promise<string> {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!m) throw new ApiError(401, 'unauthorized', 'send your API key as "Authorization: Bearer <key>"', undefined, { 'www-authenticate': 'Bearer' });
    const h = hashKey(m[1]!);
    const hit = this.cache.get(h);
    let tenantId: string | null;
    if (hit && Date.now() - hit.at < this.ttlMs) tenantId = hit.tenantId;
    else {
      const row = await this.db.selectFrom('api_keys').select(['id', 'tenant_id', 'revoked_at', 'last_used_at']).where('key_hash', '=', h).executeTakeFirst();
      tenantId = row && row.revoked_at === null ? row.tenant_id : null;
      // "Last used" for the admin page, written on a cache miss at most once a minute per key: no
      // write on the hot path of every request.
      const now = Date.now();
      if (row && tenantId && (row.last_used_at === null || now - row.last_used_at > 60_000)) {
        void this.db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute().catch(() => undefined);
      }
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(h, { at: Date.now(), tenantId });
    }
    if (!tenantId) throw new ApiError(401, 'unauthorized', 'the API key is not valid or was revoked', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    return tenantId;
  }
}
