// Telegram end to end against a local Bot API on 127.0.0.1: bot account setup, the secret-token header,
// Update objects in, sendMessage with a reply keyboard out, inline-button taps answered
// (answerCallbackQuery), dedupe of redelivered updates, 429 retry_after, a blocked bot dead-lettered,
// group chats ignored, tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { agentReply } from '../../src/handoff/conversation-actions.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { telegramApi } from './support/telegram-api.js';
import { BOT_TOKEN, callbackQuery, groupText, photoWithCaption, privateText } from './fixtures/telegram.js';

describe.each(backends())('Telegram channel (%s)', (backend) => {
  let h: Harness;
  let tg: PlatformServer;
  let account: { id: string; channel: string; externalId: string; generatedSecrets: { secretToken: string } };
  let url: string;
  const send = (update: unknown, token = account.generatedSecrets.secretToken, to = url) => postRaw(to, JSON.stringify(update), token === '' ? {} : { 'x-telegram-bot-api-secret-token': token });
  const sentTo = (chatId: number) => tg.requests.filter((r) => (r.json as { chat_id?: number } | undefined)?.chat_id === chatId);

  beforeAll(async () => {
    tg = await startPlatformServer(telegramApi(BOT_TOKEN));
    h = await startHarness(backend, { TELEGRAM_API_URL: tg.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 5).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'Shop bot', secrets: { botToken: BOT_TOKEN } });
    expect(res.status).toBe(201);
    account = res.json;
    url = webhookPath(h, 'telegram', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await tg?.close();
  });

  it('names the bot by its id and generates the secret token', () => {
    expect(account.externalId).toBe('7012345678');
    expect(account.generatedSecrets.secretToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a private message with sendMessage, the quick replies as a one-time keyboard', async () => {
    const res = await send(privateText({ updateId: 1, chatId: 4242, messageId: 10, text: 'hi! what can you do?', languageCode: 'pt-br' }));
    expect(res).toEqual({ status: 200, json: { accepted: 1, duplicates: 0, receipts: 0 } });
    await tg.waitFor(() => sentTo(4242).length > 0);
    const out = sentTo(4242)[0]!;
    expect(out.path).toBe(`/bot${BOT_TOKEN}/sendMessage`);
    const reply = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id !== null));
    expect(out.json).toMatchObject({ chat_id: 4242, text: reply.text });
    const meta = JSON.parse(reply.meta!) as { quickReplies?: string[] };
    expect(meta.quickReplies?.length).toBeGreaterThan(0);
    expect((out.json as { reply_markup: unknown }).reply_markup).toEqual({ keyboard: meta.quickReplies!.map((q) => [{ text: q }]), one_time_keyboard: true, resize_keyboard: true });
    expect(reply.external_id).toMatch(/^4242:\d+$/);
    const inbound = (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.external_id === '4242:10')!;
    const customer = await h.app.ctx.store.db.selectFrom('customers').selectAll().where('id', '=', inbound.author_id!).executeTakeFirstOrThrow();
    expect(customer).toMatchObject({ external_id: '4242', name: 'Test Firstname Test Lastname', locale: 'pt-br' });
  });

  it("sends an agent's console reply to the shopper on Telegram", async () => {
    await send(privateText({ updateId: 50, chatId: 5151, messageId: 60, text: 'hello', languageCode: 'en' }));
    const inbound = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.external_id === '5151:60'));
    const owner = await h.app.ctx.store.db.selectFrom('users').selectAll().where('tenant_id', '=', h.tenantId).executeTakeFirstOrThrow();
    const tenant = (await h.app.ctx.tenants.get(h.tenantId))!;
    await agentReply(h.app.ctx.store.db, h.app.ctx.bus, tenant, { id: owner.id, name: owner.name, tenantId: h.tenantId }, inbound.conversation_id, 'Hi, Wei here from the shop team.');
    h.app.ctx.wakeOutbox();
    await tg.waitFor(() => sentTo(5151).some((r) => (r.json as { text?: string }).text === 'Hi, Wei here from the shop team.'));
  });

  it('stores a redelivered update once', async () => {
    const u = privateText({ updateId: 2, chatId: 4343, messageId: 11, text: 'what payment methods do you accept?' });
    const all = await Promise.all([send(u), send(u)]);
    expect(all.reduce((s, r) => s + r.json.accepted, 0)).toBe(1);
    await tg.waitFor(() => sentTo(4343).length > 0);
    expect((await messagesOf(h, h.tenantId, account.channel)).filter((m) => m.external_id === '4343:11')).toHaveLength(1);
  });

  it('reads photos by caption and inline-button taps by their data; ignores group chats', async () => {
    await send(photoWithCaption({ updateId: 3, messageId: 12, caption: 'is this the right size?' }));
    await send(callbackQuery({ updateId: 4, id: '4382bfdwdsb323b2d9', data: 'Track my order' }));
    expect((await send(groupText({ updateId: 5, messageId: 13, text: 'hello bot' }))).json.accepted).toBe(0);
    const msgs = await messagesOf(h, h.tenantId, account.channel);
    expect(msgs.find((m) => m.external_id === '1111111:12')?.text).toBe('is this the right size?');
    expect(msgs.find((m) => m.external_id === 'cb:4382bfdwdsb323b2d9')?.text).toBe('Track my order');
    expect(msgs.some((m) => m.text === 'hello bot')).toBe(false);
  });

  it('answers the callback query of an inline-button tap, so the shopper\'s client stops spinning', async () => {
    const answered = () => tg.requests.filter((r) => r.path === `/bot${BOT_TOKEN}/answerCallbackQuery`).map((r) => r.json);
    const res = await send(callbackQuery({ updateId: 40, id: '9911aa-tap', data: 'Where is my parcel?' }));
    expect(res.json.accepted).toBe(1);
    await tg.waitFor(() => answered().some((j) => (j as { callback_query_id?: string }).callback_query_id === '9911aa-tap'));
    expect(answered().filter((j) => (j as { callback_query_id?: string }).callback_query_id === '9911aa-tap')).toEqual([{ callback_query_id: '9911aa-tap' }]);
    // A forged tap is refused before anything is acknowledged.
    expect((await send(callbackQuery({ updateId: 41, id: 'forged-tap', data: 'hi' }), 'not-the-secret-token')).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(answered().some((j) => (j as { callback_query_id?: string }).callback_query_id === 'forged-tap')).toBe(false);
  });

  it('waits out a 429 retry_after, and dead-letters at once when the bot is blocked', async () => {
    tg.queue((r) => (r.json as { chat_id?: number }).chat_id === 4444, { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } });
    tg.queue((r) => (r.json as { chat_id?: number }).chat_id === 4545, { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    await send(privateText({ updateId: 6, chatId: 4444, messageId: 14, text: 'hello' }));
    await send(privateText({ updateId: 7, chatId: 4545, messageId: 15, text: 'hello' }));
    await tg.waitFor(() => sentTo(4444).length >= 2, 20_000);
    const [first, second] = sentTo(4444);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%"to":"4545"%').executeTakeFirst());
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('blocked by the user');
  });

  it('refuses a wrong or missing secret token and malformed updates, storing nothing', async () => {
    const u = privateText({ updateId: 8, chatId: 4646, messageId: 16, text: 'forged' });
    expect((await send(u, 'not-the-secret-token')).status).toBe(401);
    expect((await send(u, '')).status).toBe(401);
    expect((await postRaw(url, '{"update_id":"x"}', { 'x-telegram-bot-api-secret-token': account.generatedSecrets.secretToken })).status).toBe(400);
    expect((await send(u, account.generatedSecrets.secretToken, webhookPath(h, 'telegram', 'cha_nope'))).status).toBe(404);
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '4646:16')).toBe(false);
  });

  it("keeps another tenant's bot apart", async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: `tg-other-${backend}`, name: 'Other', ownerEmail: `owner@tg-other-${backend}.test` });
    const theirs = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'Their bot', secrets: { botToken: BOT_TOKEN, secretToken: 'their-own-secret-token-123' } }, other.apiKey);
    expect(theirs.status).toBe(201);
    expect(theirs.json.generatedSecrets).toEqual({});
    const u = privateText({ updateId: 9, chatId: 4747, messageId: 17, text: 'hello' });
    expect((await send(u, account.generatedSecrets.secretToken, webhookPath(h, 'telegram', theirs.json.id))).status).toBe(401);
    expect((await send(u, 'their-own-secret-token-123', webhookPath(h, 'telegram', theirs.json.id))).json.accepted).toBe(1);
    expect((await messagesOf(h, other.tenantId, theirs.json.channel)).map((m) => m.external_id)).toContain('4747:17');
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '4747:17')).toBe(false);
  });
});
