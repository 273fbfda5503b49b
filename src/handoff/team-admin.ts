// Teams, their members, agent profiles (languages, skills, capacity) and presence, and the script
// library: the data an admin edits and the auto-assigner reads. Inputs are validated with zod at
// the route; every query carries the tenant id.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '../api/auth/password.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';

export class NotFound extends Error {}

const tagList = z.array(z.string().trim().min(1).max(60)).max(30);

export const teamInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    private: z.boolean().default(false),
    routing: z.enum(['round_robin', 'least_busy']).default('round_robin'),
    members: z.array(z.string().min(1).max(100)).max(500).default([]),
  })
  .strict();

export const agentInput = z
  .object({
    languages: tagList.default([]),
    skills: tagList.default([]),
    capacity: z.number().int().min(0).max(100).default(5),
  })
  .strict();

export const presenceInput = z.object({ presence: z.enum(['online', 'away', 'offline']) }).strict();

export const scriptInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    language: z.string().min(2).max(10),
    body: z.string().trim().min(1).max(4000),
  })
  .strict();

export interface TeamView {
  id: string;
  name: string;
  private: boolean;
  routing: 'round_robin' | 'least_busy';
  members: string[];
}

export async function listTeams(db: Kysely<Database>, tenantId: string): Promise<TeamView[]> {
  const [teams, members] = await Promise.all([
    db.selectFrom('teams').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute(),
    db.selectFrom('team_members').select(['team_id', 'user_id']).where('tenant_id', '=', tenantId).execute(),
  ]);
  return teams.map((t) => ({ id: t.id, name: t.name, private: t.private === 1, routing: t.routing, members: members.filter((m) => m.team_id === t.id).map((m) => m.user_id) }));
}

/** Creates (no id) or replaces a team; members must be users of the same tenant. */
export async function saveTeam(db: Kysely<Database>, tenantId: string, input: z.infer<typeof teamInput>, id?: string): Promise<TeamView> {
  return db.transaction().execute(async (trx) => {
    const users = input.members.length ? await trx.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('id', 'in', input.members).execute() : [];
    if (users.length !== new Set(input.members).size) throw new NotFound('a member is not a user of this shop');
    const teamId = id ?? newId('team');
    if (id) {
      const res = await trx.updateTable('teams').set({ name: input.name, private: input.private ? 1 : 0, routing: input.routing }).where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw new NotFound(`team ${id} not found`);
      await trx.deleteFrom('team_members').where('tenant_id', '=', tenantId).where('team_id', '=', id).execute();
    } else {
      await trx.insertInto('teams').values({ id: teamId, tenant_id: tenantId, name: input.name, private: input.private ? 1 : 0, routing: input.routing, created_at: Date.now() }).execute();
    }
    const members = [...new Set(input.members)];
    if (members.length) await trx.insertInto('team_members').values(members.map((u) => ({ tenant_id: tenantId, team_id: teamId, user_id: u }))).execute();
    return { id: teamId, name: input.name, private: input.private, routing: input.routing, members };
  });
}

export class Conflict extends Error {}

export const userInput = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(120),
    role: z.enum(['admin', 'supervisor', 'agent']),
    password: z.string().min(10, 'at least 10 characters').max(200),
  })
  .strict();

/** A new console user of this shop (owners are created with the shop). */
export async function createUser(db: Kysely<Database>, tenantId: string, input: z.infer<typeof userInput>): Promise<{ id: string; email: string; name: string; role: string }> {
  const email = input.email.toLowerCase();
  if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw new Conflict(`${email} already has an account`);
  const id = newId('usr');
  await db.insertInto('users').values({ id, tenant_id: tenantId, email, name: input.name, role: input.role, password_hash: await hashPassword(input.password), created_at: Date.now() }).execute();
  return { id, email, name: input.name, role: input.role };
}

export interface AgentView {
  userId: string;
  name: string;
  email: string;
  role: Database['users']['role'];
  languages: string[];
  skills: string[];
  capacity: number;
  presence: Database['agents']['presence'];
  /** Conversations assigned and not yet resolved or released. */
  load: number;
}

const DEFAULT_AGENT = { languages: '[]', skills: '[]', capacity: 5, presence: 'offline' as const, presence_at: 0, last_assigned_at: 0 };

export async function listAgents(db: Kysely<Database>, tenantId: string): Promise<AgentView[]> {
  const [users, agents, loads] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'email', 'role']).where('tenant_id', '=', tenantId).orderBy('name').execute(),
    db.selectFrom('agents').selectAll().where('tenant_id', '=', tenantId).execute(),
    db
      .selectFrom('conversations')
      .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'handoff')
      .where('assignee_id', 'is not', null)
      .groupBy('assignee_id')
      .execute(),
  ]);
  return users.map((u) => {
    const a = agents.find((x) => x.user_id === u.id) ?? DEFAULT_AGENT;
    return {
      userId: u.id, name: u.name, email: u.email, role: u.role,
      languages: JSON.parse(a.languages) as string[], skills: JSON.parse(a.skills) as string[], capacity: a.capacity, presence: a.presence,
      load: Number(loads.find((l) => l.assignee_id === u.id)?.n ?? 0),
    };
  });
}

async function ensureAgent(db: Kysely<Database>, tenantId: string, userId: string): Promise<void> {
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!user) throw new NotFound(`agent ${userId} not found`);
  await db.insertInto('agents').values({ user_id: userId, tenant_id: tenantId, ...DEFAULT_AGENT }).onConflict((oc) => oc.column('user_id').doNothing()).execute();
}

export async function saveAgent(db: Kysely<Database>, tenantId: string, userId: string, input: z.infer<typeof agentInput>): Promise<void> {
  await ensureAgent(db, tenantId, userId);
  await db.updateTable('agents').set({ languages: JSON.stringify(input.languages), skills: JSON.stringify(input.skills), capacity: input.capacity }).where('user_id', '=', userId).where('tenant_id', '=', tenantId).execute();
}

export async function setPresence(db: Kysely<Database>, tenantId: string, userId: string, presence: Database['agents']['presence']): Promise<void> {
  await ensureAgent(db, tenantId, userId);
  await db.updateTable('agents').set({ presence, presence_at: Date.now() }).where('user_id', '=', userId).where('tenant_id', '=', tenantId).execute();
}

export async function listScripts(db: Kysely<Database>, tenantId: string, language?: string) {
  let q = db.selectFrom('scripts').select(['id', 'name', 'language', 'body', 'updated_at']).where('tenant_id', '=', tenantId).orderBy('name').orderBy('language');
  if (language) q = q.where('language', '=', language);
  return q.execute();
}

export async function saveScript(db: Kysely<Database>, tenantId: string, input: z.infer<typeof scriptInput>) {
  const now = Date.now();
  const row = { id: newId('scr'), tenant_id: tenantId, ...input, updated_at: now };
  await db
    .insertInto('scripts')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'name', 'language']).doUpdateSet({ body: input.body, updated_at: now }))
    .execute();
  return db.selectFrom('scripts').select(['id', 'name', 'language', 'body', 'updated_at']).where('tenant_id', '=', tenantId).where('name', '=', input.name).where('language', '=', input.language).executeTakeFirstOrThrow();
}

export async function deleteScript(db: Kysely<Database>, tenantId: string, id: string): Promise<void> {
  const res = await db.deleteFrom('scripts').where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new NotFound(`script ${id} not found`);
}
