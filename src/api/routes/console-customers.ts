// One shopper across channels, in the console:
//   GET  /api/console/customers?q=               find channel identities (to merge with)
//   GET  /api/console/customers/:id/profile      the profile: identities, proofs, conversations, audit
//   POST /api/console/customers/:id/merge        {customerId, note}  supervisors and up
//   POST /api/console/customers/:id/unmerge      {note}              supervisors and up
// Merging is a supervisor's call because it shows one shopper's history and orders to whoever answers
// the other; the note is kept in the audit trail. Everything is scoped to the user's tenant; another
// tenant's customer answers 404 like a missing one.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CustomerNotFound, mergeCustomers, NothingToChange, unmergeCustomer } from '../../identity/customer-profiles.js';
import { findCustomers, profileView } from '../../identity/profile-view.js';
import { isSupervisor, viewerOf } from '../../handoff/inbox.js';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { hiddenFrom, requireUser } from './console.js';
import type { SessionUser } from '../auth/session.js';

const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
const searchQuery = z.object({ q: z.string().trim().min(2, 'type at least 2 characters').max(320), limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();
const note = z.string().trim().min(3, 'say why (kept in the audit trail)').max(2000);
const mergeBody = z.object({ customerId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/), note }).strict();
const unmergeBody = z.object({ note }).strict();

export function registerConsoleCustomers(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;
  const requireSupervisor = (user: SessionUser) => {
    if (!isSupervisor(user.role)) throw new ApiError(403, 'forbidden', 'only supervisors and admins merge or unmerge customers');
  };
  const view = async (user: SessionUser, id: string) => {
    const profile = await profileView(db, user.tenantId, id);
    if (!profile) throw new ApiError(404, 'not_found', `customer ${id} not found`);
    if (isSupervisor(user.role)) return profile;
    const hidden = await hiddenFrom(ctx, await viewerOf(db, user), profile.conversations.map((c) => c.id));
    return { ...profile, conversations: profile.conversations.filter((c) => !hidden.has(c.id)) };
  };
  const changed = (err: unknown, id: string): never => {
    if (err instanceof CustomerNotFound) throw new ApiError(404, 'not_found', `customer ${id} not found`);
    if (err instanceof NothingToChange) throw new ApiError(409, 'conflict', err.message);
    throw err;
  };

  app.get('/api/console/customers', async (req) => {
    const user = await requireUser(ctx, req);
    const { q, limit } = parseWith(searchQuery, req.query);
    return { customers: await findCustomers(db, user.tenantId, q, limit) };
  });

  app.get('/api/console/customers/:id/profile', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    return { profile: await view(user, id) };
  });

  app.post('/api/console/customers/:id/merge', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const b = parseWith(mergeBody, req.body);
    requireSupervisor(user);
    await mergeCustomers(db, user.tenantId, id, b.customerId, user.id, b.note).catch((err) => changed(err, id));
    ctx.log.info({ tenantId: user.tenantId, userId: user.id, customerId: id, otherId: b.customerId }, 'customers merged from the console');
    return { profile: await view(user, id) };
  });

  app.post('/api/console/customers/:id/unmerge', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const b = parseWith(unmergeBody, req.body);
    requireSupervisor(user);
    await unmergeCustomer(db, user.tenantId, id, user.id, b.note).catch((err) => changed(err, id));
    ctx.log.info({ tenantId: user.tenantId, userId: user.id, customerId: id }, 'customer unmerged from the console');
    return { profile: await view(user, id) };
  });
}
