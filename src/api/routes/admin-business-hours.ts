// Admin API for business hours (session auth): the shop's weekly hours, zone and holidays (kept in
// the handoff rule set, where business_hours conditions read them) and each team's own hours.
// Supervisors read; owners and admins change.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { parseWith } from '../errors.js';
import { businessHoursSchema } from '../../handoff/rule-schema.js';
import { listTeams } from '../../handoff/team-admin.js';
import { adminGuard, requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const shopBody = z.object({ hours: businessHoursSchema }).strict();
const teamBody = z.object({ hours: businessHoursSchema.nullable() }).strict();

export function registerAdminBusinessHours(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  app.get('/api/console/admin/business-hours', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read business hours');
    const [set, teams, teamHours, tenant] = await Promise.all([ctx.handoff.rules.get(user.tenantId, 0), listTeams(db, user.tenantId), ctx.handoff.teamHours.get(user.tenantId, 0), ctx.tenants.get(user.tenantId)]);
    return {
      shopTimezone: tenant?.shop.timezone ?? 'UTC',
      hours: set.businessHours,
      teams: teams.map((t) => ({ id: t.id, name: t.name, hours: teamHours[t.id] ?? null })),
    };
  });

  app.put('/api/console/admin/business-hours', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit business hours');
    const { hours } = parseWith(shopBody, req.body);
    const set = await ctx.handoff.rules.get(user.tenantId, 0);
    const saved = await adminGuard(() => ctx.handoff.rules.save(user.tenantId, { ...set, businessHours: hours }));
    return { hours: saved.businessHours };
  });

  app.put('/api/console/admin/business-hours/teams/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit business hours');
    const { id } = parseWith(idParams, req.params);
    const { hours } = parseWith(teamBody, req.body);
    await adminGuard(() => ctx.handoff.teamHours.save(user.tenantId, id, hours));
    return { hours };
  });
}
