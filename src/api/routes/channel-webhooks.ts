// Platform webhooks for channel accounts:
//   GET  /channels/:type/:accountId/webhook   setup handshake (Meta's hub.challenge)
//   POST /channels/:type/:accountId/webhook   signed events → ingest
// These routes keep the raw request bytes (signatures are computed over them), so they live in their
// own scope with a buffer body parser instead of the server's JSON parser.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { parseWith } from '../errors.js';
import { ChannelUnavailableError, handleHandshake, handleWebhook, type WebhookOutcome } from '../../channels/receive-webhook.js';
import { ApiError } from '../errors.js';

/** Platforms batch events; 1 MiB holds WhatsApp's and Meta's largest documented batches. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

function unavailable(err: unknown): never {
  if (err instanceof ChannelUnavailableError) throw new ApiError(503, 'channel_unavailable', err.message, undefined, { 'retry-after': '60' });
  throw err;
}

const params = z.object({ type: z.string().regex(/^[a-z]{2,20}$/), accountId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });

export function registerChannelWebhooks(app: FastifyInstance, ctx: AppContext): void {
  const deps = { db: ctx.store.db, ingest: ctx.ingest, accounts: ctx.channelAccounts, log: ctx.log.child({ component: 'channel-webhooks' }), platform: ctx.channelPlatform, bus: ctx.bus };
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));
    const send = (reply: import('fastify').FastifyReply, out: WebhookOutcome) =>
      out.text ? reply.code(out.status).type('text/plain; charset=utf-8').send(out.body as string) : reply.code(out.status).send(out.body);

    scope.get('/channels/:type/:accountId/webhook', async (req, reply) => {
      const p = parseWith(params, req.params);
      return send(reply, await handleHandshake(deps, p.type, p.accountId, req.query as Record<string, unknown>).catch(unavailable));
    });

    scope.post('/channels/:type/:accountId/webhook', { bodyLimit: WEBHOOK_BODY_LIMIT }, async (req, reply) => {
      const p = parseWith(params, req.params);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return send(reply, await handleWebhook(deps, p.type, p.accountId, { url: ctx.config.publicUrl + req.url, headers: req.headers, query: req.query as Record<string, unknown>, body }).catch(unavailable));
    });
  });
}
