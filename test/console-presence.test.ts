// Presence and team membership over the running app (short grace period): an agent whose console
// sockets all close goes offline and gets no auto-assigned work; reconnecting restores them and the
// waiting conversation is assigned; a team membership change reaches an open console at once and the
// private queue's live frames follow the new membership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { InboxItem } from '../src/handoff/inbox.js';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';

let h: Harness;
let owner: string;
const GRACE_MS = 400;

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const api = async (cookie: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

const post = async (externalId: string, text: string) => {
  const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
  const body = (await res.json()) as { conversationId: string; messageId: string };
  await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', body.messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
  return body;
};

type Frame = { type: string; teams?: string[]; items?: InboxItem[] };
function socket(cookie: string): Promise<{ frames: Frame[]; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(h.url.replace('http', 'ws') + '/api/console/ws', { headers: { cookie, origin: h.url } });
    const frames: Frame[] = [];
    ws.on('message', (d) => {
      const f = JSON.parse(String(d)) as Frame;
      frames.push(f);
      if (f.type === 'hello') resolve({ frames, close: () => new Promise((r) => (ws.once('close', () => r()), ws.close())) });
    });
  });
}

const presenceOf = async (userId: string) => (await h.app.ctx.store.db.selectFrom('agents').select('presence').where('user_id', '=', userId).executeTakeFirstOrThrow()).presence;
const assigneeOf = async (conversationId: string) => (await h.app.ctx.store.db.selectFrom('conversations').select('assignee_id').where('id', '=', conversationId).executeTakeFirstOrThrow()).assignee_id;

describe.each(backends())('presence and team changes (%s)', (backend) => {
  let alice: { id: string; cookie: string };
  let bob: { id: string; cookie: string };

  beforeAll(async () => {
    h = await startHarness(backend, { AGENT_OFFLINE_GRACE_MS: String(GRACE_MS) });
    owner = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    const mk = async (email: string) => {
      const r = await api(owner, 'POST', '/api/console/agents', { email, name: email.split('@')[0], role: 'agent', password: 'correct horse battery' });
      return { id: (r.body.user as { id: string }).id, cookie: await login(email, 'correct horse battery') };
    };
    alice = await mk('alice@shop.test');
    bob = await mk('bob@shop.test');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('goes offline when the last console closes, gets no work while away, and comes back on reconnect', async () => {
    const first = await socket(alice.cookie);
    const second = await socket(alice.cookie);
    expect((await api(alice.cookie, 'PUT', '/api/console/me/presence', { presence: 'online' })).status).toBe(200);
    await first.close();
    await new Promise((r) => setTimeout(r, GRACE_MS * 2));
    expect(await presenceOf(alice.id)).toBe('online');
    await second.close();
    expect(await presenceOf(alice.id)).toBe('online');
    await eventually(async () => ((await presenceOf(alice.id)) === 'offline' ? true : undefined), 5_000);

    const { conversationId } = await post('away-1', 'I want to talk to a human please');
    await h.app.ctx.assigner.run(h.tenantId);
    expect(await assigneeOf(conversationId)).toBeNull();

    const back = await socket(alice.cookie);
    await eventually(async () => ((await presenceOf(alice.id)) === 'online' ? true : undefined), 5_000);
    await eventually(async () => ((await assigneeOf(conversationId)) === alice.id ? true : undefined), 10_000);
    await back.close();
  });

  it('pushes a team membership change to the open console and opens the private queue to it live', async () => {
    const team = await api(owner, 'POST', '/api/console/teams', { name: 'Night desk', private: true, members: [alice.id] });
    const teamId = (team.body.team as { id: string }).id;
    const { conversationId } = await post('night-1', 'I want to talk to a human please');
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/transfer`, { teamId, note: 'night shift' })).status).toBe(200);
    const bobWs = await socket(bob.cookie);
    expect(((await api(bob.cookie, 'GET', '/api/console/inbox')).body.items as InboxItem[]).some((i) => i.conversation.id === conversationId)).toBe(false);

    expect((await api(owner, 'PUT', `/api/console/teams/${teamId}`, { name: 'Night desk', private: true, members: [alice.id, bob.id] })).status).toBe(200);
    await eventually(async () => (bobWs.frames.some((f) => f.type === 'teams' && f.teams?.includes(teamId)) ? true : undefined), 5_000);
    await post('night-1', 'hello, anyone?');
    await eventually(async () => (bobWs.frames.some((f) => f.type === 'inbox' && f.items?.some((i) => i.conversation.id === conversationId)) ? true : undefined), 5_000);
    expect(((await api(bob.cookie, 'GET', '/api/console/inbox')).body.items as InboxItem[]).some((i) => i.conversation.id === conversationId)).toBe(true);

    // And out again: bob's socket stops getting the private queue's frames.
    expect((await api(owner, 'PUT', `/api/console/teams/${teamId}`, { name: 'Night desk', private: true, members: [alice.id] })).status).toBe(200);
    await eventually(async () => (bobWs.frames.some((f) => f.type === 'teams' && f.teams?.length === 0) ? true : undefined), 5_000);
    const seen = bobWs.frames.length;
    await post('night-1', 'still there?');
    await new Promise((r) => setTimeout(r, 500));
    expect(bobWs.frames.slice(seen).some((f) => f.type === 'inbox' && f.items?.some((i) => i.conversation.id === conversationId))).toBe(false);
    await bobWs.close();
  });
});
