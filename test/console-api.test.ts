// The console API: sign-in, tenant-scoped inbox, agent take-over silencing the bot, replies reaching
// the shopper's webhook, resolve; and the console websocket refusing other sites' pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTenant } from '../src/commerce/tenant-setup.js';
import { eventually, startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('sqlite');
});
afterAll(async () => {
  await h?.close();
});

async function login(email: string, password: string): Promise<{ status: number; cookie: string; setCookie: string; body: unknown }> {
  const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { status: res.status, cookie: setCookie.split(';')[0]!, setCookie, body: await res.json() };
}

const api = (cookie: string, method: string, path: string, body?: unknown) =>
  fetch(h.url + path, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });

describe('console API', () => {
  it('signs in with the generated owner password and sets an httpOnly session cookie', async () => {
    const bad = await login(h.app.seeded!.ownerEmail, 'wrong-password');
    expect(bad.status).toBe(401);
    const ok = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/^pd_session=/);
    expect(ok.setCookie).toMatch(/HttpOnly/i);
    expect(ok.setCookie).toMatch(/SameSite=Lax/i);
    expect((await api('', 'GET', '/api/console/me')).status).toBe(401);
    expect((await (await api(ok.cookie, 'GET', '/api/console/me')).json()) as { user: { role: string } }).toMatchObject({ user: { role: 'owner' } });
  });

  it('lets an agent take over, reply and resolve; the bot stays silent meanwhile', async () => {
    const { cookie } = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    const post = (text: string) =>
      fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'console-1', name: 'Ana' }, text }) }).then((r) => r.json() as Promise<{ conversationId: string; messageId: string }>);
    const first = await post('hello');
    const conversationId = first.conversationId;
    await eventually(async () => {
      const m = await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', first.messageId).executeTakeFirstOrThrow();
      return m.processed_at ?? undefined;
    });
    const list = (await (await api(cookie, 'GET', '/api/console/conversations?status=all')).json()) as { conversations: Array<{ id: string }> };
    expect(list.conversations.some((c) => c.id === conversationId)).toBe(true);

    expect((await api(cookie, 'POST', `/api/console/conversations/${conversationId}/assign`)).status).toBe(200);
    const second = await post('is anyone there?');
    await eventually(async () => {
      const m = await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', second.messageId).executeTakeFirstOrThrow();
      return m.processed_at ?? undefined;
    });
    const reply = await api(cookie, 'POST', `/api/console/conversations/${conversationId}/messages`, { text: 'Hi Ana, Wei here. How can I help?' });
    expect(reply.status).toBe(200);
    const detail = (await (await api(cookie, 'GET', `/api/console/conversations/${conversationId}`)).json()) as { messages: Array<{ author: string; text: string; intent?: string }> };
    expect(detail.messages.map((m) => m.author)).toEqual(['customer', 'bot', 'customer', 'agent']);
    expect(detail.messages[0]!.intent).toBe('greeting');

    const resolved = (await (await api(cookie, 'POST', `/api/console/conversations/${conversationId}/resolve`)).json()) as { conversation: { status: string } };
    expect(resolved.conversation.status).toBe('resolved');
    const third = await post('one more question: how much is shipping?');
    expect(third.conversationId).not.toBe(conversationId);
  });

  it("keeps each tenant's agents to their own conversations", async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: 'other', name: 'Other', ownerEmail: 'owner@other.test' });
    const { cookie } = await login(other.ownerEmail, other.ownerPassword);
    const mine = (await (await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'private' }, text: 'hi' }) })).json()) as { conversationId: string };
    const list = (await (await api(cookie, 'GET', '/api/console/conversations')).json()) as { conversations: unknown[] };
    expect(list.conversations).toHaveLength(0);
    for (const [method, path, body] of [
      ['GET', `/api/console/conversations/${mine.conversationId}`],
      ['POST', `/api/console/conversations/${mine.conversationId}/assign`],
      ['POST', `/api/console/conversations/${mine.conversationId}/messages`, { text: 'sneaky' }],
    ] as const) {
      expect((await api(cookie, method, path, body)).status, path).toBe(404);
    }
  });

  it('refuses a console websocket opened from another site', async () => {
    const { cookie } = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    const wsUrl = h.url.replace('http', 'ws') + '/api/console/ws';
    const closeCode = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(wsUrl, { headers: { cookie, origin } });
        ws.on('message', () => ws.close(1000));
        ws.on('close', (code) => resolve(code));
      });
    expect(await closeCode('https://evil.example')).toBe(4403);
    expect(await closeCode(h.url)).toBe(1000);
  });
});
