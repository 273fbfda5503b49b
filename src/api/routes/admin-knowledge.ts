// Admin API for help-centre articles (session auth): list per language, create, edit, delete.
// Supervisors read; owners and admins change. A change clears this replica's cached article list, so
// the knowledge index the bot searches is rebuilt from it on the next question, without a restart.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { newId } from '../../runtime/ids.js';
import { articleInput, deleteRecord, listArticles, recordExists, saveArticle } from '../../commerce/merchant-rules.js';
import { requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const listQuery = z.object({ language: z.string().min(2).max(10).optional() }).strict();
const MAX_ARTICLES = 2_000;

export function registerAdminKnowledge(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  app.get('/api/console/admin/articles', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read articles');
    const { language } = parseWith(listQuery, req.query);
    return { articles: await listArticles(db, user.tenantId, language) };
  });

  app.post('/api/console/admin/articles', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'write articles');
    const input = parseWith(articleInput, req.body);
    if ((await listArticles(db, user.tenantId)).length >= MAX_ARTICLES) throw new ApiError(409, 'conflict', `at most ${MAX_ARTICLES} articles per shop`);
    const article = { id: newId('art'), ...input };
    await saveArticle(db, user.tenantId, article);
    ctx.commerceCache.forget(user.tenantId);
    reply.code(201);
    return { article };
  });

  app.put('/api/console/admin/articles/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'write articles');
    const { id } = parseWith(idParams, req.params);
    const input = parseWith(articleInput, req.body);
    if (!(await recordExists(db, user.tenantId, 'article', id))) throw new ApiError(404, 'not_found', `article ${id} not found`);
    const article = { id, ...input };
    await saveArticle(db, user.tenantId, article);
    ctx.commerceCache.forget(user.tenantId);
    return { article };
  });

  app.delete('/api/console/admin/articles/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'delete articles');
    const { id } = parseWith(idParams, req.params);
    if (!(await deleteRecord(db, user.tenantId, 'article', id))) throw new ApiError(404, 'not_found', `article ${id} not found`);
    ctx.commerceCache.forget(user.tenantId);
    return { ok: true };
  });
}
