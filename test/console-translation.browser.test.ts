// Translation and the satisfaction question in a real browser, with a local LibreTranslate-speaking
// server configured: the agent translates a Spanish shopper message, translates their own draft into
// Spanish (both versions on screen) and sends the translation; then resolves asking for a rating and
// sees the shopper's answer on the resolved conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eventually, startHarness, type Harness } from './support/harness.js';
import { ensureWebBuilt, launchChromium } from './support/browser.js';
import { startFakeTranslator } from './support/fake-translator.js';

let h: Harness;
let browser: Browser;
let fake: Awaited<ReturnType<typeof startFakeTranslator>>;
const PASSWORD = 'correct horse battery';
const SPANISH = 'Hola, quiero hablar con una persona. Mi pedido no ha llegado todavía y estoy preocupada';

async function shopper(externalId: string, text: string): Promise<string> {
  const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId, name: 'Lucía' }, text }) });
  const { conversationId, messageId } = (await res.json()) as { conversationId: string; messageId: string };
  await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
  return conversationId;
}

beforeAll(async () => {
  ensureWebBuilt();
  fake = await startFakeTranslator();
  h = await startHarness('sqlite', { TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: fake.url });
  browser = await launchChromium();
  const login = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
  const owner = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(h.url + '/api/console/agents', { method: 'POST', headers: { cookie: owner, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'alice@shop.test', name: 'Alice', role: 'agent', password: PASSWORD }) });
  expect(res.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await fake?.close();
});

describe('translation and CSAT in a browser', () => {
  it('translates the shopper’s message and the agent’s draft, then records the rating asked on resolve', { timeout: 90_000 }, async () => {
    const conversationId = await shopper('es-2', SPANISH);
    const language = (await h.app.ctx.store.db.selectFrom('conversations').select('language').where('id', '=', conversationId).executeTakeFirstOrThrow()).language;
    expect(language).toBe('es');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const agent = await context.newPage();
    await agent.goto(h.url + '/console/');
    await agent.getByTestId('login-email').fill('alice@shop.test');
    await agent.getByTestId('login-password').fill(PASSWORD);
    await agent.getByTestId('login-submit').click();
    await agent.getByTestId('queue-list').waitFor();
    await agent.goto(`${h.url}/console/conversations/${conversationId}`);

    await agent.getByTestId('translate-message').first().click();
    const translated = agent.getByTestId('message-translation').first();
    await translated.waitFor();
    expect(await translated.innerText()).toContain(`<en> ${SPANISH}`);
    expect(await agent.getByTestId('translation-unavailable').count()).toBe(0);

    await agent.getByTestId('take-over').click();
    await agent.getByTestId('take-over').waitFor({ state: 'detached' });
    await agent.getByTestId('reply-input').fill('Your parcel arrives on Thursday.');
    await agent.getByTestId('translate-draft').click();
    const draft = agent.getByTestId('draft-translation');
    await draft.waitFor();
    expect(await draft.innerText()).toContain('<es> Your parcel arrives on Thursday.');
    expect(await agent.getByTestId('reply-input').inputValue()).toBe('Your parcel arrives on Thursday.');
    await agent.getByTestId('reply-send').click();
    const sent = await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('text').where('conversation_id', '=', conversationId).where('author', '=', 'agent').executeTakeFirst())?.text);
    expect(sent).toBe('<es> Your parcel arrives on Thursday.');

    await agent.getByTestId('resolve').click();
    expect(await agent.getByTestId('resolve-csat').isChecked()).toBe(true);
    await agent.getByTestId('resolve-confirm').click();
    await agent.locator('[data-testid="message"][data-author="bot"]').filter({ hasText: '★★★★★' }).waitFor({ timeout: 10_000 });
    await agent.getByTestId('csat').filter({ hasText: 'no answer yet' }).waitFor({ timeout: 10_000 });
    expect(await shopper('es-2', '5')).toBe(conversationId);
    // A resolved conversation is in no queue, so its frames do not reach agents live (docs/ARCHITECTURE.md, Events).
    await agent.reload();
    await agent.getByTestId('csat').filter({ hasText: 'Shopper rated 5/5' }).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
