// Shared by the admin-* routes: who may read and who may change the shop's settings, and the mapping
// of the admin modules' errors onto the one HTTP error shape. Owners and admins edit; supervisors
// read where the page says so; agents get 403 on every admin endpoint.
import type { FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { SessionUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { ApiError, fromZod } from '../errors.js';
import { Conflict, NotFound } from '../../handoff/team-admin.js';
import { requireUser } from './console.js';

export type Access = 'read' | 'edit';

const ALLOWED: Record<Access, ReadonlySet<SessionUser['role']>> = {
  read: new Set(['owner', 'admin', 'supervisor']),
  edit: new Set(['owner', 'admin']),
};

/** The signed-in user if their role has this access, else 401/403. */
export async function requireAdmin(ctx: AppContext, req: FastifyRequest, access: Access, what: string): Promise<SessionUser> {
  const user = await requireUser(ctx, req);
  if (!ALLOWED[access].has(user.role)) throw new ApiError(403, 'forbidden', `your role (${user.role}) may not ${what}`);
  return user;
}

/** Runs an admin operation, turning NotFound/Conflict/ZodError into 404/409/400. */
export async function adminGuard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof NotFound) throw new ApiError(404, 'not_found', err.message);
    if (err instanceof Conflict) throw new ApiError(409, 'conflict', err.message);
    if (err instanceof ZodError) throw fromZod(err);
    throw err;
  }
}
