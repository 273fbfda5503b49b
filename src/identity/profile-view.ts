// The console's view of one shopper across channels: the channel identities of their profile, what
// each proved, their conversations on every channel, and the audit trail of links and merges.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { profileMembers } from './customer-profiles.js';

export interface ProfileView {
  profileId: string;
  members: { id: string; channel: string; externalId: string; name: string | null; email: string | null; since: string }[];
  identities: { customerId: string; kind: string; value: string; source: string; at: string }[];
  conversations: { id: string; customerId: string; channel: string; status: string; lastMessage: string | null; updatedAt: string }[];
  history: { action: string; note: string; customerIds: string[]; actorName: string | null; at: string }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function profileView(db: Kysely<Database>, tenantId: string, customerId: string): Promise<ProfileView | undefined> {
  const found = await profileMembers(db, tenantId, customerId);
  if (!found) return undefined;
  const ids = found.members.map((m) => m.id);
  const [identities, conversations, history] = await Promise.all([
    db.selectFrom('customer_identities').selectAll().where('tenant_id', '=', tenantId).where('customer_id', 'in', ids).orderBy('created_at').execute(),
    db
      .selectFrom('conversations')
      .select(['id', 'customer_id', 'channel', 'status', 'last_message_text', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .where('customer_id', 'in', ids)
      .orderBy('updated_at', 'desc')
      .limit(50)
      .execute(),
    db
      .selectFrom('customer_merges')
      .leftJoin('users', (j) => j.onRef('users.id', '=', 'customer_merges.actor_id').onRef('users.tenant_id', '=', 'customer_merges.tenant_id'))
      .select(['customer_merges.action', 'customer_merges.note', 'customer_merges.customer_ids', 'customer_merges.created_at', 'users.name as actor_name'])
      .where('customer_merges.tenant_id', '=', tenantId)
      .where('customer_merges.profile_id', 'in', ids)
      .orderBy('customer_merges.created_at', 'desc')
      .limit(50)
      .execute(),
  ]);
  return {
    profileId: found.profileId,
    members: found.members.map((m) => ({ id: m.id, channel: m.channel, externalId: m.external_id, name: m.name, email: m.email, since: iso(m.created_at) })),
    identities: identities.map((i) => ({ customerId: i.customer_id, kind: i.kind, value: i.display, source: i.source, at: iso(i.created_at) })),
    conversations: conversations.map((c) => ({ id: c.id, customerId: c.customer_id, channel: c.channel, status: c.status, lastMessage: c.last_message_text, updatedAt: iso(c.updated_at) })),
    history: history.map((h) => ({ action: h.action, note: h.note, customerIds: JSON.parse(h.customer_ids) as string[], actorName: h.actor_name, at: iso(h.created_at) })),
  };
}

/** Channel identities an agent can pick to merge with: by id, external id, e-mail, or name prefix. */
export async function findCustomers(db: Kysely<Database>, tenantId: string, q: string, limit: number) {
  const text = q.trim();
  const prefix = text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'channel', 'external_id', 'name', 'email', 'profile_id'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('id', '=', text), eb('external_id', '=', text), eb('email', '=', text.toLowerCase()), eb(sql`lower(name)`, 'like', sql`${prefix} escape '\\'`)]))
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, channel: r.channel, externalId: r.external_id, name: r.name, email: r.email, profileId: r.profile_id ?? r.id }));
}
