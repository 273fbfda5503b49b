// Builds the HTTP server: JSON parsing that rejects invalid UTF-8, one error shape for every failure,
// size caps, the routes, the websocket gateway and the built web apps.
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import fastifyStatic from '@fastify/static';
import { ApiError } from './errors.js';
import type { AppContext } from './context.js';
import { RealtimeGateway } from './realtime/gateway.js';
import { registerConsoleHandoff } from './routes/console-handoff.js';
import { InboxFeed } from '../handoff/inbox-feed.js';
import { viewerOf } from '../handoff/inbox.js';
import { registerAdmin } from './routes/admin.js';
import { registerApiV1 } from './routes/api-v1.js';
import { registerChannelAccounts } from './routes/channel-accounts.js';
import { registerChannelWebhooks } from './routes/channel-webhooks.js';
import { registerConsole } from './routes/console.js';
import { registerConsoleConversationTools } from './routes/console-conversation-tools.js';
import { registerConsoleCustomers } from './routes/console-customers.js';
import { registerConsoleDelivery } from './routes/console-delivery.js';
import { registerConsoleMedia } from './routes/console-media.js';
import { registerHealth } from './routes/health.js';
import { registerRealtime } from './routes/realtime.js';
import { registerShop } from './routes/shop.js';
import { registerStoreWebhooks } from './routes/store-webhooks.js';
import { OverloadedError } from '../ingest/ingest.js';
import { fromRoot } from '../runtime/paths.js';

/** Largest request body: a 64 KiB message plus its JSON envelope. */
export const BODY_LIMIT = 96 * 1024;

export async function buildServer(ctx: AppContext): Promise<{ app: FastifyInstance; gateway: RealtimeGateway }> {
  const app: FastifyInstance = Fastify({ loggerInstance: ctx.log.child({ component: 'http' }) as FastifyBaseLogger, logController: new LogController({ disableRequestLogging: true }), bodyLimit: BODY_LIMIT, trustProxy: true, return503OnClosing: true });

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    if (body.length === 0) return done(null, undefined);
    if (!isUtf8(body)) return done(new ApiError(400, 'invalid_utf8', 'the request body is not valid UTF-8'), undefined);
    try {
      done(null, JSON.parse(body.toString('utf8')));
    } catch (err) {
      done(new ApiError(400, 'invalid_json', `the request body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ApiError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
    }
    if (err instanceof OverloadedError) {
      return reply.code(503).header('retry-after', String(err.retryAfterSeconds)).send({ error: { code: 'overloaded', message: err.message } });
    }
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: { code: 'payload_too_large', message: `the request body exceeds ${BODY_LIMIT} bytes` } });
    }
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: { code: 'unsupported_media_type', message: 'send JSON with "Content-Type: application/json"' } });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.code(e.statusCode).send({ error: { code: 'bad_request', message: e.message } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side; the request can be retried' } });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && req.url.startsWith('/console') && existsSync(fromRoot('dist', 'web', 'console', 'index.html'))) {
      return reply.sendFile('console/index.html');
    }
    return reply.code(404).send({ error: { code: 'not_found', message: `no route for ${req.method} ${req.url.split('?')[0]}` } });
  });

  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });

  const gateway = new RealtimeGateway(ctx.bus, ctx.metrics, (err) => ctx.log.error({ err }, 'console refresh failed'));
  gateway.reloadViewer = async (v) => viewerOf(ctx.store.db, { id: v.userId, tenantId: v.tenantId, role: v.role });
  const feed = new InboxFeed(ctx.store.db, ctx.bus, gateway, ctx.log, ctx.config.WORKERS ? (t) => ctx.assigner.kick(t) : undefined);
  gateway.gate = (tenantId, conversationId, deliver) => feed.gate(tenantId, conversationId, deliver);
  await feed.start();
  registerHealth(app, ctx);
  registerApiV1(app, ctx);
  registerConsole(app, ctx);
  registerConsoleHandoff(app, ctx);
  registerConsoleConversationTools(app, ctx);
  registerConsoleDelivery(app, ctx);
  registerConsoleMedia(app, ctx);
  registerConsoleCustomers(app, ctx);
  registerAdmin(app, ctx);
  registerShop(app, ctx);
  registerStoreWebhooks(app, ctx);
  registerRealtime(app, ctx, gateway);
  registerChannelAccounts(app, ctx);
  registerChannelWebhooks(app, ctx);

  const webRoot = fromRoot('dist', 'web');
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], wildcard: true });
    app.get('/', (_req, reply) => reply.redirect('/shop/'));
  } else {
    ctx.log.warn({ webRoot }, 'web apps not built (run `npm run build`); serving the API only');
  }
  app.addHook('onClose', async () => {
    feed.close();
    gateway.close();
  });
  return { app, gateway };
}
