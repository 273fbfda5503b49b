// Console sessions: a random token in an httpOnly, SameSite=Lax cookie; only its SHA-256 is stored.
import type { Kysely } from 'kysely';
import { newSecret } from '../../runtime/ids.js';
import type { Database } from '../../store/schema.js';
import { hashKey } from './api-key.js';

export const SESSION_COOKIE = 'pd_session';
const SESSION_TTL_MS = 12 * 60 * 60_000;

export interface SessionUser {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: Database['users']['role'];
}

export async function createSession(db: Kysely<Database>, user: SessionUser): Promise<{ token: string; expiresAt: number }> {
  const token = newSecret();
  const now = Date.now();
  const expiresAt = now + SESSION_TTL_MS;
  await db.insertInto('sessions').values({ token_hash: hashKey(token), user_id: user.id, tenant_id: user.tenantId, expires_at: expiresAt, created_at: now }).execute();
  return { token, expiresAt };
}

export async function sessionUser(db: Kysely<Database>, token: string | undefined): Promise<SessionUser | undefined> {
  if (!token) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.tenant_id', 'users.email', 'users.name', 'users.role', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', hashKey(token))
    .executeTakeFirst();
  if (!row || row.expires_at < Date.now()) return undefined;
  return { id: row.id, tenantId: row.tenant_id, email: row.email, name: row.name, role: row.role };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashKey(token)).execute();
}
