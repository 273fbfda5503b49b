// One customer across channels: channel identities that prove the same order (or the e-mail or phone on
// it) join one profile through the real pipeline; typed, unproven claims never do; a supervisor merges
// and unmerges with an audit note (agents may not); a merged identity's orders follow the shopper; and
// nothing crosses tenants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../src/commerce/tenant-setup.js';
import { recordProofs } from '../src/identity/customer-profiles.js';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';

interface Profile {
  profileId: string;
  members: { id: string; externalId: string }[];
  identities: { customerId: string; kind: string; value: string; source: string }[];
  conversations: { id: string; customerId: string }[];
  history: { action: string; note: string; actorName: string | null }[];
}

describe.each(backends())('customer identity across channels (%s)', (backend) => {
  let h: Harness;
  let owner: string;
  let agent: string;
  let order: { id: string; number: string; email: string };
  /** The numbers of every order placed with order's e-mail. */
  let hers: Set<string>;

  const login = async (email: string, password: string) => {
    const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(h.url + path, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  /** One shopper message through the API channel, answered by the pipeline; returns the bot's replies. */
  const say = async (externalId: string, text: string) => {
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
    const { messageId } = (await res.json()) as { messageId: string };
    await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
    return h.app.ctx.store.db.selectFrom('messages').select(['text', 'meta']).where('tenant_id', '=', h.tenantId).where('author', '=', 'bot').where('meta', 'like', `%"inReplyTo":"${messageId}"%`).execute();
  };
  const customerOf = async (externalId: string) =>
    h.app.ctx.store.db.selectFrom('customers').selectAll().where('tenant_id', '=', h.tenantId).where('channel', '=', 'api').where('external_id', '=', externalId).executeTakeFirstOrThrow();
  const profile = async (cookie: string, customerId: string) => (await call(cookie, 'GET', `/api/console/customers/${customerId}/profile`)).body.profile as Profile;

  beforeAll(async () => {
    h = await startHarness(backend);
    owner = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    expect((await call(owner, 'POST', '/api/console/agents', { email: `agent@id-${backend}.test`, name: 'Agent', role: 'agent', password: 'correct horse battery' })).status).toBe(201);
    agent = await login(`agent@id-${backend}.test`, 'correct horse battery');
    const orders = (await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').execute()).map((r) => JSON.parse(r.data) as typeof order);
    order = orders[0]!;
    hers = new Set(orders.filter((o) => o.email === order.email).map((o) => o.number));
  });

  afterAll(async () => {
    await h?.close();
  });

  it('joins two channel identities that prove the same order, and shows both conversations on the profile', async () => {
    const answered = await say('shopper-a', `where is order ${order.number}? my email is ${order.email}`);
    expect(answered.map((r) => r.text).join(' ')).toContain(order.number);
    await say('shopper-b', `where is order ${order.number}? my email is ${order.email}`);
    const [a, b] = await eventually(async () => {
      const pair = [await customerOf('shopper-a'), await customerOf('shopper-b')];
      return pair[0]!.profile_id && pair[0]!.profile_id === pair[1]!.profile_id ? pair : undefined;
    });
    expect(a!.profile_id).toBe(a!.id);
    const p = await profile(owner, b!.id);
    expect(p.members.map((m) => m.externalId).sort()).toEqual(['shopper-a', 'shopper-b']);
    expect(p.identities).toEqual(expect.arrayContaining([expect.objectContaining({ customerId: a!.id, kind: 'order', value: order.id, source: 'order' }), expect.objectContaining({ customerId: b!.id, kind: 'email' })]));
    expect(new Set(p.conversations.map((c) => c.customerId))).toEqual(new Set([a!.id, b!.id]));
    expect(p.history[0]).toMatchObject({ action: 'linked', actorName: null });
  });

  it('never links on a typed e-mail that proved nothing, nor on a wrong one', async () => {
    await say('claimer', `my email is ${order.email}, do you sell gift cards?`);
    await say('wrong-owner', `where is order ${order.number}? my email is not.the.owner@example.com`);
    for (const who of ['claimer', 'wrong-owner']) {
      const c = await customerOf(who);
      expect(c.profile_id ?? null).toBeNull();
      expect(await h.app.ctx.store.db.selectFrom('customer_identities').selectAll().where('customer_id', '=', c.id).execute()).toEqual([]);
    }
  });

  it('lets a supervisor merge with an audit note (not an agent), after which the orders follow the shopper; unmerge detaches', async () => {
    const a = await customerOf('shopper-a');
    await say('shopper-d', 'hello');
    const d = await customerOf('shopper-d');
    expect((await call(agent, 'POST', `/api/console/customers/${d.id}/merge`, { customerId: a.id, note: 'same person, checked by phone call' })).status).toBe(403);
    expect((await call(owner, 'POST', `/api/console/customers/${d.id}/merge`, { customerId: a.id })).status).toBe(400);
    const search = await call(agent, 'GET', '/api/console/customers?q=shopper-a');
    expect(search.body.customers.map((c: { id: string }) => c.id)).toEqual([a.id]);

    const merged = await call(owner, 'POST', `/api/console/customers/${d.id}/merge`, { customerId: a.id, note: 'same person, checked by phone call' });
    expect(merged.status).toBe(200);
    expect((merged.body.profile as Profile).members.map((m) => m.externalId).sort()).toEqual(['shopper-a', 'shopper-b', 'shopper-d']);
    expect((merged.body.profile as Profile).history[0]).toMatchObject({ action: 'merged', note: 'same person, checked by phone call', actorName: 'Owner' });
    expect((await call(owner, 'POST', `/api/console/customers/${d.id}/merge`, { customerId: a.id, note: 'again' })).status).toBe(409);

    // D never proved anything itself, yet the bot now offers the profile's (recent) orders.
    const offer = await say('shopper-d', 'where is my order?');
    const offered = JSON.parse(offer[0]!.meta!).quickReplies as string[];
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((n) => hers.has(n))).toBe(true);

    expect((await call(agent, 'POST', `/api/console/customers/${d.id}/unmerge`, { note: 'wrong person' })).status).toBe(403);
    const un = await call(owner, 'POST', `/api/console/customers/${d.id}/unmerge`, { note: 'merged the wrong person' });
    expect(un.status).toBe(200);
    expect((un.body.profile as Profile).members.map((m) => m.externalId)).toEqual(['shopper-d']);
    expect((await profile(owner, a.id)).members.map((m) => m.externalId).sort()).toEqual(['shopper-a', 'shopper-b']);
    expect((await call(owner, 'POST', `/api/console/customers/${d.id}/unmerge`, { note: 'again please' })).status).toBe(409);
    const after = await say('shopper-d', 'where is my order?');
    expect(JSON.parse(after[0]!.meta!).quickReplies ?? []).toEqual([]);
  });

  it('keeps profiles to their tenant', async () => {
    const a = await customerOf('shopper-a');
    const other = await createTenant(h.app.ctx.store.db, { slug: `id-other-${backend}`, name: 'Other', ownerEmail: `owner@id-other-${backend}.test` });
    const now = Date.now();
    await h.app.ctx.store.db.insertInto('customers').values({ id: `cus_other_${backend}`, tenant_id: other.tenantId, channel: 'api', external_id: 'shopper-a', name: null, email: null, locale: null, created_at: now, updated_at: now }).execute();
    // The same proof in another tenant links nothing here.
    expect(await recordProofs(h.app.ctx.store.db, other.tenantId, `cus_other_${backend}`, [{ kind: 'order', value: order.id, source: 'order' }, { kind: 'email', value: order.email, source: 'order' }])).toBeUndefined();
    expect((await profile(owner, a.id)).members).toHaveLength(2);
    const theirs = await login(`owner@id-other-${backend}.test`, other.ownerPassword);
    expect((await call(theirs, 'GET', `/api/console/customers/${a.id}/profile`)).status).toBe(404);
    expect((await call(theirs, 'POST', `/api/console/customers/cus_other_${backend}/merge`, { customerId: a.id, note: 'cross-tenant attempt' })).status).toBe(404);
    expect((await call(theirs, 'GET', '/api/console/customers?q=shopper-a')).body.customers.map((c: { id: string }) => c.id)).toEqual([`cus_other_${backend}`]);
  });
});
