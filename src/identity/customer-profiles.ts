// Profiles: one shopper's channel identities joined. A proof recorded for a channel identity (the
// platform vouches for its phone or e-mail, or the shopper proved an order is theirs) joins every
// profile that holds the same proof; an agent may also merge two profiles, or detach one identity
// again. Only proofs link: a typed, unchecked e-mail or phone never reaches this module. Every change
// is written to customer_merges, and every query is scoped to the tenant.
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';
import { identityKey, type Proof } from './identity-keys.js';

export interface ProvenIdentity extends Proof {
  source: 'channel' | 'order';
}

export class CustomerNotFound extends Error {}
export class NothingToChange extends Error {}

type Db = Kysely<Database> | Transaction<Database>;

/** Records what this channel identity proved and joins the profiles sharing any of it. Returns the
 * profile id when the identity now belongs to a profile with others. */
export async function recordProofs(db: Kysely<Database>, tenantId: string, customerId: string, proofs: ProvenIdentity[], now = Date.now()): Promise<string | undefined> {
  if (proofs.length === 0) return undefined;
  const joined = await db.transaction().execute((trx) => recordProofsIn(trx, proofs.map((p) => ({ ...p, tenantId, customerId })), now));
  return joined.get(customerId);
}

/** The batch form, inside the caller's transaction (ingest's): one insert for every proof, and a
 * lookup of other holders only for the proofs not seen before. Returns the profile each linked
 * customer now belongs to. */
export async function recordProofsIn(trx: Transaction<Database>, proofs: (ProvenIdentity & { tenantId: string; customerId: string })[], now: number): Promise<Map<string, string>> {
  const joined = new Map<string, string>();
  const rows = new Map<string, Database['customer_identities']>();
  for (const p of proofs) {
    const value = identityKey(p);
    if (value) rows.set([p.tenantId, p.customerId, p.kind, value].join('\u0000'), { tenant_id: p.tenantId, customer_id: p.customerId, kind: p.kind, value, display: p.value.trim().slice(0, 320), source: p.source, created_at: now });
  }
  if (rows.size === 0) return joined;
  const fresh = await trx
    .insertInto('customer_identities')
    .values([...rows.values()])
    .onConflict((oc) => oc.columns(['tenant_id', 'customer_id', 'kind', 'value']).doNothing())
    .returning(['tenant_id', 'customer_id', 'kind', 'value'])
    .execute();
  // Already known proofs joined every profile holding them when they were first recorded.
  for (const tenantId of new Set(fresh.map((f) => f.tenant_id))) {
    const mine = fresh.filter((f) => f.tenant_id === tenantId);
    const holders = await trx
      .selectFrom('customer_identities')
      .select(['customer_id', 'kind', 'value'])
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.or(mine.map((f) => eb.and([eb('kind', '=', f.kind), eb('value', '=', f.value)]))))
      .execute();
    for (const customerId of new Set(mine.map((f) => f.customer_id))) {
      const keys = new Set(mine.filter((f) => f.customer_id === customerId).map((f) => `${f.kind}\u0000${f.value}`));
      const others = holders.filter((h) => h.customer_id !== customerId && keys.has(`${h.kind}\u0000${h.value}`));
      if (others.length === 0) continue;
      const kinds = [...new Set(others.map((h) => h.kind))].sort().join(', ');
      const profileId = await joinProfiles(trx, tenantId, [customerId, ...new Set(others.map((h) => h.customer_id))], { action: 'linked', actorId: null, note: `same verified ${kinds}` }, now);
      if (profileId) joined.set(customerId, profileId);
    }
  }
  return joined;
}

/** An agent's merge of two channel identities' profiles, with their audit note. */
export async function mergeCustomers(db: Kysely<Database>, tenantId: string, customerId: string, otherId: string, actorId: string, note: string, now = Date.now()): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const both = await trx.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('id', 'in', [customerId, otherId]).execute();
    if (both.length !== 2 || customerId === otherId) throw new CustomerNotFound();
    const [a, b] = both;
    if ((a!.profile_id ?? a!.id) === (b!.profile_id ?? b!.id)) throw new NothingToChange('these are already one customer');
    return (await joinProfiles(trx, tenantId, [customerId, otherId], { action: 'merged', actorId, note }, now))!;
  });
}

/** Detaches one channel identity from its profile. Its proofs are forgotten too, so it joins again
 * only on a new proof, never by what linked it before. */
export async function unmergeCustomer(db: Kysely<Database>, tenantId: string, customerId: string, actorId: string, note: string, now = Date.now()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
    if (!c) throw new CustomerNotFound();
    if (!c.profile_id) throw new NothingToChange('this customer is not merged with anyone');
    const root = c.profile_id;
    const rest = await trx.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('profile_id', '=', root).where('id', '!=', customerId).orderBy('created_at').orderBy('id').execute();
    await trx.updateTable('customers').set({ profile_id: null }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
    // A profile is keyed by one of its members: one left alone needs no key, and a profile whose key
    // just left takes its next member's, so the departed identity can never pull it back by id.
    if (rest.length === 1) await trx.updateTable('customers').set({ profile_id: null }).where('tenant_id', '=', tenantId).where('id', '=', rest[0]!.id).execute();
    else if (root === customerId && rest.length > 1) await trx.updateTable('customers').set({ profile_id: rest[0]!.id }).where('tenant_id', '=', tenantId).where('profile_id', '=', root).execute();
    await trx.deleteFrom('customer_identities').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
    await audit(trx, tenantId, { action: 'unmerged', profileId: root === customerId && rest.length > 1 ? rest[0]!.id : root, customerIds: [customerId], actorId, note }, now);
  });
}

/** Puts the profiles of these channel identities into one, keyed by its oldest member's profile. */
async function joinProfiles(trx: Transaction<Database>, tenantId: string, customerIds: string[], why: { action: 'linked' | 'merged'; actorId: string | null; note: string }, now: number): Promise<string | undefined> {
  const members = await trx.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('id', 'in', customerIds).execute();
  const roots = [...new Set(members.map((m) => m.profile_id ?? m.id))];
  if (roots.length === 0) return undefined;
  if (roots.length === 1) return members.some((m) => m.profile_id) ? roots[0] : undefined;
  const [keep] = await trx.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('id', 'in', roots).orderBy('created_at').orderBy('id').limit(1).execute();
  const profileId = keep!.id;
  await trx
    .updateTable('customers')
    .set({ profile_id: profileId })
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('id', 'in', roots), eb('profile_id', 'in', roots)]))
    .execute();
  await audit(trx, tenantId, { action: why.action, profileId, customerIds: members.map((m) => m.id), actorId: why.actorId, note: why.note }, now);
  return profileId;
}

async function audit(trx: Db, tenantId: string, e: { action: 'linked' | 'merged' | 'unmerged'; profileId: string; customerIds: string[]; actorId: string | null; note: string }, now: number): Promise<void> {
  await trx
    .insertInto('customer_merges')
    .values({ id: newId('cmg'), tenant_id: tenantId, action: e.action, profile_id: e.profileId, customer_ids: JSON.stringify(e.customerIds), actor_id: e.actorId, note: e.note.slice(0, 2000), created_at: now })
    .execute();
}

/** The channel identities of a customer's profile (itself alone when not linked). */
export async function profileMembers(db: Db, tenantId: string, customerId: string) {
  const c = await db.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
  if (!c) return undefined;
  const members = c.profile_id
    ? await db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('profile_id', '=', c.profile_id).orderBy('created_at').orderBy('id').execute()
    : await db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
  return { profileId: c.profile_id ?? c.id, members };
}

/** Verified e-mails and phones per customer, across its whole profile (for order access). Simple
 * indexed lookups (customers by id and by profile, identities by customer): this runs for every
 * pipeline batch. */
export async function verifiedContacts(db: Db, tenantId: string, customerIds: string[]): Promise<Map<string, { emails: string[]; phones: string[] }>> {
  const out = new Map<string, { emails: string[]; phones: string[] }>();
  if (customerIds.length === 0) return out;
  const own = await db.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('id', 'in', customerIds).execute();
  const profiles = [...new Set(own.flatMap((c) => (c.profile_id ? [c.profile_id] : [])))];
  const mates = profiles.length > 0 ? await db.selectFrom('customers').select(['id', 'profile_id']).where('tenant_id', '=', tenantId).where('profile_id', 'in', profiles).execute() : [];
  const membersOf = new Map(own.map((c) => [c.id, c.profile_id ? mates.filter((m) => m.profile_id === c.profile_id).map((m) => m.id) : [c.id]]));
  const everyone = [...new Set([...membersOf.values()].flat())];
  const rows = await db
    .selectFrom('customer_identities')
    .select(['customer_id', 'kind', 'display'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', 'in', everyone)
    .where('kind', 'in', ['email', 'phone'])
    .orderBy('created_at')
    .execute();
  for (const [customerId, members] of membersOf) {
    const mine = rows.filter((r) => members.includes(r.customer_id));
    if (mine.length === 0) continue;
    out.set(customerId, {
      emails: [...new Set(mine.filter((r) => r.kind === 'email').map((r) => r.display))],
      phones: [...new Set(mine.filter((r) => r.kind === 'phone').map((r) => r.display))],
    });
  }
  return out;
}
