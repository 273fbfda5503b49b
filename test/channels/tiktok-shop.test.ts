// TikTok Shop end to end against a local Partner API on 127.0.0.1: webhooks signed over app_key + body,
// NEW_MESSAGE in, replies to the buyer's conversation with signed requests and x-tts-access-token, the
// access token refreshed (refresh token rotated) before it lapses, throttling retried, authorization
// errors dead-lettered, echoes and redeliveries not stored twice, forged / replayed / other-shop
// webhooks refused, another tenant kept apart.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { tiktokShopApi } from './support/tiktok-shop-api.js';
import { APP_KEY, APP_SECRET, newConversation, newMessage, orderStatusChange, REFRESH_TOKEN, SHOP_CIPHER, SHOP_ID, webhookSignature } from './fixtures/tiktok-shop.js';

describe.each(backends())('TikTok Shop channel (%s)', (backend) => {
  let h: Harness;
  let tts: PlatformServer;
  let account: { id: string; channel: string; webhookUrl: string };
  let url: string;
  const deliver = (payload: unknown, opts: { secret?: string; to?: string } = {}) => {
    const body = JSON.stringify(payload);
    return postRaw(opts.to ?? url, body, { authorization: webhookSignature(body, opts.secret) });
  };
  const sends = (conversation: string) => tts.requests.filter((r) => r.path.startsWith(`/customer_service/202309/conversations/${conversation}/messages`));
  const refreshes = () => tts.requests.filter((r) => r.path.startsWith('/api/v2/token/refresh'));

  beforeAll(async () => {
    tts = await startPlatformServer(tiktokShopApi({ appKey: APP_KEY, appSecret: APP_SECRET, shopCipher: SHOP_CIPHER, refreshToken: REFRESH_TOKEN }).handler);
    h = await startHarness(backend, { TIKTOK_SHOP_API_URL: tts.url, TIKTOK_SHOP_AUTH_URL: tts.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'tiktokshop', name: 'Acme TikTok Shop ID', config: { appKey: APP_KEY, shopId: SHOP_ID, shopCipher: SHOP_CIPHER }, secrets: { appSecret: APP_SECRET, refreshToken: REFRESH_TOKEN } });
    expect(res.status).toBe(201);
    account = res.json;
    url = webhookPath(h, 'tiktokshop', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await tts?.close();
  });

  it("answers in the buyer's conversation with a signed request, after refreshing the access token once", async () => {
    expect((await deliver(newMessage({ messageId: '7494000000000000001', buyer: '7494560100000000001', conversation: 'CONV_a1', text: 'hello, do you ship to Bandung?' }))).json).toMatchObject({ accepted: 1 });
    await tts.waitFor(() => sends('CONV_a1').length > 0);
    const sent = sends('CONV_a1')[0]!;
    const q = Object.fromEntries(new URL(sent.path, 'http://x').searchParams.entries());
    expect(q).toMatchObject({ app_key: APP_KEY, shop_cipher: SHOP_CIPHER });
    const base = `${APP_SECRET}/customer_service/202309/conversations/CONV_a1/messages` + Object.keys(q).filter((k) => k !== 'sign').sort().map((k) => `${k}${q[k]}`).join('') + sent.body + APP_SECRET;
    expect(q.sign).toBe(createHmac('sha256', APP_SECRET).update(base).digest('hex'));
    expect(sent.headers['x-tts-access-token']).toMatch(/^TTP_\d+access/);
    const body = sent.json as { type: string; content: string };
    expect(body.type).toBe('TEXT');
    const text = (JSON.parse(body.content) as { content: string }).content;
    expect(refreshes()).toHaveLength(1);
    const rq = new URL(refreshes()[0]!.path, 'http://x').searchParams;
    expect(Object.fromEntries(rq.entries())).toEqual({ app_key: APP_KEY, app_secret: APP_SECRET, refresh_token: REFRESH_TOKEN, grant_type: 'refresh_token' });
    const reply = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id?.startsWith('7495') && m.text === text));
    expect(reply.text).toBe(text);
    const grant = await h.app.ctx.store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
    expect(grant.access_expires_at).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(grant.grant).not.toContain(String(sent.headers['x-tts-access-token']));
  });

  it('refreshes with the rotated refresh token when the access token is about to lapse', async () => {
    await h.app.ctx.store.db.updateTable('channel_tokens').set({ access_expires_at: Date.now() + 60_000 }).where('account_id', '=', account.id).execute();
    await deliver(newMessage({ messageId: '7494000000000000002', buyer: '7494560100000000002', conversation: 'CONV_a2', text: 'hi' }));
    await tts.waitFor(() => sends('CONV_a2').length > 0);
    expect(refreshes()).toHaveLength(2);
    expect(new URL(refreshes()[1]!.path, 'http://x').searchParams.get('refresh_token')).toMatch(/^TTP_\d+refresh/);
    expect(sends('CONV_a2')[0]!.headers['x-tts-access-token']).not.toBe(sends('CONV_a1')[0]!.headers['x-tts-access-token']);
  });

  it('stores a redelivery once, and skips echoes of the shop, robot and system, new-conversation and order webhooks', async () => {
    const msg = newMessage({ messageId: '7494000000000000003', buyer: '7494560100000000003', conversation: 'CONV_a3', text: 'where is my order?' });
    expect((await deliver(msg)).json).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await deliver(msg)).json).toMatchObject({ accepted: 0, duplicates: 1 });
    for (const role of ['SHOP', 'CUSTOMER_SERVICE', 'ROBOT', 'SYSTEM']) {
      expect((await deliver(newMessage({ messageId: `74940000000000001${role.length}0`, conversation: 'CONV_a3', text: 'echo', role }))).json).toMatchObject({ accepted: 0 });
    }
    expect((await deliver(newConversation())).json).toMatchObject({ accepted: 0 });
    expect((await deliver(orderStatusChange())).json).toMatchObject({ accepted: 0 });
    expect((await deliver(newMessage({ messageId: '7494000000000000004', buyer: '7494560100000000003', conversation: 'CONV_a3', type: 'ORDER_CARD', content: { order_id: '576461413038785752' } }))).json).toMatchObject({ accepted: 1 });
    const msgs = await messagesOf(h, h.tenantId, account.channel);
    expect(msgs.filter((m) => m.external_id === '7494000000000000003')).toHaveLength(1);
    expect(msgs.find((m) => m.external_id === '7494000000000000004')?.text).toBe('[order 576461413038785752]');
    expect(msgs.some((m) => m.direction === 'in' && m.text === 'echo')).toBe(false);
  });

  it('refuses forged, replayed and other-shop webhooks with their status, storing nothing', async () => {
    const msg = newMessage({ messageId: '7494000000000000005', text: 'forged' });
    expect((await deliver(msg, { secret: 'not-the-app-secret' })).status).toBe(401);
    expect((await postRaw(url, JSON.stringify(msg), {})).status).toBe(401);
    expect((await deliver(newMessage({ messageId: '7494000000000000006', text: 'replayed', at: Math.floor(Date.now() / 1000) - 7_200 }))).status).toBe(401);
    expect((await deliver(newMessage({ messageId: '7494000000000000007', text: 'other shop', shopId: '7490000000000000000' }))).status).toBe(403);
    const bad = JSON.stringify({ type: 14, shop_id: SHOP_ID, timestamp: Math.floor(Date.now() / 1000), data: { conversation_id: 'C', message_id: 'M', type: 'TEXT', content: 'not json', sender: { im_user_id: 'U', role: 'BUYER' } } });
    expect((await postRaw(url, bad, { authorization: webhookSignature(bad) })).status).toBe(400);
    expect((await deliver(msg, { to: webhookPath(h, 'tiktokshop', 'cha_missing') })).status).toBe(404);
    const ids = (await messagesOf(h, h.tenantId, account.channel)).map((m) => m.external_id);
    for (const id of ['7494000000000000005', '7494000000000000006', '7494000000000000007', 'M']) expect(ids).not.toContain(id);
  });

  it('retries a throttled send with backoff, and dead-letters an authorization error at once', async () => {
    tts.queue((r) => r.path.includes('/conversations/CONV_t1/'), { status: 429, body: { code: 36009009, message: 'Too many requests', request_id: 'rl' } });
    await deliver(newMessage({ messageId: '7494000000000000008', buyer: '7494560100000000008', conversation: 'CONV_t1', text: 'hello' }));
    await tts.waitFor(() => sends('CONV_t1').length >= 2, 20_000);
    expect(sends('CONV_t1')[1]!.at - sends('CONV_t1')[0]!.at).toBeGreaterThanOrEqual(900);
    const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%"to":"7494560100000000008"%').executeTakeFirst());
    expect(row.attempts).toBe(2);

    tts.queue((r) => r.path.includes('/conversations/CONV_t2/'), { status: 401, body: { code: 105002, message: 'access token is expired or invalid', request_id: 'au' } });
    await deliver(newMessage({ messageId: '7494000000000000009', buyer: '7494560100000000009', conversation: 'CONV_t2', text: 'hello' }));
    const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%"to":"7494560100000000009"%').executeTakeFirst());
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('105002');
  });

  it("keeps another tenant's shop apart", async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: `tts-other-${backend}`, name: 'Other', ownerEmail: `owner@tts-other-${backend}.test` });
    const theirs = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'tiktokshop', name: 'Their shop', config: { appKey: 'theirappkey1', shopId: '7490000000000000999', shopCipher: 'ROW_their' }, secrets: { appSecret: 'their-app-secret-123', refreshToken: 'their-refresh-token' } }, other.apiKey);
    expect(theirs.status).toBe(201);
    const body = JSON.stringify(newMessage({ messageId: '7494000000000000010', text: 'hello', shopId: '7490000000000000999' }));
    const theirUrl = webhookPath(h, 'tiktokshop', theirs.json.id);
    expect((await postRaw(theirUrl, body, { authorization: webhookSignature(body) })).status).toBe(401);
    expect((await postRaw(theirUrl, body, { authorization: webhookSignature(body, 'their-app-secret-123', 'theirappkey1') })).json.accepted).toBe(1);
    expect((await messagesOf(h, other.tenantId, theirs.json.channel)).map((m) => m.external_id)).toContain('7494000000000000010');
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '7494000000000000010')).toBe(false);
  });
});
