// Admin API for campaign mode (session auth): scheduled campaigns with start and end on the shop's
// clocks, a greeting per language, seasonal handoff rules and a priority boost, all active only
// inside the window. Supervisors read; owners and admins change.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { campaignInput, type Campaign } from '../../campaigns/campaign-schema.js';
import { activeCampaign } from '../../campaigns/apply-campaign.js';
import { listTeams } from '../../handoff/team-admin.js';
import { adminGuard, requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

const view = (c: Campaign, now: number, running: Campaign | undefined) => ({
  ...c,
  startsAtUtc: new Date(c.startsAtMs).toISOString(),
  endsAtUtc: new Date(c.endsAtMs).toISOString(),
  state: running?.id === c.id ? 'running' : now < c.startsAtMs ? 'scheduled' : now >= c.endsAtMs ? 'ended' : 'overlapped',
});

export function registerAdminCampaigns(app: FastifyInstance, ctx: AppContext): void {
  const campaigns = ctx.handoff.campaigns;
  const zoneOf = async (tenantId: string) => (await ctx.tenants.get(tenantId))?.shop.timezone ?? 'UTC';

  const checkTeams = async (tenantId: string, input: z.infer<typeof campaignInput>) => {
    const teams = new Set((await listTeams(ctx.store.db, tenantId)).map((t) => t.id));
    for (const [r, rule] of input.rules.entries()) {
      for (const [a, action] of rule.actions.entries()) {
        if (action.type === 'handoff' && action.team && !teams.has(action.team)) throw new ApiError(400, 'invalid_request', `rules.${r}.actions.${a}.team: team ${action.team} not found`);
      }
    }
  };

  app.get('/api/console/admin/campaigns', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read campaigns');
    const [list, timezone] = await Promise.all([campaigns.list(user.tenantId), zoneOf(user.tenantId)]);
    const now = Date.now();
    const running = activeCampaign(list, now);
    return { timezone, campaigns: list.map((c) => view(c, now, running)) };
  });

  app.post('/api/console/admin/campaigns', async (req, reply) => {
    const user = await requireAdmin(ctx, req, 'edit', 'create campaigns');
    const input = parseWith(campaignInput, req.body);
    await checkTeams(user.tenantId, input);
    const saved = await campaigns.save(user.tenantId, input, await zoneOf(user.tenantId));
    reply.code(201);
    return { campaign: saved };
  });

  app.put('/api/console/admin/campaigns/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit campaigns');
    const { id } = parseWith(idParams, req.params);
    const input = parseWith(campaignInput, req.body);
    await checkTeams(user.tenantId, input);
    return { campaign: await adminGuard(async () => campaigns.save(user.tenantId, input, await zoneOf(user.tenantId), id)) };
  });

  app.delete('/api/console/admin/campaigns/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'delete campaigns');
    const { id } = parseWith(idParams, req.params);
    await adminGuard(() => campaigns.remove(user.tenantId, id));
    return { ok: true };
  });
}
