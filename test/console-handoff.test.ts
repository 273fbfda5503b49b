// The console's queue API over the running app: roles enforced server side, a private team queue
// hidden from agents outside the team (HTTP and websocket), the inbox with filters, counts and
// priority order, take → reply → note → resolve with reasons, transfer with a note, auto-assignment
// on presence, and tenant isolation of the admin data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Order } from '../src/commerce/types.js';
import { createTenant } from '../src/commerce/tenant-setup.js';
import { DEFAULT_RULE_SET } from '../src/handoff/default-rules.js';
import type { InboxItem } from '../src/handoff/inbox.js';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';

let h: Harness;
let owner: string;
let alice: { id: string; cookie: string };
let bob: { id: string; cookie: string };
let vipTeam: string;

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const api = async (cookie: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const post = async (externalId: string, text: string) => {
  const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
  const body = (await res.json()) as { conversationId: string; messageId: string };
  await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', body.messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
  return body;
};

const inbox = async (cookie: string, query = '') => (await api(cookie, 'GET', `/api/console/inbox${query}`)).body as unknown as { items: InboxItem[]; counts: Record<string, number> };

function socket(cookie: string): Promise<{ frames: Array<{ type: string; items?: InboxItem[]; message?: { conversationId: string } }>; close(): void }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(h.url.replace('http', 'ws') + '/api/console/ws', { headers: { cookie, origin: h.url } });
    const frames: Array<{ type: string }> = [];
    ws.on('message', (d) => {
      const f = JSON.parse(String(d)) as { type: string };
      frames.push(f);
      if (f.type === 'hello') resolve({ frames, close: () => ws.close() });
    });
  });
}

describe.each(backends())('console queues (%s)', (backend) => {
  beforeAll(async () => {
    h = await startHarness(backend);
    owner = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    const mk = async (email: string) => {
      const r = await api(owner, 'POST', '/api/console/agents', { email, name: email.split('@')[0], role: 'agent', password: 'correct horse battery' });
      expect(r.status).toBe(201);
      const id = (r.body.user as { id: string }).id;
      return { id, cookie: await login(email, 'correct horse battery') };
    };
    alice = await mk('alice@shop.test');
    bob = await mk('bob@shop.test');
    const team = await api(owner, 'POST', '/api/console/teams', { name: 'VIP desk', private: true, members: [alice.id] });
    expect(team.status).toBe(201);
    vipTeam = (team.body.team as { id: string }).id;
    const rules = await api(owner, 'PUT', '/api/console/handoff-rules', {
      ...DEFAULT_RULE_SET,
      rules: [{ id: 'vipdesk', name: 'VIP desk', conditions: [{ type: 'keyword', any: ['platinum'] }], actions: [{ type: 'handoff', team: vipTeam }, { type: 'set_priority', level: 2 }] }, ...DEFAULT_RULE_SET.rules],
    });
    expect(rules.status).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('enforces roles on the admin endpoints and validates rule sets', async () => {
    expect((await api(alice.cookie, 'PUT', '/api/console/handoff-rules', DEFAULT_RULE_SET)).status).toBe(403);
    expect((await api(alice.cookie, 'GET', '/api/console/handoff-rules')).status).toBe(403);
    expect((await api(alice.cookie, 'POST', '/api/console/teams', { name: 'Mine' })).status).toBe(403);
    expect((await api(alice.cookie, 'POST', '/api/console/agents', { email: 'x@y.test', name: 'x', role: 'admin', password: 'correct horse battery' })).status).toBe(403);
    expect((await api(alice.cookie, 'PUT', '/api/console/scripts', { name: 'hi', language: 'en', body: 'Hi' })).status).toBe(403);
    const bad = await api(owner, 'PUT', '/api/console/handoff-rules', { ...DEFAULT_RULE_SET, rules: [{ id: 'x', name: 'x', conditions: [{ type: 'moon' }], actions: [] }] });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { code: string }).code).toBe('invalid_request');
    const ghostTeam = await api(owner, 'PUT', '/api/console/handoff-rules', { ...DEFAULT_RULE_SET, rules: [{ id: 'x', name: 'x', conditions: [{ type: 'vip' }], actions: [{ type: 'handoff', team: 'team_ghost' }] }] });
    expect(ghostTeam.status).toBe(400);
    expect((ghostTeam.body.error as { message: string }).message).toMatch(/rules\.0\.actions\.0\.team/);
    expect((await api(owner, 'POST', '/api/console/agents', { email: 'alice@shop.test', name: 'dup', role: 'agent', password: 'correct horse battery' })).status).toBe(409);
    expect((await api(owner, 'POST', '/api/console/teams', { name: 'Ghosts', members: ['usr_nobody'] })).status).toBe(404);
  });

  it('hides a private team queue from an agent outside the team, over HTTP and the websocket', async () => {
    const aliceWs = await socket(alice.cookie);
    const bobWs = await socket(bob.cookie);
    const { conversationId } = await post('vip-1', 'I am a platinum member and need help with my order');
    await eventually(async () => (aliceWs.frames.some((f) => f.type === 'inbox' && f.items?.some((i) => i.conversation.id === conversationId)) ? true : undefined));
    await eventually(async () => (aliceWs.frames.some((f) => f.type === 'message' && f.message?.conversationId === conversationId) ? true : undefined));
    const aliceView = await inbox(alice.cookie);
    const item = aliceView.items.find((i) => i.conversation.id === conversationId);
    expect(item).toMatchObject({ teamId: vipTeam, teamPrivate: true, level: 2, unread: 1, assigneeId: null });
    expect((await inbox(bob.cookie)).items.some((i) => i.conversation.id === conversationId)).toBe(false);
    expect((await inbox(owner)).items.some((i) => i.conversation.id === conversationId)).toBe(true);
    for (const [method, path, body] of [
      ['GET', `/api/console/conversations/${conversationId}`],
      ['POST', `/api/console/conversations/${conversationId}/assign`],
      ['POST', `/api/console/conversations/${conversationId}/messages`, { text: 'sneaky' }],
      ['POST', `/api/console/conversations/${conversationId}/notes`, { text: 'sneaky' }],
    ] as const) {
      expect((await api(bob.cookie, method, path, body)).status, path).toBe(404);
    }
    const list = (await api(bob.cookie, 'GET', '/api/console/conversations')).body as { conversations: { id: string }[] };
    expect(list.conversations.some((c) => c.id === conversationId)).toBe(false);
    expect(bobWs.frames.some((f) => (f.type === 'inbox' && f.items?.some((i) => i.conversation.id === conversationId)) || (f.type === 'message' && f.message?.conversationId === conversationId))).toBe(false);
    aliceWs.close();
    bobWs.close();
  });

  it('takes, replies, notes and resolves with reasons; the unread count and queue follow', async () => {
    const { conversationId } = await post('flow-1', 'I want to return these shoes, they are too small');
    let view = await inbox(alice.cookie, '?view=unassigned');
    expect(view.items.find((i) => i.conversation.id === conversationId)?.reason).toBe('return');
    expect((await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/assign`)).status).toBe(200);
    await post('flow-1', 'hello?');
    view = await inbox(alice.cookie, '?view=mine');
    // Taking it over read it; the shopper's next message is the one unread.
    expect(view.items.find((i) => i.conversation.id === conversationId)?.unread).toBe(1);
    expect(view.counts.unread).toBeGreaterThanOrEqual(1);
    expect((await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/messages`, { text: 'Hi! Happy to help with the return.' })).status).toBe(200);
    expect((await inbox(alice.cookie, '?view=mine')).items.find((i) => i.conversation.id === conversationId)?.unread).toBe(0);
    expect((await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/notes`, { text: 'Customer <b>prefers</b> exchange' })).status).toBe(200);
    const detail = (await api(alice.cookie, 'GET', `/api/console/conversations/${conversationId}`)).body as { notes: { text: string; kind: string }[]; summary: { intent: string } | null; queue: InboxItem | null };
    expect(detail.notes.map((n) => n.text)).toEqual(['Customer <b>prefers</b> exchange']);
    expect(detail.summary?.intent).toBe('return_request');
    expect(detail.queue?.assigneeId).toBe(alice.id);
    const res = await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/resolve`, { reasons: ['return-approved'], note: 'label sent' });
    expect(res.status).toBe(200);
    expect((await inbox(alice.cookie)).items.some((i) => i.conversation.id === conversationId)).toBe(false);
    const notes = await h.app.ctx.store.db.selectFrom('notes').selectAll().where('conversation_id', '=', conversationId).where('kind', '=', 'resolution').execute();
    expect(notes).toHaveLength(1);
    expect(JSON.parse(notes[0]!.tags)).toEqual(['return-approved']);
  });

  it('transfers to a team with a note, and only supervisors assign to others', async () => {
    const { conversationId } = await post('xfer-1', 'I want to complain, the parcel is late again');
    expect((await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/assign`, { userId: bob.id })).status).toBe(403);
    expect((await api(alice.cookie, 'POST', `/api/console/conversations/${conversationId}/transfer`, { note: 'x' })).status).toBe(400);
    const moved = await api(bob.cookie, 'POST', `/api/console/conversations/${conversationId}/transfer`, { teamId: vipTeam, note: 'VIP customer, please take it' });
    expect(moved.status).toBe(200);
    expect((await inbox(bob.cookie)).items.some((i) => i.conversation.id === conversationId)).toBe(false);
    expect((await inbox(alice.cookie, `?view=team&team=${vipTeam}`)).items.some((i) => i.conversation.id === conversationId)).toBe(true);
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/assign`, { userId: alice.id })).status).toBe(200);
    expect((await inbox(alice.cookie, '?view=mine')).items.some((i) => i.conversation.id === conversationId)).toBe(true);
    const detail = (await api(alice.cookie, 'GET', `/api/console/conversations/${conversationId}`)).body as { notes: { kind: string; text: string }[] };
    expect(detail.notes).toEqual([expect.objectContaining({ kind: 'transfer', text: 'VIP customer, please take it' })]);
  });

  it('filters by level, channel and SLA breach and orders by priority', async () => {
    const view = await inbox(owner, '?minLevel=2');
    expect(view.items.length).toBeGreaterThan(0);
    expect(view.items.every((i) => i.level >= 2)).toBe(true);
    const all = (await inbox(owner)).items;
    expect(all.map((i) => i.score)).toEqual([...all.map((i) => i.score)].sort((a, b) => b - a));
    expect((await inbox(owner, '?channel=widget')).items).toHaveLength(0);
    expect((await inbox(owner, '?breached=true')).items).toHaveLength(0);
    await h.app.ctx.store.db.updateTable('queue_entries').set({ sla_due_at: Date.now() - 1000 }).where('tenant_id', '=', h.tenantId).execute();
    const breached = await inbox(owner, '?breached=true');
    expect(breached.items.length).toBe(all.length);
    expect(breached.counts.breached).toBe(all.length);
    expect((await api(owner, 'GET', '/api/console/inbox?view=everything')).status).toBe(400);
  });

  it('auto-assigns waiting conversations to an agent who comes online, within capacity', async () => {
    expect((await api(owner, 'PUT', `/api/console/agents/${bob.id}`, { languages: ['en'], capacity: 1 })).status).toBe(200);
    const { conversationId } = await post('auto-1', 'I want a refund, the item arrived broken, this is a complaint');
    expect((await api(bob.cookie, 'PUT', '/api/console/me/presence', { presence: 'online' })).status).toBe(200);
    const assigned = await eventually(async () => {
      const c = await h.app.ctx.store.db.selectFrom('conversations').select('assignee_id').where('assignee_id', '=', bob.id).where('status', '=', 'handoff').execute();
      return c.length > 0 ? c : undefined;
    });
    expect(assigned).toHaveLength(1);
    const agents = (await api(owner, 'GET', '/api/console/agents')).body.agents as { userId: string; load: number; presence: string }[];
    expect(agents.find((a) => a.userId === bob.id)).toMatchObject({ load: 1, presence: 'online' });
    expect(conversationId).toBeTruthy();
    // Signing out makes the agent unavailable; the session is gone.
    expect((await api(bob.cookie, 'POST', '/api/console/logout')).status).toBe(200);
    const after = (await api(owner, 'GET', '/api/console/agents')).body.agents as { userId: string; presence: string }[];
    expect(after.find((a) => a.userId === bob.id)?.presence).toBe('offline');
    bob = { ...bob, cookie: await login('bob@shop.test', 'correct horse battery') };
  });

  it('shows the shopper’s store record and earlier conversations beside a handed-off one', async () => {
    const rec = await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'customer').executeTakeFirstOrThrow();
    const shopper = JSON.parse(rec.data) as { email: string; name: string; ordersCount: number };
    const send = async (text: string) => {
      const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'profile-1', email: shopper.email }, text }) });
      const body = (await res.json()) as { conversationId: string; messageId: string };
      await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', body.messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
      return body.conversationId;
    };
    const first = await send('I want to complain about the delivery');
    expect((await api(owner, 'POST', `/api/console/conversations/${first}/resolve`, {})).status).toBe(200);
    const second = await send('I want to complain again, still nothing');
    const detail = (await api(owner, 'GET', `/api/console/conversations/${second}`)).body as {
      profile: { name: string; ordersCount: number } | null;
      otherConversations: { id: string; status: string }[];
      orders: { order: Order; mentioned: boolean }[];
    };
    expect(detail.profile).toMatchObject({ name: shopper.name, ordersCount: shopper.ordersCount });
    // Their recent orders sit beside the chat, newest first, each with the age of the cached data.
    const theirs = (await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').execute())
      .map((r) => JSON.parse(r.data) as Order)
      .filter((o) => o.email.toLowerCase() === shopper.email.toLowerCase())
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt));
    expect(theirs.length).toBeGreaterThan(0);
    expect(detail.orders.map((o) => o.order.number)).toEqual(theirs.slice(0, 5).map((o) => o.number));
    expect(detail.orders.every((o) => !o.mentioned && typeof o.order.syncedAt === 'string')).toBe(true);
    expect(detail.otherConversations).toEqual([expect.objectContaining({ id: first, status: 'resolved' })]);
  });

  it('keeps teams, scripts and rules to their tenant', async () => {
    expect((await api(owner, 'PUT', '/api/console/scripts', { name: 'greet', language: 'en', body: 'Hi {customer.name}, {agent.name} here.' })).status).toBe(200);
    const other = await createTenant(h.app.ctx.store.db, { slug: 'other-q', name: 'Other', ownerEmail: 'owner@other-q.test' });
    const otherCookie = await login(other.ownerEmail, other.ownerPassword);
    expect(((await api(otherCookie, 'GET', '/api/console/teams')).body.teams as unknown[]).length).toBe(0);
    expect(((await api(otherCookie, 'GET', '/api/console/scripts')).body.scripts as unknown[]).length).toBe(0);
    expect(((await api(otherCookie, 'GET', '/api/console/handoff-rules')).body.ruleSet as { rules: { id: string }[] }).rules.some((r) => r.id === 'vipdesk')).toBe(false);
    expect((await inbox(otherCookie)).items).toHaveLength(0);
    expect((await api(otherCookie, 'PUT', `/api/console/teams/${vipTeam}`, { name: 'stolen' })).status).toBe(404);
    expect((await api(otherCookie, 'PUT', `/api/console/agents/${alice.id}`, { capacity: 0 })).status).toBe(404);
  });
});
