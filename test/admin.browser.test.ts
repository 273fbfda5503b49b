// The admin pages in a real browser: an admin teaches the bot a new intent (adds training examples,
// retrains, sees it in "try it"), runs the per-intent accuracy view, visits every admin page and saves
// business hours, the return policy and an article through their forms; an
// agent cannot open the admin pages (no nav, the inbox instead, 403 from the API). With
// SCREENSHOT_DIR set (e.g. docs/images) it saves a screenshot of each main admin page there.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { ensureWebBuilt, launchChromium } from './support/browser.js';

let h: Harness;
let browser: Browser;
const PASSWORD = 'correct horse battery';
const shots = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  ensureWebBuilt();
  h = await startHarness('sqlite');
  browser = await launchChromium();
  const login = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(h.url + '/api/console/agents', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@shop.test', name: 'Agent', role: 'agent', password: PASSWORD }) });
  expect(res.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function signIn(email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(h.url + '/console/');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('queue-list').waitFor();
  return page;
}

const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `admin-${name}.png`), fullPage: false });
};

describe('admin pages in a browser', () => {
  it('an admin adds training examples, retrains and sees the new intent in try-it', { timeout: 150_000 }, async () => {
    const page = await signIn(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    await page.goto(h.url + '/console/admin/intents');
    await page.getByTestId('admin-nav').waitFor();
    await page.getByTestId('intent-table').getByText('return_request').waitFor();

    const examples = ['how much is left on my gift card', 'gift card balance please', 'check the balance of my gift card', 'what is my gift card worth now', 'remaining value on my giftcard'];
    for (const text of examples) {
      await page.getByTestId('example-intent').fill('gift_card_balance');
      await page.getByTestId('example-text').fill(text);
      await page.getByTestId('example-add').click();
      await page.getByTestId('example-list').getByText(text).waitFor();
    }
    await page.getByTestId('retrain').click();
    await page.locator('[data-testid="job-training"][data-status="done"]').waitFor({ timeout: 90_000 });

    await page.getByTestId('try-text').fill('how much money is left on my gift card?');
    await page.getByTestId('try-submit').click();
    await expect.poll(() => page.getByTestId('try-intent').innerText(), { timeout: 10_000 }).toBe('gift_card_balance');
    expect(await page.getByTestId('try-result').innerText()).toMatch(/language en/);

    await page.getByLabel('Folds').selectOption('2');
    await page.getByTestId('evaluate').click();
    await page.locator('[data-testid="job-cross-validation"][data-status="done"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('accuracy-table').getByText('gift_card_balance').waitFor();
    await page.getByTestId('try-text').scrollIntoViewIfNeeded();
    await shoot(page, 'intents');

    // Every page opens from the nav and shows its data.
    const visit = async (title: string, id: string, ready: string) => {
      await page.getByTestId('admin-nav').getByText(title, { exact: true }).click();
      await page.getByTestId(`admin-page-${id}`).waitFor();
      await page.getByTestId(ready).first().waitFor();
      expect(new URL(page.url()).pathname).toBe(`/console/admin/${id}`);
      await shoot(page, id);
    };
    await visit('Knowledge', 'knowledge', 'article-table');
    await visit('Returns & promotions', 'store-rules', 'policy-form');
    await visit('Channels', 'channels', 'channel-table');
    await visit('Business hours', 'hours', 'hours-shop');
    await visit('API keys', 'api-keys', 'api-key-table');

    // The forms send what the server accepts: business hours with a holiday, the return policy, an article.
    const saved = async (text: string) => expect.poll(() => page.getByTestId('admin-status').innerText(), { timeout: 10_000 }).toBe(text);
    await page.getByTestId('admin-nav').getByText('Business hours', { exact: true }).click();
    await page.getByLabel('Saturday hours').fill('10:00-14:00');
    await page.getByLabel('Holiday date').fill('2026-12-25');
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await page.getByRole('button', { name: 'Save hours' }).click();
    await saved('Business hours saved.');
    const hours = (await h.app.ctx.handoff.rules.get(h.tenantId, 0)).businessHours;
    expect(hours.days.sat).toEqual([['10:00', '14:00']]);
    expect(hours.holidays).toEqual(['2026-12-25']);
    await page.getByTestId('admin-nav').getByText('Returns & promotions', { exact: true }).click();
    await page.getByLabel('Return window (days)').fill('21');
    await page.getByRole('button', { name: 'Save return policy' }).click();
    await saved('Return policy saved.');
    expect((await h.app.ctx.reader.returnPolicy(h.tenantId))?.windowDays).toBe(21);
    await page.getByTestId('admin-nav').getByText('Knowledge', { exact: true }).click();
    await page.getByTestId('article-table').getByRole('button', { name: 'Edit' }).first().click();
    await page.getByLabel('Article text').fill('Edited in the browser.');
    await page.getByRole('button', { name: 'Save article' }).click();
    await saved('Article saved.');
    expect((await h.app.ctx.reader.articles(h.tenantId)).some((a) => a.body === 'Edited in the browser.')).toBe(true);

    // A campaign scheduled from the form is listed on the shop's clocks.
    await page.getByTestId('admin-nav').getByText('Campaigns', { exact: true }).click();
    await page.getByLabel('Campaign name').fill('11.11 Singles Day');
    await page.getByLabel('Campaign start').fill('2030-11-11T00:00');
    await page.getByLabel('Campaign end').fill('2030-11-12T02:00');
    await page.getByLabel('Priority boost').selectOption('1');
    await page.getByLabel('Greeting 1').fill('Happy 11.11! Everything is 20% off today.');
    await page.getByRole('button', { name: 'Schedule campaign' }).click();
    const row = page.getByTestId('campaign-table').locator('tr', { hasText: '11.11 Singles Day' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/2030-11-11 00:00\s+2030-11-12 02:00\s+scheduled/);
    await visit('Campaigns', 'campaigns', 'campaign-table');

    // A new API key is shown once, then listed by its prefix only.
    await page.getByTestId('admin-nav').getByText('API keys', { exact: true }).click();
    await page.getByLabel('Key name').fill('ERP sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = await page.getByTestId('new-api-key').locator('code').innerText();
    expect(shown).toMatch(/^pdk_/);
    await page.getByTestId('api-key-table').getByText('ERP sync').waitFor();
    expect(await page.getByTestId('api-key-table').innerText()).not.toContain(shown);
  });

  it('an agent cannot open the admin pages', { timeout: 60_000 }, async () => {
    const page = await signIn('agent@shop.test', PASSWORD);
    await page.goto(h.url + '/console/admin/intents');
    await page.getByTestId('queue-list').waitFor();
    expect(await page.getByTestId('admin-nav').count()).toBe(0);
    expect(await page.getByTestId('intent-table').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/console/admin/intents')).status);
    expect(status).toBe(403);
  });
});
