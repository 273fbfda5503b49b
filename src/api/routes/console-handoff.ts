// Console API for queues and their administration: the inbox (filters, counts, priority order),
// presence, agents, teams, handoff rules and the script library. Roles are enforced here, server
// side: agents read; supervisors also manage agents' assignments and scripts; admins and owners
// edit rules, teams and agents.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../errors.js';
import { adminGuard } from './admin-access.js';
import type { AppContext } from '../context.js';
import type { SessionUser } from '../auth/session.js';
import { requireUser } from './console.js';
import { readInbox, viewerOf } from '../../handoff/inbox.js';
import { ruleSetSchema } from '../../handoff/rule-schema.js';
import { agentInput, createUser, userInput, deleteScript, listAgents, listScripts, listTeams, presenceInput, saveAgent, saveScript, saveTeam, scriptInput, setPresence, teamInput } from '../../handoff/team-admin.js';

const inboxQuery = z
  .object({
    view: z.enum(['all', 'mine', 'unassigned', 'team']).default('all'),
    team: z.string().min(1).max(100).optional(),
    channel: z.string().min(1).max(40).optional(),
    language: z.string().min(2).max(10).optional(),
    minLevel: z.coerce.number().int().min(0).max(3).optional(),
    breached: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });
const scriptsQuery = z.object({ language: z.string().min(2).max(10).optional() }).strict();

const ADMIN = new Set(['owner', 'admin']);
const SUPERVISOR = new Set(['owner', 'admin', 'supervisor']);

function requireRole(user: SessionUser, roles: Set<string>, what: string): void {
  if (!roles.has(user.role)) throw new ApiError(403, 'forbidden', `your role (${user.role}) may not ${what}`);
}

export function registerConsoleHandoff(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  app.get('/api/console/inbox', async (req) => {
    const user = await requireUser(ctx, req);
    const q = parseWith(inboxQuery, req.query);
    const viewer = await viewerOf(db, user);
    const page = await readInbox(db, viewer, { view: q.view, limit: q.limit, ...(q.team ? { team: q.team } : {}), ...(q.channel ? { channel: q.channel } : {}), ...(q.language ? { language: q.language } : {}), ...(q.minLevel !== undefined ? { minLevel: q.minLevel } : {}), ...(q.breached !== undefined ? { slaBreached: q.breached } : {}) }, Date.now());
    return { ...page, now: Date.now() };
  });

  app.put('/api/console/me/presence', async (req) => {
    const user = await requireUser(ctx, req);
    const { presence } = parseWith(presenceInput, req.body);
    await setPresence(db, user.tenantId, user.id, presence);
    if (presence === 'online') ctx.assigner.kick(user.tenantId);
    return { presence };
  });

  app.get('/api/console/agents', async (req) => {
    const user = await requireUser(ctx, req);
    return { agents: await listAgents(db, user.tenantId) };
  });

  app.post('/api/console/agents', async (req, reply) => {
    const user = await requireUser(ctx, req);
    requireRole(user, ADMIN, 'add agents');
    const created = await adminGuard(() => createUser(db, user.tenantId, parseWith(userInput, req.body)));
    reply.code(201);
    return { user: created };
  });

  app.put('/api/console/agents/:id', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, ADMIN, 'edit agents');
    const { id } = parseWith(idParams, req.params);
    await adminGuard(() => saveAgent(db, user.tenantId, id, parseWith(agentInput, req.body)));
    ctx.assigner.kick(user.tenantId);
    return { agent: (await listAgents(db, user.tenantId)).find((a) => a.userId === id) };
  });

  // Open consoles re-read who sees which private queue; the assigner replans with the new members.
  const teamsChanged = (tenantId: string) => {
    ctx.bus.publish([{ type: 'teams.changed', tenantId }]);
    ctx.assigner.kick(tenantId);
  };

  app.get('/api/console/teams', async (req) => {
    const user = await requireUser(ctx, req);
    return { teams: await listTeams(db, user.tenantId) };
  });

  app.post('/api/console/teams', async (req, reply) => {
    const user = await requireUser(ctx, req);
    requireRole(user, ADMIN, 'create teams');
    const team = await adminGuard(() => saveTeam(db, user.tenantId, parseWith(teamInput, req.body)));
    teamsChanged(user.tenantId);
    reply.code(201);
    return { team };
  });

  app.put('/api/console/teams/:id', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, ADMIN, 'edit teams');
    const { id } = parseWith(idParams, req.params);
    const team = await adminGuard(() => saveTeam(db, user.tenantId, parseWith(teamInput, req.body), id));
    teamsChanged(user.tenantId);
    return { team };
  });

  app.get('/api/console/handoff-rules', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, SUPERVISOR, 'read handoff rules');
    return { ruleSet: await ctx.handoff.rules.get(user.tenantId, 0) };
  });

  app.put('/api/console/handoff-rules', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, ADMIN, 'edit handoff rules');
    const parsed = parseWith(ruleSetSchema, req.body);
    // A rule routing to a team that does not exist would strand conversations in a queue nobody
    // is assigned from.
    const teams = new Set((await listTeams(db, user.tenantId)).map((t) => t.id));
    for (const [r, rule] of parsed.rules.entries()) {
      for (const [a, action] of rule.actions.entries()) {
        if (action.type === 'handoff' && action.team && !teams.has(action.team)) {
          throw new ApiError(400, 'invalid_request', `rules.${r}.actions.${a}.team: team ${action.team} not found`);
        }
      }
    }
    return { ruleSet: await adminGuard(() => ctx.handoff.rules.save(user.tenantId, parsed)) };
  });

  app.get('/api/console/scripts', async (req) => {
    const user = await requireUser(ctx, req);
    const { language } = parseWith(scriptsQuery, req.query);
    const rows = await listScripts(db, user.tenantId, language);
    return { scripts: rows.map((r) => ({ id: r.id, name: r.name, language: r.language, body: r.body, updatedAt: new Date(r.updated_at).toISOString() })) };
  });

  app.put('/api/console/scripts', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, SUPERVISOR, 'edit scripts');
    const r = await saveScript(db, user.tenantId, parseWith(scriptInput, req.body));
    return { script: { id: r.id, name: r.name, language: r.language, body: r.body, updatedAt: new Date(r.updated_at).toISOString() } };
  });

  app.delete('/api/console/scripts/:id', async (req) => {
    const user = await requireUser(ctx, req);
    requireRole(user, SUPERVISOR, 'delete scripts');
    const { id } = parseWith(idParams, req.params);
    await adminGuard(() => deleteScript(db, user.tenantId, id));
    return { ok: true };
  });
}
