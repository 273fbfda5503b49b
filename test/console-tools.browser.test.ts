// The conversation tools in a real browser: an agent opens a handed-off conversation, sees suggested
// replies from the help centre and from a colleague's earlier answer, and a click puts one into the
// reply box; a conversation in another language than the agent's says that translation is not
// configured (this server has no provider).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eventually, startHarness, type Harness } from './support/harness.js';
import { ensureWebBuilt, launchChromium } from './support/browser.js';

let h: Harness;
let browser: Browser;
let owner: string;
const PASSWORD = 'correct horse battery';
const EARLIER_ANSWER = 'Refunds reach your card within 5 business days of approval.';

async function call(cookie: string, method: string, path: string, body?: unknown): Promise<Record<string, any>> {
  const res = await fetch(h.url + path, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(res.status, path).toBeLessThan(300);
  return (await res.json()) as Record<string, any>;
}

async function shopper(externalId: string, name: string, text: string): Promise<string> {
  const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId, name }, text }) });
  const { conversationId, messageId } = (await res.json()) as { conversationId: string; messageId: string };
  await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
  return conversationId;
}

beforeAll(async () => {
  ensureWebBuilt();
  h = await startHarness('sqlite');
  browser = await launchChromium();
  const login = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
  owner = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  await call(owner, 'POST', '/api/console/agents', { email: 'alice@shop.test', name: 'Alice', role: 'agent', password: PASSWORD });
  const earlier = await shopper('hist-1', 'Hana', 'when will my refund arrive on my card?');
  await call(owner, 'POST', `/api/console/conversations/${earlier}/messages`, { text: EARLIER_ANSWER });
  await call(owner, 'POST', `/api/console/conversations/${earlier}/resolve`, { reasons: ['answered'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('conversation tools in a browser', () => {
  it('suggests replies that a click puts into the reply box, and says when translation is not configured', { timeout: 90_000 }, async () => {
    const english = await shopper('sugg-1', 'Sam Lee', 'I want to talk to a human agent, my refund has still not arrived on my card');
    expect((await h.app.ctx.store.db.selectFrom('conversations').select('status').where('id', '=', english).executeTakeFirstOrThrow()).status).toBe('handoff');
    const spanish = await shopper('es-1', 'Lucía', 'Hola, quiero hablar con una persona. Mi pedido no ha llegado todavía y estoy preocupada');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const agent = await context.newPage();
    await agent.goto(h.url + '/console/');
    await agent.getByTestId('login-email').fill('alice@shop.test');
    await agent.getByTestId('login-password').fill(PASSWORD);
    await agent.getByTestId('login-submit').click();
    await agent.getByTestId('queue-list').waitFor();

    await agent.goto(`${h.url}/console/conversations/${english}`);
    await agent.getByTestId('suggestions').waitFor({ timeout: 15_000 });
    expect(await agent.locator('[data-testid="suggestion"][data-kind="knowledge"]').count()).toBeGreaterThan(0);
    expect(await agent.locator('[data-testid="suggestion"][data-kind="knowledge"]').first().innerText()).toMatch(/Help centre · /);
    const past = agent.locator('[data-testid="suggestion"][data-kind="past"]').filter({ hasText: EARLIER_ANSWER });
    await past.waitFor();
    expect(await agent.getByTestId('translation-unavailable').count()).toBe(0);
    await past.click();
    expect(await agent.getByTestId('reply-input').inputValue()).toBe(EARLIER_ANSWER);

    await agent.goto(`${h.url}/console/conversations/${spanish}`);
    const notice = agent.getByTestId('translation-unavailable');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toMatch(/Translation is not configured on this server: the shopper writes in es/);
    expect(await agent.getByTestId('translate-message').count()).toBe(0);
    expect(await agent.getByTestId('translate-draft').count()).toBe(0);
    await context.close();
  });
});
