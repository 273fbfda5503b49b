// Attachments in the console, in a real browser: a shopper's Telegram photo shows as a thumbnail
// (fetched from the local Bot API on first open) that links to the full file; the agent attaches an
// image from the reply box, sends it, sees it in the conversation, and Telegram gets sendPhoto with
// our signed link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eventually, startHarness, type Harness } from '../support/harness.js';
import { ensureWebBuilt, launchChromium } from '../support/browser.js';
import { api, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { telegramApi } from './support/telegram-api.js';
import { BOT_TOKEN, photoWithCaption } from './fixtures/telegram.js';

// A 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

let h: Harness;
let tg: PlatformServer;
let browser: Browser;
let account: { id: string; generatedSecrets: { secretToken: string } };
const files = new Map<string, { path: string; bytes: Buffer }>();

beforeAll(async () => {
  ensureWebBuilt();
  tg = await startPlatformServer(telegramApi(BOT_TOKEN, files));
  h = await startHarness('sqlite', { TELEGRAM_API_URL: tg.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') });
  account = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'Shop bot', secrets: { botToken: BOT_TOKEN } })).json;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await tg?.close();
});

describe('attachments in the console (browser)', () => {
  it("shows the shopper's photo and sends the agent's attached image", { timeout: 90_000 }, async () => {
    // The fixture's photo (file_id AgACAgIAAxkBAAIB) is served by the local Bot API.
    files.set('AgACAgIAAxkBAAIB', { path: 'photos/file_1.png', bytes: PNG });
    await postRaw(webhookPath(h, 'telegram', account.id), JSON.stringify(photoWithCaption({ updateId: 1, messageId: 1, caption: 'is this broken?' })), { 'x-telegram-bot-api-secret-token': account.generatedSecrets.secretToken });
    const { conversation_id: conversationId } = await eventually(() => h.app.ctx.store.db.selectFrom('messages').select('conversation_id').where('external_id', '=', '1111111:1').executeTakeFirst());

    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(h.url + '/console/');
    await page.getByTestId('login-email').fill(h.app.seeded!.ownerEmail);
    await page.getByTestId('login-password').fill(h.app.seeded!.ownerPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('queue-list').waitFor();
    await page.goto(`${h.url}/console/conversations/${conversationId}`);

    const shopperImage = page.locator('[data-author="customer"] [data-testid="attachment"][data-kind="image"] img');
    await shopperImage.waitFor();
    await eventually(async () => ((await shopperImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === 1 ? true : undefined));
    expect(await page.locator('[data-author="customer"] [data-testid="attachment"] a').getAttribute('href')).toMatch(/^\/api\/console\/media\/med_/);
    expect(tg.requests.filter((r) => r.path.includes('/getFile')).length).toBe(1);

    await page.getByTestId('attach-input').setInputFiles({ name: 'replacement.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('pending-attachment').waitFor();
    expect(await page.getByTestId('pending-attachment').innerText()).toContain('replacement.png');
    await page.getByTestId('reply-input').fill('Here is the replacement');
    await page.getByTestId('reply-send').click();

    const agentImage = page.locator('[data-author="agent"] [data-testid="attachment"][data-kind="image"] img');
    await agentImage.waitFor();
    await eventually(async () => ((await agentImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === 1 ? true : undefined));
    expect(await page.getByTestId('pending-attachment').count()).toBe(0);

    await tg.waitFor((r) => r.some((x) => x.path.endsWith('/sendPhoto')));
    const photo = tg.requests.find((x) => x.path.endsWith('/sendPhoto'))!.json as { chat_id: number; photo: string };
    expect(photo.chat_id).toBe(1111111);
    expect(photo.photo).toMatch(new RegExp(`^${h.app.config.publicUrl}/media/med_[^?]+\\?exp=\\d+&sig=`));
  });
});
