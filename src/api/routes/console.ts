// The agent console's HTTP API (session cookie auth): login, the conversation list, a conversation
// with its history, notes, queue entry and the orders it mentions, and the agent actions. Every query
// is scoped to the signed-in user's tenant; conversations in a private team queue answer 404 to
// agents outside the team, exactly like a missing one. Queues, presence and the admin pages are in
// console-handoff.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createSession, deleteSession, SESSION_COOKIE, sessionUser, type SessionUser } from '../auth/session.js';
import { verifyPassword } from '../auth/password.js';
import { ApiError, parseWith } from '../errors.js';
import type { AppContext } from '../context.js';
import { toWireConversation, toWireMessage } from '../wire.js';
import { addNote, agentReply, AttachmentNotFound, assignTo, ConversationNotFound, markRead, release, resolve, takeOver, transfer } from '../../handoff/conversation-actions.js';
import { canSee, isSupervisor, loadItems, viewerOf } from '../../handoff/inbox.js';
import { conversationOrders } from '../../handoff/conversation-orders.js';
import { parseDialogState } from '../../dialog/dialog-state.js';
import { LoginLimiter } from '../auth/login-limiter.js';
import { attachmentsOf } from '../../media/media-store.js';

const loginBody = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) }).strict();
const listQuery = z
  .object({
    status: z.enum(['open', 'handoff', 'resolved', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.iso.datetime().optional(),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });
const noteBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(4000) }).strict();
const replyBody = z
  .object({ text: z.string().trim().max(4000).default(''), attachments: z.array(z.string().min(1).max(100)).max(10).optional() })
  .strict()
  .refine((b) => b.text.length > 0 || (b.attachments?.length ?? 0) > 0, { message: 'must not be empty', path: ['text'] });
const assignBody = z.object({ userId: z.string().min(1).max(100).optional() }).strict().optional();
const resolveBody = z
  .object({ reasons: z.array(z.string().trim().min(1).max(60)).max(10).default([]), note: z.string().trim().max(2000).default(''), csat: z.boolean().default(false) })
  .strict()
  .optional();
const transferBody = z
  .object({ teamId: z.string().min(1).max(100).nullable().optional(), userId: z.string().min(1).max(100).nullable().optional(), note: z.string().trim().min(1, 'say why').max(2000) })
  .strict()
  .refine((b) => b.teamId !== undefined || b.userId !== undefined, 'give a team, an agent or both');

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
    if (token) {
      // Signing out ends availability: the auto-assigner stops giving this agent conversations.
      const user = await sessionUser(ctx.store.db, token);
      if (user) await ctx.store.db.updateTable('agents').set({ presence: 'offline', presence_at: Date.now() }).where('user_id', '=', user.id).where('tenant_id', '=', user.tenantId).execute();
      await deleteSession(ctx.store.db, token);
    }
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
    const [rows, viewer] = await Promise.all([query.execute(), viewerOf(ctx.store.db, user)]);
    const hidden = isSupervisor(user.role) ? new Set<string>() : await hiddenFrom(ctx, viewer, rows.map((r) => r.id));
    return {
      conversations: rows.filter((r) => !hidden.has(r.id)).map((r) =>
        toWireConversation(r, { id: r.customer_id, external_id: r.external_id, name: r.name, email: r.email, locale: r.locale }),
      ),
    };
  });

  app.get('/api/console/conversations/:id', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const conv = await ctx.store.db.selectFrom('conversations').selectAll().where('id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
    if (!conv) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
    await requireVisible(user, id);
    const db = ctx.store.db;
    const [customer, messages, notes, [item], entry] = await Promise.all([
      db.selectFrom('customers').selectAll().where('id', '=', conv.customer_id).executeTakeFirstOrThrow(),
      db.selectFrom('messages').selectAll().where('conversation_id', '=', id).where('tenant_id', '=', user.tenantId).orderBy('created_at').orderBy('id').limit(1000).execute(),
      db
        .selectFrom('notes')
        .innerJoin('users', 'users.id', 'notes.author_id')
        .select(['notes.id', 'notes.kind', 'notes.text', 'notes.tags', 'notes.created_at', 'users.name as author_name'])
        .where('notes.tenant_id', '=', user.tenantId)
        .where('notes.conversation_id', '=', id)
        .orderBy('notes.created_at')
        .execute(),
      loadItems(db, user.tenantId, Date.now(), [id]),
      db.selectFrom('queue_entries').select('summary').where('conversation_id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst(),
    ]);
    const dialog = parseDialogState(conv.state);
    const emails = dialog.emails ?? [];
    const shopperEmail = customer.email ?? emails[0];
    const shopperPhone = dialog.phones?.[0];
    const [orders, profile, others, attachments] = await Promise.all([
      conversationOrders(ctx.reader, user.tenantId, messages, { ...(shopperEmail ? { email: shopperEmail } : {}), ...(shopperPhone ? { phone: shopperPhone } : {}) }),
      shopperEmail ? ctx.reader.customerByEmail(user.tenantId, shopperEmail) : undefined,
      db
        .selectFrom('conversations')
        .select(['id', 'status', 'last_message_text', 'updated_at'])
        .where('tenant_id', '=', user.tenantId)
        .where('customer_id', '=', conv.customer_id)
        .where('id', '!=', id)
        .orderBy('updated_at', 'desc')
        .limit(10)
        .execute(),
      attachmentsOf(db, user.tenantId, messages.map((m) => m.id)),
    ]);
    return {
      conversation: toWireConversation(conv, customer),
      assigneeId: conv.assignee_id,
      messages: messages.map((m) => {
        const w = toWireMessage(m, { withNlu: true, withDelivery: true });
        const files = attachments.get(m.id);
        return files ? { ...w, attachments: files } : w;
      }),
      notes: notes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, tags: JSON.parse(n.tags) as string[], authorName: n.author_name, createdAt: new Date(n.created_at).toISOString() })),
      queue: item ?? null,
      summary: entry ? (JSON.parse(entry.summary) as unknown) : null,
      orders,
      profile: profile ? { name: profile.name, vip: profile.vip, tags: profile.tags, lifetimeSpend: profile.lifetimeSpend, ordersCount: profile.ordersCount, since: profile.createdAt } : null,
      otherConversations: others.map((o) => ({ id: o.id, status: o.status, lastMessage: o.last_message_text, updatedAt: new Date(o.updated_at).toISOString() })),
    };
  });

  const requireVisible = (user: SessionUser, id: string) => requireVisibleConversation(ctx, user, id);

  const action = (path: string, run: (user: SessionUser, id: string, body: unknown) => Promise<unknown>) =>
    app.post(`/api/console/conversations/:id/${path}`, async (req) => {
      const user = await requireUser(ctx, req);
      const { id } = parseWith(idParams, req.params);
      try {
        await requireVisible(user, id);
        return await run(user, id, req.body);
      } catch (err) {
        if (err instanceof ConversationNotFound) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
        throw err;
      }
    });

  const actor = (u: SessionUser) => ({ id: u.id, name: u.name, tenantId: u.tenantId });
  action('messages', async (user, id, body) => {
    const { text, attachments } = parseWith(replyBody, body);
    const tenant = await ctx.tenants.get(user.tenantId);
    if (!tenant) throw new ApiError(404, 'not_found', 'tenant not found');
    let message;
    try {
      message = await agentReply(ctx.store.db, ctx.bus, tenant, actor(user), id, text, attachments?.length ? { ids: [...new Set(attachments)], links: ctx.mediaLinks } : undefined);
    } catch (err) {
      if (err instanceof AttachmentNotFound) throw new ApiError(400, 'invalid_request', `attachments: ${err.message}`);
      throw err;
    }
    ctx.wakeOutbox();
    return { message };
  });
  action('assign', async (user, id, body) => {
    const to = parseWith(assignBody, body)?.userId;
    if (!to || to === user.id) return { conversation: await takeOver(ctx.store.db, ctx.bus, actor(user), id) };
    if (!isSupervisor(user.role)) throw new ApiError(403, 'forbidden', 'only supervisors and admins assign conversations to others');
    await requireTenantUser(user.tenantId, to);
    return { conversation: await assignTo(ctx.store.db, ctx.bus, actor(user), id, to) };
  });
  action('transfer', async (user, id, body) => {
    const b = parseWith(transferBody, body);
    if (b.teamId) {
      const team = await ctx.store.db.selectFrom('teams').select('id').where('id', '=', b.teamId).where('tenant_id', '=', user.tenantId).executeTakeFirst();
      if (!team) throw new ApiError(400, 'invalid_request', `teamId: team ${b.teamId} not found`);
    }
    if (b.userId) await requireTenantUser(user.tenantId, b.userId);
    const conversation = await transfer(ctx.store.db, ctx.bus, actor(user), id, { ...(b.teamId !== undefined ? { teamId: b.teamId } : {}), userId: b.userId ?? null, note: b.note });
    return { conversation };
  });
  action('release', async (user, id) => {
    const conversation = await release(ctx.store.db, ctx.bus, actor(user), id);
    ctx.assigner.kick(user.tenantId);
    return { conversation };
  });
  action('resolve', async (user, id, body) => {
    const b = parseWith(resolveBody, body) ?? { reasons: [], note: '', csat: false };
    const tenant = b.csat ? await ctx.tenants.get(user.tenantId) : undefined;
    const conversation = await resolve(ctx.store.db, ctx.bus, actor(user), id, b.reasons, b.note, tenant ? { tenant, windowMs: ctx.config.CSAT_ANSWER_WINDOW_MS } : undefined);
    if (tenant) ctx.wakeOutbox();
    ctx.assigner.kick(user.tenantId);
    return { conversation };
  });
  action('notes', async (user, id, body) => {
    const { text } = parseWith(noteBody, body);
    const note = await addNote(ctx.store.db, actor(user), id, text);
    return { note: { id: note.id, kind: note.kind, text: note.text, tags: [], authorName: user.name, createdAt: new Date(note.created_at).toISOString() } };
  });
  action('read', async (user, id) => {
    await markRead(ctx.store.db, actor(user), id);
    const [item] = await loadItems(ctx.store.db, user.tenantId, Date.now(), [id]);
    if (item) ctx.bus.publish([{ type: 'conversation.updated', tenantId: user.tenantId, conversation: item.conversation }]);
    return { ok: true };
  });

  const requireTenantUser = async (tenantId: string, userId: string) => {
    const u = await ctx.store.db.selectFrom('users').select('id').where('id', '=', userId).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (!u) throw new ApiError(400, 'invalid_request', `userId: agent ${userId} not found`);
  };
}

/** 404 for a conversation in a private queue this user may not see. */
export async function requireVisibleConversation(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  if (isSupervisor(user.role)) return;
  const hidden = await hiddenFrom(ctx, await viewerOf(ctx.store.db, user), [id]);
  if (hidden.has(id)) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
}

/** Of these conversations, the ones in a private team queue this viewer may not see. */
export async function hiddenFrom(ctx: AppContext, viewer: Awaited<ReturnType<typeof viewerOf>>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.store.db
    .selectFrom('queue_entries as q')
    .innerJoin('teams as t', 't.id', 'q.team_id')
    .innerJoin('conversations as c', 'c.id', 'q.conversation_id')
    .select(['q.conversation_id', 'q.team_id', 'c.assignee_id'])
    .where('q.tenant_id', '=', viewer.tenantId)
    .where('t.private', '=', 1)
    .where('q.conversation_id', 'in', ids)
    .execute();
  return new Set(rows.filter((r) => !canSee(viewer, { teamId: r.team_id, teamPrivate: true, assigneeId: r.assignee_id })).map((r) => r.conversation_id));
}
