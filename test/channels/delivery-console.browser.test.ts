// Delivery in the console, in a real browser: a reply the Telegram Bot API refuses for good raises the
// dead-letter alert live; the agent opens the conversation, sees the failed message with the reason,
// retries it from the message, and watches the tick turn to sent without a reload. The customer panel
// shows the shopper's channel identities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eventually, startHarness, type Harness } from '../support/harness.js';
import { ensureWebBuilt, launchChromium } from '../support/browser.js';
import { api, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { telegramApi } from './support/telegram-api.js';
import { BOT_TOKEN, privateText } from './fixtures/telegram.js';

let h: Harness;
let tg: PlatformServer;
let browser: Browser;
let account: { id: string; generatedSecrets: { secretToken: string } };

beforeAll(async () => {
  ensureWebBuilt();
  tg = await startPlatformServer(telegramApi(BOT_TOKEN));
  h = await startHarness('sqlite', { TELEGRAM_API_URL: tg.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') });
  account = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'Shop bot', secrets: { botToken: BOT_TOKEN } })).json;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await tg?.close();
});

describe('delivery in the console (browser)', () => {
  it('alerts on a dead-lettered reply and retries it from the message, the tick updating live', { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(h.url + '/console/');
    await page.getByTestId('login-email').fill(h.app.seeded!.ownerEmail);
    await page.getByTestId('login-password').fill(h.app.seeded!.ownerPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('queue-list').waitFor();

    tg.queue((r) => (r.json as { chat_id?: number }).chat_id === 7070, { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    await postRaw(webhookPath(h, 'telegram', account.id), JSON.stringify(privateText({ updateId: 1, chatId: 7070, messageId: 1, text: 'hello there' })), { 'x-telegram-bot-api-secret-token': account.generatedSecrets.secretToken });

    const banner = page.getByTestId('dead-letter-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toContain('blocked by the user');
    await banner.getByRole('button', { name: 'Open' }).click();

    const failed = page.locator('[data-testid="message"][data-delivery="failed"]');
    await failed.waitFor();
    expect(await failed.getByTestId('delivery-failure').innerText()).toContain('blocked by the user');
    // The profile panel loads on its own request, after the messages.
    await page.getByTestId('profile-member').first().waitFor();
    expect(await page.getByTestId('profile-member').count()).toBe(1);

    await failed.getByTestId('retry-delivery').click();
    await page.locator('[data-testid="message"][data-delivery="sent"]').first().waitFor({ timeout: 20_000 });
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await eventually(async () => (tg.requests.filter((r) => (r.json as { chat_id?: number } | undefined)?.chat_id === 7070).length >= 2 ? true : undefined));
  });
});
