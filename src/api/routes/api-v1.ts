// The generic API channel for server-to-server integrators (API key auth):
//   POST /api/v1/messages                      accept a shopper message → 202 {conversationId, messageId}
//   GET  /api/v1/conversations/:id/messages    the conversation's history
//   PUT  /api/v1/webhook                       set the URL replies are POSTed to; returns the signing secret
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toWireMessage } from '../wire.js';
import { ApiError, parseWith } from '../errors.js';
import type { AppContext } from '../context.js';
import { customerSchema, messageTextSchema } from '../validation.js';
import { isAllowedWebhookUrl } from '../webhook-url.js';
import { newSecret } from '../../runtime/ids.js';

const postMessageBody = z
  .object({
    customer: customerSchema,
    text: messageTextSchema,
    externalMessageId: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

const idParams = z.object({ id: z.string().min(1).max(100) });
const historyQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(200),
    after: z.string().max(100).optional(),
  })
  .strict();

const webhookBody = z.object({ url: z.url().max(2000).nullable() }).strict();

export function registerApiV1(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/v1/messages', async (req, reply) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const body = parseWith(postMessageBody, req.body);
    const accepted = await ctx.ingest.accept({
      tenantId,
      channel: 'api',
      customer: body.customer,
      text: body.text,
      ...(body.externalMessageId !== undefined ? { externalMessageId: body.externalMessageId } : {}),
      receivedAt: Date.now(),
    });
    return reply.code(202).send({ conversationId: accepted.conversationId, messageId: accepted.messageId, duplicate: accepted.duplicate });
  });

  app.get('/api/v1/conversations/:id/messages', async (req) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const { id } = parseWith(idParams, req.params);
    const q = parseWith(historyQuery, req.query);
    const conv = await ctx.store.db.selectFrom('conversations').select(['id']).where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
    // Another tenant's conversation reads exactly like a missing one.
    if (!conv) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
    let query = ctx.store.db
      .selectFrom('messages')
      .select(['id', 'conversation_id', 'direction', 'author', 'text', 'created_at', 'meta'])
      .where('conversation_id', '=', id)
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('id')
      .limit(q.limit);
    if (q.after) query = query.where('id', '>', q.after);
    const rows = await query.execute();
    return { conversationId: id, messages: rows.map((r) => toWireMessage(r, { withDelivery: true })) };
  });

  app.put('/api/v1/webhook', async (req) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const { url } = parseWith(webhookBody, req.body);
    if (url !== null && !isAllowedWebhookUrl(url, ctx.config.ALLOW_PRIVATE_WEBHOOKS)) {
      throw new ApiError(400, 'invalid_request', 'url: must be an http(s) URL on a public host');
    }
    const tenant = await ctx.store.db.selectFrom('tenants').select(['webhook_secret']).where('id', '=', tenantId).executeTakeFirstOrThrow();
    const secret = tenant.webhook_secret || newSecret('whsec_');
    await ctx.store.db.updateTable('tenants').set({ webhook_url: url, webhook_secret: secret }).where('id', '=', tenantId).execute();
    ctx.tenants.invalidate(tenantId);
    return { url, secret, signatureHeader: 'Peakdesk-Signature', format: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">' };
  });
}
