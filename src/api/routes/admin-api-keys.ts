// Admin API for API keys (session auth, owners and admins only): create (the key is in the answer
// once and never again: only its hash is stored), list (prefix, created, last used, revoked), revoke.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { createApiKey } from '../auth/api-key.js';
import { requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const createBody = z.object({ name: z.string().trim().min(1, 'must not be empty').max(80) }).strict();
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function registerAdminApiKeys(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  app.get('/api/console/admin/api-keys', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'manage API keys');
    const rows = await db.selectFrom('api_keys').select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at']).where('tenant_id', '=', user.tenantId).orderBy('created_at', 'desc').execute();
    return { keys: rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: iso(r.created_at), lastUsedAt: iso(r.last_used_at), revokedAt: iso(r.revoked_at) })) };
  });

  app.post('/api/console/admin/api-keys', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'manage API keys');
    const { name } = parseWith(createBody, req.body);
    const live = await db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', user.tenantId).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(live?.n ?? 0) >= 50) throw new ApiError(409, 'conflict', 'at most 50 active API keys; revoke one first');
    const { id, key } = await createApiKey(db, user.tenantId, name);
    reply.code(201);
    return { id, name, key, prefix: key.slice(0, 10) };
  });

  app.delete('/api/console/admin/api-keys/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'manage API keys');
    const { id } = parseWith(idParams, req.params);
    const r = await db.updateTable('api_keys').set({ revoked_at: Date.now() }).where('tenant_id', '=', user.tenantId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new ApiError(404, 'not_found', `active API key ${id} not found`);
    ctx.apiKeys.forget();
    return { ok: true };
  });
}
