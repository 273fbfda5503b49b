// Shopee end to end against a local Open Platform on 127.0.0.1: pushes signed over "<callback
// url>|body" with the partner key, webchat messages in, replies through sellerchat/send_message with
// shop-level signatures, the access token refreshed (and the refresh token rotated) before it lapses,
// throttling retried, authorization errors dead-lettered, echoes and redeliveries not stored twice,
// forged / replayed / other-shop pushes refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { shopeeApi } from './support/shopee-api.js';
import { orderStatusPush, PARTNER_ID, PARTNER_KEY, pushSignature, REFRESH_TOKEN, SHOP_ID, webchatMessage, webchatNotification } from './fixtures/shopee.js';

describe.each(backends())('Shopee channel (%s)', (backend) => {
  let h: Harness;
  let shopee: PlatformServer;
  let account: { id: string; channel: string; webhookUrl: string };
  let url: string;
  const deliver = (payload: unknown, opts: { key?: string; signedUrl?: string; to?: string } = {}) => {
    const body = JSON.stringify(payload);
    return postRaw(opts.to ?? url, body, { authorization: pushSignature(opts.signedUrl ?? account.webhookUrl, body, opts.key) });
  };
  const sends = (buyer: number) => shopee.requests.filter((r) => r.path.startsWith('/api/v2/sellerchat/send_message') && (r.json as { to_id?: number }).to_id === buyer);
  const refreshes = () => shopee.requests.filter((r) => r.path.startsWith('/api/v2/auth/access_token/get'));

  beforeAll(async () => {
    shopee = await startPlatformServer(shopeeApi({ partnerId: PARTNER_ID, partnerKey: PARTNER_KEY, shopId: SHOP_ID, refreshToken: REFRESH_TOKEN }).handler);
    h = await startHarness(backend, { SHOPEE_API_URL: shopee.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 8).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'shopee', name: 'Acme Shopee MY', config: { partnerId: PARTNER_ID, shopId: SHOP_ID }, secrets: { partnerKey: PARTNER_KEY, refreshToken: REFRESH_TOKEN } });
    expect(res.status).toBe(201);
    account = res.json;
    url = webhookPath(h, 'shopee', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await shopee?.close();
  });

  it('answers a buyer through send_message, signed for the shop, after refreshing the access token once', async () => {
    expect((await deliver(webchatMessage({ messageId: '2310000000000001', buyerId: 88100001, text: 'hello, is this in stock?' }))).json).toMatchObject({ accepted: 1 });
    await shopee.waitFor(() => sends(88100001).length > 0);
    const sent = sends(88100001)[0]!;
    const q = new URL(sent.path, 'http://x').searchParams;
    expect(q.get('partner_id')).toBe(PARTNER_ID);
    expect(q.get('shop_id')).toBe(SHOP_ID);
    const expected = createHmac('sha256', PARTNER_KEY).update(`${PARTNER_ID}/api/v2/sellerchat/send_message${q.get('timestamp')}${q.get('access_token')}${SHOP_ID}`).digest('hex');
    expect(q.get('sign')).toBe(expected);
    expect(sent.json).toMatchObject({ to_id: 88100001, message_type: 'text', content: { text: expect.any(String) } });
    expect(refreshes()).toHaveLength(1);
    const refresh = refreshes()[0]!;
    expect(refresh.json).toEqual({ refresh_token: REFRESH_TOKEN, partner_id: Number(PARTNER_ID), shop_id: Number(SHOP_ID) });
    expect(new URL(refresh.path, 'http://x').searchParams.get('sign')).toBe(createHmac('sha256', PARTNER_KEY).update(`${PARTNER_ID}/api/v2/auth/access_token/get${new URL(refresh.path, 'http://x').searchParams.get('timestamp')}`).digest('hex'));
    // The reply carries Shopee's message id; the stored grant is sealed.
    const reply = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id?.startsWith('23109876')));
    expect(reply.text).toBe((sent.json as { content: { text: string } }).content.text);
    const grant = await h.app.ctx.store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
    expect(grant.tenant_id).toBe(h.tenantId);
    expect(grant.grant).not.toContain(q.get('access_token')!);
    expect(grant.access_expires_at).toBeGreaterThan(Date.now() + 3 * 3_600_000);
  });

  it('reuses the access token, and refreshes it with the rotated refresh token when it is about to lapse', async () => {
    await deliver(webchatMessage({ messageId: '2310000000000002', buyerId: 88100002, text: 'hi' }));
    await shopee.waitFor(() => sends(88100002).length > 0);
    expect(refreshes()).toHaveLength(1);
    const firstSend = sends(88100002)[0]!;
    await h.app.ctx.store.db.updateTable('channel_tokens').set({ access_expires_at: Date.now() + 60_000 }).where('account_id', '=', account.id).execute();
    await deliver(webchatMessage({ messageId: '2310000000000012', buyerId: 88100008, text: 'hi again' }));
    await shopee.waitFor(() => sends(88100008).length > 0);
    expect(refreshes()).toHaveLength(2);
    const second = refreshes()[1]!.json as { refresh_token: string };
    // The refresh token Shopee handed out at the first refresh, not the one the merchant entered.
    expect(second.refresh_token).not.toBe(REFRESH_TOKEN);
    expect(second.refresh_token).toMatch(/72656672657368746f6b656e$/);
    const newToken = new URL(sends(88100008)[0]!.path, 'http://x').searchParams.get('access_token');
    expect(newToken).not.toBe(new URL(firstSend.path, 'http://x').searchParams.get('access_token'));
    const row = await h.app.ctx.store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
    expect(row.access_expires_at).toBeGreaterThan(Date.now() + 3 * 3_600_000);
  });

  it('stores a redelivered push once, and skips echoes of our own messages, notifications and other push codes', async () => {
    const push = webchatMessage({ messageId: '2310000000000003', buyerId: 88100003, text: 'where is my parcel?', contentAsString: true });
    expect((await deliver(push)).json).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await deliver(push)).json).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await deliver(webchatMessage({ messageId: '2310000000000004', buyerId: 88100003, fromShop: true, text: 'Thanks for your order!' }))).json).toMatchObject({ accepted: 0 });
    expect((await deliver(webchatNotification())).json).toMatchObject({ accepted: 0 });
    expect((await deliver(orderStatusPush())).json).toMatchObject({ accepted: 0 });
    const image = await deliver(webchatMessage({ messageId: '2310000000000005', buyerId: 88100003, type: 'image', content: { url: 'https://cf.shopee.sg/file/abc', thumb_url: 'https://cf.shopee.sg/file/abc_tn' } }));
    expect(image.json).toMatchObject({ accepted: 1 });
    const msgs = await messagesOf(h, h.tenantId, account.channel);
    expect(msgs.filter((m) => m.external_id === '2310000000000003')).toHaveLength(1);
    expect(msgs.some((m) => m.external_id === '2310000000000004')).toBe(false);
    expect(msgs.find((m) => m.external_id === '2310000000000005')?.text).toBe('[image]');
  });

  it('stores a buyer whose name holds control characters (PostgreSQL text takes no NUL)', async () => {
    const push = webchatMessage({ messageId: '2310000000000013', buyerId: 88100009, text: 'hi' });
    (push.data.content as { from_user_name: string }).from_user_name = 'rina\u0000\u0007_shop';
    expect((await deliver(push)).json).toMatchObject({ accepted: 1 });
    const customer = await h.app.ctx.store.db.selectFrom('customers').select('name').where('tenant_id', '=', h.tenantId).where('channel', '=', account.channel).where('external_id', '=', '88100009').executeTakeFirstOrThrow();
    expect(customer.name).toBe('rina_shop');
  });

  it('refuses forged, replayed and other-shop pushes with their status, storing nothing', async () => {
    const push = webchatMessage({ messageId: '2310000000000006', buyerId: 88100004, text: 'forged' });
    expect((await deliver(push, { key: 'f'.repeat(64) })).status).toBe(401);
    expect((await postRaw(url, JSON.stringify(push), {})).status).toBe(401);
    expect((await deliver(push, { signedUrl: 'https://elsewhere.example/hook' })).status).toBe(401);
    const stale = webchatMessage({ messageId: '2310000000000007', buyerId: 88100004, text: 'replayed', at: Math.floor(Date.now() / 1000) - 7_200 });
    expect((await deliver(stale)).status).toBe(401);
    expect((await deliver(webchatMessage({ messageId: '2310000000000008', buyerId: 88100004, text: 'other shop', shopId: 999001 }))).status).toBe(403);
    const bad = JSON.stringify({ code: 10, shop_id: Number(SHOP_ID), timestamp: Math.floor(Date.now() / 1000), data: { type: 'message', content: { message_id: 'x' } } });
    expect((await postRaw(url, bad, { authorization: pushSignature(account.webhookUrl, bad) })).status).toBe(400);
    expect((await deliver(push, { to: webhookPath(h, 'shopee', 'cha_missing') })).status).toBe(404);
    const ids = (await messagesOf(h, h.tenantId, account.channel)).map((m) => m.external_id);
    for (const id of ['2310000000000006', '2310000000000007', '2310000000000008']) expect(ids).not.toContain(id);
  });

  it('retries a throttled send with backoff, and dead-letters an authorization error at once', async () => {
    shopee.queue((r) => (r.json as { to_id?: number })?.to_id === 88100005, { status: 429, body: { request_id: 'rl', error: 'error_too_many_request', message: 'Too many requests, please retry later.' } });
    await deliver(webchatMessage({ messageId: '2310000000000009', buyerId: 88100005, text: 'hello' }));
    await shopee.waitFor(() => sends(88100005).length >= 2, 20_000);
    const attempts = sends(88100005);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%"to":"88100005"%').executeTakeFirst());
    expect(row.attempts).toBe(2);

    shopee.queue((r) => (r.json as { to_id?: number })?.to_id === 88100006, { status: 403, body: { request_id: 'au', error: 'error_auth', message: 'Invalid access_token.' } });
    await deliver(webchatMessage({ messageId: '2310000000000010', buyerId: 88100006, text: 'hello' }));
    const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%"to":"88100006"%').executeTakeFirst());
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('error_auth');
    const msg = await h.app.ctx.store.db.selectFrom('messages').select('meta').where('id', '=', dead.message_id!).executeTakeFirstOrThrow();
    expect(JSON.parse(msg.meta!)).toMatchObject({ delivery: { status: 'failed' } });
  });

  it("keeps another tenant's shop apart", async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: `shopee-other-${backend}`, name: 'Other', ownerEmail: `owner@shopee-other-${backend}.test` });
    const theirs = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'shopee', name: 'Their shop', config: { partnerId: '2009999', shopId: '777001' }, secrets: { partnerKey: 'b'.repeat(64), refreshToken: 'their-refresh-token' } }, other.apiKey);
    expect(theirs.status).toBe(201);
    const push = webchatMessage({ messageId: '2310000000000011', buyerId: 88100007, text: 'hello', shopId: 777001 });
    const body = JSON.stringify(push);
    // Our partner key cannot sign for their account; theirs lands in their tenant only.
    expect((await postRaw(webhookPath(h, 'shopee', theirs.json.id), body, { authorization: pushSignature(theirs.json.webhookUrl, body) })).status).toBe(401);
    expect((await postRaw(webhookPath(h, 'shopee', theirs.json.id), body, { authorization: pushSignature(theirs.json.webhookUrl, body, 'b'.repeat(64)) })).json.accepted).toBe(1);
    expect((await messagesOf(h, other.tenantId, theirs.json.channel)).map((m) => m.external_id)).toContain('2310000000000011');
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '2310000000000011')).toBe(false);
    expect((await api(h, 'GET', '/api/v1/channel-accounts')).json.accounts.some((a: { id: string }) => a.id === theirs.json.id)).toBe(false);
  });
});
