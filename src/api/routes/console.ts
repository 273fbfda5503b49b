// The agent console's HTTP API (session cookie auth): login, the inbox, a conversation with its
// history, and the agent actions. Every query is scoped to the signed-in user's tenant.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createSession, deleteSession, SESSION_COOKIE, sessionUser, type SessionUser } from '../auth/session.js';
import { verifyPassword } from '../auth/password.js';
import { ApiError, parseWith } from '../errors.js';
import type { AppContext } from '../context.js';
import { toWireConversation, toWireMessage } from '../wire.js';
import { agentReply, ConversationNotFound, release, resolve, takeOver } from '../../handoff/conversation-actions.js';
import { LoginLimiter } from '../auth/login-limiter.js';

const loginBody = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) }).strict();
const listQuery = z
  .object({
    status: z.enum(['open', 'handoff', 'resolved', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.iso.datetime().optional(),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });
const replyBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(4000) }).strict();

export async function requireUser(ctx: AppContext, req: FastifyRequest): Promise<SessionUser> {
  const user = await sessionUser(ctx.store.db, req.cookies[SESSION_COOKIE]);
  if (!user) throw new ApiError(401, 'unauthorized', 'please sign in');
  return user;
}

export function registerConsole(app: FastifyInstance, ctx: AppContext): void {
  const limiter = new LoginLimiter();
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.post('/api/console/login', async (req, reply) => {
    const { email, password } = parseWith(loginBody, req.body);
    const key = `${req.ip}|${email.toLowerCase()}`;
    if (!limiter.allow(key)) throw new ApiError(429, 'rate_limited', 'too many sign-in attempts; try again in a minute', undefined, { 'retry-after': '60' });
    const row = await ctx.store.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    if (!row || !(await verifyPassword(password, row.password_hash))) {
      limiter.fail(key);
      throw new ApiError(401, 'invalid_credentials', 'wrong e-mail or password');
    }
    const user: SessionUser = { id: row.id, tenantId: row.tenant_id, email: row.email, name: row.name, role: row.role };
    const { token, expiresAt } = await createSession(ctx.store.db, user);
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(expiresAt) });
    return { user };
  });

  app.post('/api/console/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await deleteSession(ctx.store.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/console/me', async (req) => ({ user: await requireUser(ctx, req) }));

  app.get('/api/console/conversations', async (req) => {
    const user = await requireUser(ctx, req);
    const q = parseWith(listQuery, req.query);
    let query = ctx.store.db
      .selectFrom('conversations')
      .innerJoin('customers', 'customers.id', 'conversations.customer_id')
      .select([
        'conversations.id', 'conversations.channel', 'conversations.status', 'conversations.handler', 'conversations.priority',
        'conversations.language', 'conversations.last_intent', 'conversations.last_message_text', 'conversations.last_message_author',
        'conversations.created_at', 'conversations.updated_at',
        'customers.id as customer_id', 'customers.external_id', 'customers.name', 'customers.email', 'customers.locale',
      ])
      .where('conversations.tenant_id', '=', user.tenantId)
      .orderBy('conversations.updated_at', 'desc')
      .limit(q.limit);
    if (q.status !== 'all') query = query.where('conversations.status', '=', q.status);
    if (q.before) query = query.where('conversations.updated_at', '<', Date.parse(q.before));
    const rows = await query.execute();
    return {
      conversations: rows.map((r) =>
        toWireConversation(r, { id: r.customer_id, external_id: r.external_id, name: r.name, email: r.email, locale: r.locale }),
      ),
    };
  });

  app.get('/api/console/conversations/:id', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const conv = await ctx.store.db.selectFrom('conversations').selectAll().where('id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
    if (!conv) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
    const [customer, messages] = await Promise.all([
      ctx.store.db.selectFrom('customers').selectAll().where('id', '=', conv.customer_id).executeTakeFirstOrThrow(),
      ctx.store.db.selectFrom('messages').selectAll().where('conversation_id', '=', id).where('tenant_id', '=', user.tenantId).orderBy('created_at').orderBy('id').limit(1000).execute(),
    ]);
    return { conversation: toWireConversation(conv, customer), messages: messages.map((m) => toWireMessage(m, { withNlu: true })) };
  });

  const action = (path: string, run: (user: SessionUser, id: string, body: unknown) => Promise<unknown>) =>
    app.post(`/api/console/conversations/:id/${path}`, async (req) => {
      const user = await requireUser(ctx, req);
      const { id } = parseWith(idParams, req.params);
      try {
        return await run(user, id, req.body);
      } catch (err) {
        if (err instanceof ConversationNotFound) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
        throw err;
      }
    });

  const actor = (u: SessionUser) => ({ id: u.id, name: u.name, tenantId: u.tenantId });
  action('messages', async (user, id, body) => {
    const { text } = parseWith(replyBody, body);
    const tenant = await ctx.tenants.get(user.tenantId);
    if (!tenant) throw new ApiError(404, 'not_found', 'tenant not found');
    const message = await agentReply(ctx.store.db, ctx.bus, tenant, actor(user), id, text);
    ctx.wakeOutbox();
    return { message };
  });
  action('assign', async (user, id) => ({ conversation: await takeOver(ctx.store.db, ctx.bus, actor(user), id) }));
  action('release', async (user, id) => ({ conversation: await release(ctx.store.db, ctx.bus, actor(user), id) }));
  action('resolve', async (user, id) => ({ conversation: await resolve(ctx.store.db, ctx.bus, actor(user), id) }));
}
