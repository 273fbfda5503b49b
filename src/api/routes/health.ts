// Liveness (/healthz: the process answers), readiness (/readyz: database, Redis and model usable) and
// Prometheus metrics (/metrics). None of these touch process.memoryUsage(), which throws EMFILE when
// the process is at its open-files limit — exactly when health checks matter.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../context.js';

export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    let database = false;
    try {
      await sql`select 1`.execute(ctx.store.db);
      database = true;
    } catch (err) {
      ctx.log.warn({ err: (err as Error).message }, 'readiness: database check failed');
    }
    const rest = await ctx.ready();
    const checks = { database, ...rest.checks };
    const ok = database && rest.ok;
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not_ready', checks });
  });

  app.get('/metrics', async (_req, reply) => {
    const body = await ctx.metrics.registry.metrics();
    return reply.header('content-type', ctx.metrics.registry.contentType).send(body);
  });
}
