// The shopper's side in a real browser: the demo shop page, the chat widget over a websocket, replies
// in real time, the conversation surviving a reload, and hostile text shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { ensureWebBuilt, launchChromium } from './support/browser.js';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  h = await startHarness('sqlite');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function openChat(page: Page): Promise<void> {
  await page.goto(h.url + '/shop/');
  await page.getByTestId('pd-launcher').click();
  await page.getByTestId('pd-panel').waitFor({ state: 'visible' });
}

async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId('pd-input').fill(text);
  await page.getByTestId('pd-input').press('Enter');
}

describe('web chat widget', () => {
  it('shows the shop, chats in real time and keeps the conversation across a reload', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openChat(page);
    await say(page, 'hello!');
    const bot = page.locator('[data-testid="pd-message"][data-author="bot"]');
    await bot.first().waitFor({ timeout: 20_000 });
    expect(await bot.first().innerText()).toMatch(/assistant|help/i);

    await say(page, 'how much is shipping?');
    await expect.poll(() => bot.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

    // Hostile shopper text is rendered as text: no element injected, no script run.
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await say(page, hostile);
    const mine = page.locator('[data-testid="pd-message"][data-author="customer"]');
    await expect.poll(async () => (await mine.allInnerTexts()).some((t) => t.includes(hostile)), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const before = await page.locator('[data-testid="pd-message"]').allInnerTexts();

    await page.reload();
    await page.getByTestId('pd-launcher').click();
    await expect.poll(async () => (await page.locator('[data-testid="pd-message"]').allInnerTexts()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(before.length);
    const after = await page.locator('[data-testid="pd-message"]').allInnerTexts();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('gives a new visitor (another browser profile) a conversation of their own', { timeout: 30_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openChat(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-testid="pd-message"][data-author="customer"]').count()).toBe(0);
    await context.close();
  });
});
