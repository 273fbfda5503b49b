// The admin API for channel accounts (API key auth):
//   POST   /api/v1/channel-accounts       connect a WhatsApp number, bot, … → 201 with its webhook URL
//   GET    /api/v1/channel-accounts       the tenant's accounts (never their secrets)
//   DELETE /api/v1/channel-accounts/:id   disable an account: its webhooks answer 404, its sends stop
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { AccountError, newAccountSchema } from '../../channels/accounts.js';
import { MissingSecretsKeyError } from '../../channels/secrets-key.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

/** AccountError and a missing secrets key as HTTP errors (shared with the console's channels page). */
export function mapAccountError(err: unknown): never {
  if (err instanceof AccountError) {
    if (err.code === 'duplicate') throw new ApiError(409, 'conflict', err.message);
    if (err.code === 'not_found') throw new ApiError(404, 'not_found', err.message);
    throw new ApiError(400, 'invalid_request', `${err.details?.[0]?.path ?? ''}: ${err.details?.[0]?.message ?? err.message}`, err.details);
  }
  if (err instanceof MissingSecretsKeyError) throw new ApiError(503, 'channel_secrets_key_missing', err.message);
  throw err;
}

/** Where the platform must send this account's webhooks. */
export function channelWebhookUrl(ctx: AppContext, type: string, id: string): string {
  return `${ctx.config.publicUrl}/channels/${type}/${id}/webhook`;
}

export function registerChannelAccounts(app: FastifyInstance, ctx: AppContext): void {
  const webhookUrl = (type: string, id: string) => channelWebhookUrl(ctx, type, id);

  app.post('/api/v1/channel-accounts', async (req, reply) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const body = parseWith(newAccountSchema, req.body);
    const created = await ctx.channelAccounts.create(tenantId, body).catch(mapAccountError);
    return reply.code(201).send({ ...created.view, webhookUrl: webhookUrl(created.view.type, created.view.id), generatedSecrets: created.generated });
  });

  app.get('/api/v1/channel-accounts', async (req) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const accounts = await ctx.channelAccounts.list(tenantId);
    return { accounts: accounts.map((a) => ({ ...a, webhookUrl: webhookUrl(a.type, a.id) })) };
  });

  app.delete('/api/v1/channel-accounts/:id', async (req, reply) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const { id } = parseWith(idParams, req.params);
    await ctx.channelAccounts.disable(tenantId, id).catch(mapAccountError);
    return reply.code(204).send();
  });
}
