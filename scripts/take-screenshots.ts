// Regenerates the README screenshots (docs/images/*.png) from a fresh demo install:
// `npx tsx scripts/take-screenshots.ts`. Uses Debian's Chromium like the browser tests. Writes the
// widget, the console (queue + conversation with the handoff panel), the conversation view with
// suggested replies, and the admin page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/runtime/config.js';
import { fromRoot } from '../src/runtime/paths.js';
import { ensureWebBuilt, launchChromium } from '../test/support/browser.js';

ensureWebBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-shots-'));
const { DATABASE_URL: _d, REDIS_URL: _r, ...env } = process.env;
const app = await createApp(loadConfig({ ...env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }));
const url = await app.start();
const browser = await launchChromium();
try {
  const shopper = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  await shopper.goto(url + '/shop/');
  await shopper.getByTestId('pd-launcher').click();
  for (const text of ['hi!', 'how much is shipping to Malaysia?']) {
    await shopper.getByTestId('pd-input').fill(text);
    await shopper.getByTestId('pd-input').press('Enter');
    await shopper.locator('[data-testid="pd-message"][data-author="bot"]').nth(text === 'hi!' ? 0 : 1).waitFor();
  }
  await shopper.screenshot({ path: fromRoot('docs', 'images', 'widget.png') });

  // A second shopper asks for a human, so the console shows a handoff.
  const api = (path: string, body: unknown) =>
    fetch(url + path, { method: 'POST', headers: { authorization: `Bearer ${app.seeded!.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await api('/api/v1/messages', { customer: { externalId: 'maya-88', name: 'Maya Tan', email: 'maya@example.com', locale: 'en-SG' }, text: 'my parcel says delivered but nothing came. I want to speak to a person' });
  await api('/api/v1/messages', { customer: { externalId: 'budi-7', name: 'Budi Santoso', locale: 'id-ID' }, text: 'kak ongkir ke surabaya berapa ya?' });
  const orders = await app.ctx.store.db.selectFrom('commerce_records').select('data').where('kind', '=', 'order').execute();
  const shipped = orders.map((o) => JSON.parse(o.data) as { number: string; state: string }).find((o) => o.state === 'shipped')!;
  await api('/api/v1/messages', { customer: { externalId: 'lena-3', name: 'Lena Ortiz', locale: 'es-MX' }, text: `This is unacceptable!! Order ${shipped.number} is two weeks late and nobody answers. I want to complain.` });
  // An earlier answer by a colleague, which the conversation view then suggests for Sam's question.
  const earlier = (await (await api('/api/v1/messages', { customer: { externalId: 'ana-5', name: 'Ana Cruz' }, text: 'can I return shoes that are too small?' })).json()) as { conversationId: string };
  await new Promise((r) => setTimeout(r, 1000));
  const login = await fetch(url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: app.seeded!.ownerEmail, password: app.seeded!.ownerPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const consoleCall = (path: string, body: unknown) => fetch(url + path, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await consoleCall(`/api/console/conversations/${earlier.conversationId}/messages`, { text: 'Yes! Start the return from your order page within 30 days; for a size exchange the label is free.' });
  await consoleCall(`/api/console/conversations/${earlier.conversationId}/resolve`, { reasons: ['answered'] });
  await api('/api/v1/messages', { customer: { externalId: 'sam-21', name: 'Sam Lee', locale: 'en-US' }, text: 'I want to return the sneakers, they are too small' });
  await new Promise((r) => setTimeout(r, 2000));

  const agent = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await agent.goto(url + '/console/');
  await agent.getByTestId('login-email').fill(app.seeded!.ownerEmail);
  await agent.getByTestId('login-password').fill(app.seeded!.ownerPassword);
  await agent.getByTestId('login-submit').click();
  await agent.getByTestId('queue-row').first().waitFor();
  await agent.getByTestId('queue-row').filter({ hasText: 'Lena' }).click();
  await agent.getByTestId('message').first().waitFor();
  await agent.getByTestId('order-card').waitFor();
  await agent.getByTestId('note-input').fill('Carrier delayed at the hub; offer a 10% coupon if it is not moving by Friday.');
  await agent.getByTestId('note-add').click();
  await agent.getByTestId('notes').getByText('Carrier delayed').waitFor();
  await agent.locator('.side').evaluate((e) => (e.scrollTop = 0));
  await agent.screenshot({ path: fromRoot('docs', 'images', 'console.png') });
  await agent.getByTestId('queue-row').filter({ hasText: 'Sam Lee' }).click();
  await agent.locator('[data-testid="suggestion"][data-kind="past"]').first().waitFor();
  await agent.locator('[data-testid="suggestion"][data-kind="knowledge"]').first().waitFor();
  await agent.screenshot({ path: fromRoot('docs', 'images', 'conversation-view.png') });
  await agent.goto(url + '/console/admin/rules');
  await agent.getByTestId('rules-editor').waitFor();
  await agent.screenshot({ path: fromRoot('docs', 'images', 'console-admin.png') });
  process.stdout.write('wrote docs/images/widget.png, console.png, conversation-view.png and console-admin.png\n');
} finally {
  await browser.close();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
