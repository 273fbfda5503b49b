// Admin API for intents (session auth): the intent catalog (built-in pack + the shop's own), the
// shop's training examples, retraining (a worker thread; the new model is swapped in without a
// restart), cross-validation of the shop's examples, and "try it" with the shop's current model.
// Owners and admins change; supervisors read and try; agents have no access.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { messageTextSchema } from '../validation.js';
import { addExample, exampleInput, intentCatalog, listExamples, removeExample } from '../../pipeline/training-examples.js';
import { NoExamples } from '../../pipeline/nlu-jobs.js';
import { adminGuard, requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const examplesQuery = z.object({ intent: z.string().min(1).max(60).optional() }).strict();
const tryBody = z.object({ text: messageTextSchema.pipe(z.string().max(2000, 'must be at most 2000 characters')) }).strict();
const evaluateBody = z.object({ folds: z.number().int().min(2).max(10).default(3) }).strict().default({ folds: 3 });

export function registerAdminIntents(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;
  const noExamples = (err: unknown): never => {
    if (err instanceof NoExamples) throw new ApiError(400, 'no_examples', err.message);
    throw err;
  };

  app.get('/api/console/admin/intents', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read intents');
    const [intents, jobs] = await Promise.all([intentCatalog(db, user.tenantId), ctx.nluJobs.status(user.tenantId)]);
    return { intents, jobs };
  });

  app.get('/api/console/admin/intents/examples', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read training examples');
    const { intent } = parseWith(examplesQuery, req.query);
    return { examples: await listExamples(db, user.tenantId, intent) };
  });

  app.post('/api/console/admin/intents/examples', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'add training examples');
    const example = await adminGuard(() => addExample(db, user.tenantId, parseWith(exampleInput, req.body)));
    reply.code(201);
    return { example };
  });

  app.delete('/api/console/admin/intents/examples/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'remove training examples');
    const { id } = parseWith(idParams, req.params);
    await adminGuard(() => removeExample(db, user.tenantId, id));
    return { ok: true };
  });

  app.post('/api/console/admin/intents/train', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'retrain the intent model');
    await adminGuard(() => ctx.nluJobs.train(user.tenantId).catch(noExamples));
    reply.code(202);
    return { jobs: await ctx.nluJobs.status(user.tenantId) };
  });

  app.post('/api/console/admin/intents/evaluate', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'run a cross-validation');
    const { folds } = parseWith(evaluateBody, req.body ?? undefined);
    await adminGuard(() => ctx.nluJobs.evaluate(user.tenantId, folds).catch(noExamples));
    reply.code(202);
    return { jobs: await ctx.nluJobs.status(user.tenantId) };
  });

  app.post('/api/console/admin/intents/try', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'try the intent model');
    const { text } = parseWith(tryBody, req.body);
    if (!ctx.nlu.ready) throw new ApiError(503, 'model_not_loaded', 'this server does not run the NLU model (WORKERS=false) or is still loading it', undefined, { 'retry-after': '5' });
    const u = ctx.nlu.forTenant(user.tenantId).understand(text);
    return { understanding: u, modelId: ctx.nlu.modelIdOf(user.tenantId) };
  });
}
