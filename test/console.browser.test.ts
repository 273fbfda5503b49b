// The whole handoff loop in a real browser: a shopper asks the widget for a person, an agent signs in
// to the console, sees the conversation arrive in the queue, takes it over, replies (the shopper's
// widget receives it) and resolves it with a reason. An agent outside a private team never sees that
// team's queue, and hostile shopper text stays inert text in the console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RULE_SET } from '../src/handoff/default-rules.js';
import { eventually, startHarness, type Harness } from './support/harness.js';
import { ensureWebBuilt, launchChromium } from './support/browser.js';

let h: Harness;
let browser: Browser;
const PASSWORD = 'correct horse battery';
let vipTeam: string;

async function ownerApi(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const login = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(h.url + path, { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, path).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  ensureWebBuilt();
  h = await startHarness('sqlite');
  browser = await launchChromium();
  const alice = ((await ownerApi('POST', '/api/console/agents', { email: 'alice@shop.test', name: 'Alice', role: 'agent', password: PASSWORD })).user as { id: string }).id;
  await ownerApi('POST', '/api/console/agents', { email: 'bob@shop.test', name: 'Bob', role: 'agent', password: PASSWORD });
  vipTeam = ((await ownerApi('POST', '/api/console/teams', { name: 'VIP desk', private: true, members: [alice] })).team as { id: string }).id;
  await ownerApi('PUT', '/api/console/handoff-rules', {
    ...DEFAULT_RULE_SET,
    rules: [{ id: 'vipdesk', name: 'VIP desk', conditions: [{ type: 'keyword', any: ['platinum'] }], actions: [{ type: 'handoff', team: vipTeam }] }, ...DEFAULT_RULE_SET.rules],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function signIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.goto(h.url + '/console/');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('queue-list').waitFor();
  return page;
}

describe('agent console in a browser', () => {
  it('takes a handed-off conversation, replies to the shopper’s widget and resolves it', { timeout: 90_000 }, async () => {
    const agent = await signIn('alice@shop.test', PASSWORD);
    const shopper = await (await browser.newContext()).newPage();
    const dialogs: string[] = [];
    shopper.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await shopper.goto(h.url + '/shop/');
    await shopper.getByTestId('pd-launcher').click();
    const hostile = 'I want to talk to a human agent <img src=x onerror=alert(1)><script>alert(2)</script>';
    await shopper.getByTestId('pd-input').fill(hostile);
    await shopper.getByTestId('pd-input').press('Enter');
    await shopper.locator('[data-testid="pd-message"][data-author="bot"]').first().waitFor({ timeout: 20_000 });

    // The handoff arrives in the agent's queue live, without a reload.
    const row = agent.getByTestId('queue-row').filter({ hasText: 'human agent' }).first();
    await row.waitFor({ timeout: 20_000 });
    const conversationId = (await row.getAttribute('data-conversation-id'))!;
    await row.click();
    const inbound = agent.locator('[data-testid="message"][data-author="customer"]').first();
    await inbound.waitFor();
    expect(await inbound.innerText()).toContain('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(await agent.locator('img[src="x"]').count()).toBe(0);
    await agent.getByTestId('handoff-summary').waitFor();
    expect(await agent.getByTestId('handoff-summary').innerText()).toContain('<img src=x');

    // Keyboard: t takes the conversation over.
    await agent.getByTestId('take-over').waitFor();
    await agent.keyboard.press('t');
    await agent.getByTestId('take-over').waitFor({ state: 'detached' });
    await agent.getByTestId('reply-input').fill('Hi, Alice here. I will sort this out for you.');
    await agent.getByTestId('reply-send').click();
    const agentLine = shopper.locator('[data-testid="pd-message"]').filter({ hasText: 'Alice here' });
    await agentLine.waitFor({ timeout: 15_000 });

    await agent.getByTestId('note-input').fill('Asked for a person; replied.');
    await agent.getByTestId('note-add').click();
    await agent.getByTestId('notes').getByText('Asked for a person; replied.').waitFor();

    await agent.locator('body').click({ position: { x: 5, y: 5 } });
    await agent.keyboard.press('e');
    await agent.getByTestId('resolve-form').getByText('answered').click();
    await agent.getByTestId('resolve-confirm').click();
    await eventually(async () => {
      const rows = await h.app.ctx.store.db.selectFrom('notes').select(['conversation_id', 'tags']).where('kind', '=', 'resolution').execute();
      return rows.length > 0 ? rows : undefined;
    });
    const resolved = await h.app.ctx.store.db.selectFrom('conversations').select(['id', 'status']).where('status', '=', 'resolved').execute();
    expect(resolved.map((r) => r.id)).toEqual([conversationId]);
    expect((await h.app.ctx.store.db.selectFrom('conversations').select('assignee_id').where('id', '=', conversationId).executeTakeFirstOrThrow()).assignee_id).not.toBeNull();
    await expect.poll(() => agent.getByTestId('queue-row').filter({ hasText: 'human agent' }).count(), { timeout: 10_000 }).toBe(0);
    expect(dialogs).toEqual([]);
    await agent.context().close();
    await shopper.context().close();
  });

  it('keeps a private team queue from an agent outside the team', { timeout: 60_000 }, async () => {
    const alice = await signIn('alice@shop.test', PASSWORD);
    const bob = await signIn('bob@shop.test', PASSWORD);
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'vip-browser', name: 'Platinum Pat' }, text: 'platinum member here, need help' }) });
    const { conversationId } = (await res.json()) as { conversationId: string };
    await alice.locator(`[data-testid="queue-row"][data-conversation-id="${conversationId}"]`).waitFor({ timeout: 20_000 });
    // Bob's queue got every other update by now; give the live feed a moment more, then check.
    await bob.waitForTimeout(1000);
    expect(await bob.locator(`[data-testid="queue-row"][data-conversation-id="${conversationId}"]`).count()).toBe(0);
    await bob.getByTestId('mode-all').click();
    await bob.waitForTimeout(500);
    expect(await bob.locator(`[data-conversation-id="${conversationId}"]`).count()).toBe(0);
    await bob.goto(`${h.url}/console/conversations/${conversationId}`);
    await bob.getByText(/not found/i).waitFor({ timeout: 10_000 });
    expect(await bob.locator('[data-testid="message"]').count()).toBe(0);
    await alice.context().close();
    await bob.context().close();
  });

  it('lists the returns on file under an order the shopper mentions', { timeout: 60_000 }, async () => {
    const db = h.app.ctx.store.db;
    const rows = await db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'return').execute();
    const ret = rows.map((r) => JSON.parse(r.data) as { rma: string; orderNumber: string; state: string }).find((r) => r.state === 'refunded')!;
    const alice = await signIn('alice@shop.test', PASSWORD);
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'returns-browser', name: 'Rita' }, text: `I want to talk to a human agent about order ${ret.orderNumber}` }) });
    const { conversationId } = (await res.json()) as { conversationId: string };
    const row = alice.locator(`[data-testid="queue-row"][data-conversation-id="${conversationId}"]`);
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    const line = alice.getByTestId('order-return').filter({ hasText: ret.rma });
    await line.waitFor({ timeout: 15_000 });
    expect(await line.innerText()).toMatch(/refunded/);
    await alice.context().close();
  });
});
