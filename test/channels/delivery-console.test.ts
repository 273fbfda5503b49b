// Delivery ticks and the dead-letter alert in the console, end to end against the local Telegram Bot
// API: a reply the platform refuses for good is dead-lettered, reaches a signed-in console live as a
// failed message with the reason, is listed as a dead letter, and an agent's retry sends it again and
// turns the tick to 'sent' live. Another tenant neither sees nor retries it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { telegramApi } from './support/telegram-api.js';
import { BOT_TOKEN, privateText } from './fixtures/telegram.js';

type Frame = { type: string; message?: { id: string; delivery?: { status: string; error?: string } } };
interface DeadLetter { id: string; conversationId: string; messageId: string; error: string; text: string }

describe.each(backends())('delivery ticks and dead letters in the console (%s)', (backend) => {
  let h: Harness;
  let tg: PlatformServer;
  let account: { id: string; channel: string; generatedSecrets: { secretToken: string } };
  let cookie: string;
  let frames: Frame[];
  let ws: WebSocket;

  const login = async (email: string, password: string) => {
    const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const consoleCall = async (c: string, method: string, path: string) => {
    const res = await fetch(h.url + path, { method, headers: { cookie: c } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const sentTo = (chatId: number) => tg.requests.filter((r) => r.path.endsWith('/sendMessage') && (r.json as { chat_id?: number }).chat_id === chatId);

  beforeAll(async () => {
    tg = await startPlatformServer(telegramApi(BOT_TOKEN));
    h = await startHarness(backend, { TELEGRAM_API_URL: tg.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 6).toString('base64') });
    account = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'Shop bot', secrets: { botToken: BOT_TOKEN } })).json;
    cookie = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
    frames = [];
    ws = new WebSocket(h.url.replace('http', 'ws') + '/api/console/ws', { headers: { cookie, origin: h.url } });
    await new Promise<void>((resolve) => ws.on('message', (d) => {
      const f = JSON.parse(String(d)) as Frame;
      frames.push(f);
      if (f.type === 'hello') resolve();
    }));
  });

  afterAll(async () => {
    ws?.close();
    await h?.close();
    await tg?.close();
  });

  it('shows a blocked reply as failed with the reason, lists it, and retries it on request', async () => {
    tg.queue((r) => (r.json as { chat_id?: number }).chat_id === 8080, { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    await postRaw(webhookPath(h, 'telegram', account.id), JSON.stringify(privateText({ updateId: 1, chatId: 8080, messageId: 1, text: 'hello' })), { 'x-telegram-bot-api-secret-token': account.generatedSecrets.secretToken });

    const failed = await eventually(async () => frames.find((f) => f.type === 'message' && f.message?.delivery?.status === 'failed')?.message);
    expect(failed.delivery!.error).toContain('blocked by the user');
    const detailId = (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.id === failed.id)!.conversation_id;
    const detail = await consoleCall(cookie, 'GET', `/api/console/conversations/${detailId}`);
    expect((detail.body.messages as Frame['message'][]).find((m) => m!.id === failed.id)!.delivery).toMatchObject({ status: 'failed', error: expect.stringContaining('blocked') });

    const list = await consoleCall(cookie, 'GET', '/api/console/dead-letters');
    const letter = (list.body.deadLetters as DeadLetter[]).find((d) => d.messageId === failed.id)!;
    expect(letter).toMatchObject({ conversationId: detailId, error: expect.stringContaining('blocked by the user') });

    // The shopper unblocked the bot: the retry goes through and the tick turns to sent, live.
    const retry = await consoleCall(cookie, 'POST', `/api/console/dead-letters/${letter.id}/retry`);
    expect(retry).toMatchObject({ status: 200, body: { ok: true, messageId: failed.id } });
    await tg.waitFor(() => sentTo(8080).length >= 2);
    await eventually(async () => frames.find((f) => f.type === 'message' && f.message?.id === failed.id && f.message.delivery?.status === 'sent'));
    const row = await eventually(async () => {
      const m = (await messagesOf(h, h.tenantId, account.channel)).find((x) => x.id === failed.id)!;
      return JSON.parse(m.meta!).delivery?.status === 'sent' ? m : undefined;
    });
    expect(row.external_id).toMatch(/^8080:\d+$/);
    expect((await consoleCall(cookie, 'GET', '/api/console/dead-letters')).body.deadLetters).toEqual([]);
    expect((await consoleCall(cookie, 'POST', `/api/console/dead-letters/${letter.id}/retry`)).status).toBe(409);
    expect((await consoleCall(cookie, 'POST', `/api/console/messages/${failed.id}/retry`)).status).toBe(409);
  });

  it("keeps dead letters to their tenant: another tenant's console neither lists nor retries them", async () => {
    tg.queue((r) => (r.json as { chat_id?: number }).chat_id === 9090, { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } });
    await postRaw(webhookPath(h, 'telegram', account.id), JSON.stringify(privateText({ updateId: 2, chatId: 9090, messageId: 2, text: 'hello' })), { 'x-telegram-bot-api-secret-token': account.generatedSecrets.secretToken });
    const letter = await eventually(async () => ((await consoleCall(cookie, 'GET', '/api/console/dead-letters')).body.deadLetters as DeadLetter[])[0]);
    const other = await createTenant(h.app.ctx.store.db, { slug: `dl-other-${backend}`, name: 'Other', ownerEmail: `owner@dl-other-${backend}.test` });
    const theirs = await login(`owner@dl-other-${backend}.test`, other.ownerPassword);
    expect((await consoleCall(theirs, 'GET', '/api/console/dead-letters')).body.deadLetters).toEqual([]);
    expect((await consoleCall(theirs, 'POST', `/api/console/dead-letters/${letter.id}/retry`)).status).toBe(404);
    expect((await consoleCall(theirs, 'POST', `/api/console/messages/${letter.messageId}/retry`)).status).toBe(404);
    // Retried from the message itself, by its own tenant: back in line.
    expect((await consoleCall(cookie, 'POST', `/api/console/messages/${letter.messageId}/retry`)).status).toBe(200);
    await tg.waitFor(() => sentTo(9090).length >= 2);
    expect((await consoleCall(cookie, 'POST', '/api/console/dead-letters/not%20an%20id/retry')).status).toBe(400);
    expect((await consoleCall('', 'GET', '/api/console/dead-letters')).status).toBe(401);
    const row = await eventually(async () => {
      const r = await h.app.ctx.store.db.selectFrom('outbox').select('status').where('id', '=', letter.id).executeTakeFirstOrThrow();
      return r.status === 'sent' ? r : undefined;
    });
    expect(row.status).toBe('sent');
  });
});
