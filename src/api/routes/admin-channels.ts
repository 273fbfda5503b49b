// Admin API for channel accounts (session auth) over the same ChannelAccounts as
// /api/v1/channel-accounts: the connected accounts with status and the webhook URL to paste into the
// platform, the form of each channel type, connect and disconnect. Supervisors read; owners and
// admins change; secrets never leave the server (generated ones are shown once, on connect).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { parseWith } from '../errors.js';
import { newAccountSchema } from '../../channels/accounts.js';
import { channelForms } from '../../channels/form-fields.js';
import { channelWebhookUrl, mapAccountError } from './channel-accounts.js';
import { requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

export function registerAdminChannels(app: FastifyInstance, ctx: AppContext): void {
  const forms = channelForms();
  const receives = new Map(forms.map((f) => [f.type, f.receivesWebhooks]));
  const urlOf = (type: string, id: string) => (receives.get(type) === false ? null : channelWebhookUrl(ctx, type, id));

  app.get('/api/console/admin/channels', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read channel accounts');
    const accounts = await ctx.channelAccounts.list(user.tenantId);
    return { accounts: accounts.map((a) => ({ ...a, webhookUrl: urlOf(a.type, a.id) })), forms };
  });

  app.post('/api/console/admin/channels', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'connect channel accounts');
    const created = await ctx.channelAccounts.create(user.tenantId, parseWith(newAccountSchema, req.body)).catch(mapAccountError);
    reply.code(201);
    return { account: { ...created.view, webhookUrl: urlOf(created.view.type, created.view.id) }, generatedSecrets: created.generated };
  });

  app.delete('/api/console/admin/channels/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'disconnect channel accounts');
    const { id } = parseWith(idParams, req.params);
    await ctx.channelAccounts.disable(user.tenantId, id).catch(mapAccountError);
    return { ok: true };
  });
}
