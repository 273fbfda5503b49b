// LINE end to end against a local Messaging API on 127.0.0.1: X-Line-Signature over the raw body, the
// console's empty verification call, replies through the single-use reply token, push (with
// X-Line-Retry-Key) once the token is spent or stale, quick replies, dedupe, forged webhooks refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { lineApi } from './support/line-api.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { CHANNEL_ID, CHANNEL_SECRET, followEvent, groupEvent, imageEvent, lineBody, lineSignature, textEvent } from './fixtures/line.js';

const ACCESS_TOKEN = 'Lz0Vx3mZk2ExampleLongLivedChannelAccessToken==';

describe.each(backends())('LINE channel (%s)', (backend) => {
  let h: Harness;
  let line: PlatformServer;
  let fake: ReturnType<typeof lineApi>;
  let account: { id: string; channel: string };
  let url: string;
  const deliver = (events: unknown[], secret = CHANNEL_SECRET, to = url) => {
    const body = JSON.stringify(lineBody(events));
    return postRaw(to, body, { 'x-line-signature': lineSignature(secret, body) });
  };
  const to = (userId: string, path: string) => line.requests.filter((r) => r.path === path && ((r.json as { to?: string }).to === userId || (r.json as { replyToken?: string }).replyToken?.includes(userId)));

  beforeAll(async () => {
    fake = lineApi(ACCESS_TOKEN);
    line = await startPlatformServer(fake.handler);
    h = await startHarness(backend, { LINE_API_URL: line.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 6).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'line', name: 'LINE OA', config: { channelId: CHANNEL_ID }, secrets: { channelSecret: CHANNEL_SECRET, channelAccessToken: ACCESS_TOKEN } });
    expect(res.status).toBe(201);
    account = res.json;
    url = webhookPath(h, 'line', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await line?.close();
  });

  it("accepts the console's verification call (no events)", async () => {
    expect(await deliver([])).toEqual({ status: 200, json: { accepted: 0, duplicates: 0, receipts: 0 } });
  });

  it('answers with the reply token, the quick replies as LINE quick-reply actions', async () => {
    const token = 'rtUaaa1nHuyWiB7yP5Zw52FIkcQobQuGDXCTA';
    fake.issue(token);
    expect((await deliver([textEvent({ userId: 'Uaaa1', messageId: '500000000000000001', text: 'hello, what can you do?', replyToken: token })])).json.accepted).toBe(1);
    await line.waitFor((rs) => rs.some((r) => r.path === '/v2/bot/message/reply'));
    const sent = line.requests.find((r) => r.path === '/v2/bot/message/reply')!;
    expect(sent.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    const reply = await eventually(async () => (await h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%Uaaa1%').executeTakeFirst()));
    const payload = JSON.parse(reply.payload) as { text: string; quickReplies?: string[] };
    expect(payload.quickReplies?.length).toBeGreaterThan(0);
    expect(sent.json).toEqual({
      replyToken: token,
      messages: [{ type: 'text', text: payload.text, quickReply: { items: payload.quickReplies!.map((q) => ({ type: 'action', action: { type: 'message', label: q, text: q } })) } }],
    });
    expect(line.requests.filter((r) => r.path === '/v2/bot/message/push')).toHaveLength(0);
    // The token was used: none is left for this shopper.
    expect(await h.app.ctx.store.db.selectFrom('channel_reply_tokens').selectAll().where('customer_external_id', '=', 'Uaaa1').execute()).toHaveLength(0);
  });

  it('pushes, with a retry key, when the reply token is stale or refused', async () => {
    // LINE refuses this token (never issued): the reply falls back to push at once.
    await deliver([textEvent({ userId: 'Ubbb2', messageId: '500000000000000002', text: 'hi' })]);
    await line.waitFor((rs) => rs.some((r) => r.path === '/v2/bot/message/push' && (r.json as { to: string }).to === 'Ubbb2'));
    const push = line.requests.find((r) => r.path === '/v2/bot/message/push' && (r.json as { to: string }).to === 'Ubbb2')!;
    expect(push.headers['x-line-retry-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const replyAttempts = line.requests.filter((r) => r.path === '/v2/bot/message/reply' && (r.json as { replyToken: string }).replyToken.startsWith('rt500000000000000002'));
    expect(replyAttempts).toHaveLength(1);
  });

  it('retries a 500 on push with the same retry key, and counts a 409 (already accepted) as sent', async () => {
    // LINE accepted the push but the answer was lost: the retry carries the same key and gets 409.
    line.queue((r) => r.path === '/v2/bot/message/push' && (r.json as { to: string }).to === 'Uccc3', { afterHandler: true, status: 500, body: { message: 'Internal server error' } });
    await deliver([textEvent({ userId: 'Uccc3', messageId: '500000000000000003', text: 'hi' })]);
    await line.waitFor((rs) => rs.filter((r) => r.path === '/v2/bot/message/push' && (r.json as { to: string }).to === 'Uccc3').length >= 2, 20_000);
    const pushes = line.requests.filter((r) => r.path === '/v2/bot/message/push' && (r.json as { to: string }).to === 'Uccc3');
    expect(pushes[0]!.headers['x-line-retry-key']).toBe(pushes[1]!.headers['x-line-retry-key']);
    const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%Uccc3%').executeTakeFirst());
    expect(row.attempts).toBe(2);
    expect(pushes).toHaveLength(2);
  });

  it('reads images, skips follow and group events, and stores a redelivery once', async () => {
    const events = [imageEvent({ messageId: '500000000000000004' }), followEvent(), groupEvent({ messageId: '500000000000000005' })];
    const first = await deliver(events);
    const again = await deliver(events);
    expect(first.json.accepted).toBe(1);
    expect(again.json).toMatchObject({ accepted: 0, duplicates: 1 });
    const msgs = await messagesOf(h, h.tenantId, account.channel);
    expect(msgs.find((m) => m.external_id === '500000000000000004')?.text).toBe('[image]');
    expect(msgs.some((m) => m.external_id === '500000000000000005')).toBe(false);
  });

  it('refuses a wrong or missing X-Line-Signature and malformed bodies, storing nothing', async () => {
    const events = [textEvent({ userId: 'Uddd4', messageId: '500000000000000006', text: 'forged' })];
    expect((await deliver(events, '00000000000000000000000000000000')).status).toBe(401);
    expect((await postRaw(url, JSON.stringify(lineBody(events)), {})).status).toBe(401);
    const bad = JSON.stringify({ destination: 'U', events: [{ type: 'message', timestamp: 'yesterday' }] });
    expect((await postRaw(url, bad, { 'x-line-signature': lineSignature(CHANNEL_SECRET, bad) })).status).toBe(400);
    expect((await deliver(events, CHANNEL_SECRET, webhookPath(h, 'line', 'cha_missing'))).status).toBe(404);
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '500000000000000006')).toBe(false);
  });
});
