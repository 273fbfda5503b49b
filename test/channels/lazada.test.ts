// Lazada end to end against a local Open Platform on 127.0.0.1: pushes signed over app key + body, IM
// messages in, replies to the buyer's session with signed form calls, the access token refreshed
// (refresh token rotated) before it lapses, call limits retried, access-token errors dead-lettered,
// the seller's echoes and redeliveries not stored twice, forged / replayed / other-seller pushes
// refused, another tenant kept apart.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { lazadaApi } from './support/lazada-api.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { APP_KEY, APP_SECRET, imMessage, orderPush, pushSignature, REFRESH_TOKEN, SELLER_ID } from './fixtures/lazada.js';

describe.each(backends())('Lazada channel (%s)', (backend) => {
  let h: Harness;
  let laz: PlatformServer;
  let account: { id: string; channel: string };
  let url: string;
  const deliver = (payload: unknown, opts: { secret?: string; to?: string } = {}) => {
    const body = JSON.stringify(payload);
    return postRaw(opts.to ?? url, body, { authorization: pushSignature(body, opts.secret) });
  };
  const form = (r: { body: string }) => Object.fromEntries(new URLSearchParams(r.body).entries());
  const sends = (session: string) => laz.requests.filter((r) => r.path === '/im/message/send' && form(r).session_id === session);
  const refreshes = () => laz.requests.filter((r) => r.path === '/auth/token/refresh');

  beforeAll(async () => {
    laz = await startPlatformServer(lazadaApi({ appKey: APP_KEY, appSecret: APP_SECRET, refreshToken: REFRESH_TOKEN }).handler);
    h = await startHarness(backend, { LAZADA_API_URL: laz.url, LAZADA_AUTH_URL: laz.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 10).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'lazada', name: 'Lazada ID', config: { appKey: APP_KEY, sellerId: SELLER_ID, region: 'id' }, secrets: { appSecret: APP_SECRET, refreshToken: REFRESH_TOKEN } });
    expect(res.status).toBe(201);
    account = res.json;
    url = webhookPath(h, 'lazada', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await laz?.close();
  });

  it("answers in the buyer's session with a signed call, after refreshing the access token once", async () => {
    expect((await deliver(imMessage({ messageId: '3RLFDp0001', buyer: '200300401', session: 'S401', text: 'barangnya ready kak?' }))).json).toMatchObject({ accepted: 1 });
    await laz.waitFor(() => sends('S401').length > 0);
    const sent = form(sends('S401')[0]!);
    expect(sent).toMatchObject({ app_key: APP_KEY, sign_method: 'sha256', template_id: '1', session_id: 'S401' });
    const base = '/im/message/send' + Object.keys(sent).filter((k) => k !== 'sign').sort().map((k) => `${k}${sent[k]}`).join('');
    expect(sent.sign).toBe(createHmac('sha256', APP_SECRET).update(base).digest('hex').toUpperCase());
    expect(refreshes()).toHaveLength(1);
    expect(form(refreshes()[0]!).refresh_token).toBe(REFRESH_TOKEN);
    const reply = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id?.startsWith('3RLFDp') && m.text === sent.txt));
    expect(reply.text).toBe(sent.txt);
    const grant = await h.app.ctx.store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
    expect(grant.grant).not.toContain(sent.access_token!);
  });

  it('refreshes with the rotated refresh token when the access token is about to lapse', async () => {
    await h.app.ctx.store.db.updateTable('channel_tokens').set({ access_expires_at: Date.now() + 60_000 }).where('account_id', '=', account.id).execute();
    await deliver(imMessage({ messageId: '3RLFDp0002', buyer: '200300402', session: 'S402', text: 'halo' }));
    await laz.waitFor(() => sends('S402').length > 0);
    expect(refreshes()).toHaveLength(2);
    expect(form(refreshes()[1]!).refresh_token).toMatch(/RefreshToken$/);
    expect(form(sends('S402')[0]!).access_token).not.toBe(form(sends('S401')[0]!).access_token);
  });

  it("stores a redelivery once, and skips the seller's own, recalled and non-chat pushes", async () => {
    const push = imMessage({ messageId: '3RLFDp0003', buyer: '200300403', session: 'S403', text: 'kapan dikirim?' });
    expect((await deliver(push)).json).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await deliver(push)).json).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await deliver(imMessage({ messageId: '3RLFDp0004', session: 'S403', fromSeller: true, text: 'echo' }))).json).toMatchObject({ accepted: 0 });
    expect((await deliver(imMessage({ messageId: '3RLFDp0005', session: 'S403', status: 1, text: 'recalled' }))).json).toMatchObject({ accepted: 0 });
    expect((await deliver(orderPush())).json).toMatchObject({ accepted: 0 });
    expect((await deliver(imMessage({ messageId: '3RLFDp0006', buyer: '200300403', session: 'S403', templateId: 10007, content: { orderId: '260387474040364' } }))).json).toMatchObject({ accepted: 1 });
    const msgs = await messagesOf(h, h.tenantId, account.channel);
    expect(msgs.filter((m) => m.external_id === '3RLFDp0003')).toHaveLength(1);
    expect(msgs.find((m) => m.external_id === '3RLFDp0006')?.text).toBe('[order 260387474040364]');
    expect(msgs.some((m) => ['3RLFDp0004', '3RLFDp0005'].includes(m.external_id ?? ''))).toBe(false);
  });

  it('refuses forged, replayed and other-seller pushes with their status, storing nothing', async () => {
    const push = imMessage({ messageId: '3RLFDp0007', text: 'forged' });
    expect((await deliver(push, { secret: 'not-the-app-secret' })).status).toBe(401);
    expect((await postRaw(url, JSON.stringify(push), {})).status).toBe(401);
    expect((await deliver(imMessage({ messageId: '3RLFDp0008', text: 'replayed', atMs: Date.now() - 7_200_000 }))).status).toBe(401);
    expect((await deliver(imMessage({ messageId: '3RLFDp0009', text: 'other seller', sellerId: '1000999999' }))).status).toBe(403);
    const bad = JSON.stringify({ seller_id: SELLER_ID, message_type: 2, timestamp: Math.floor(Date.now() / 1000), data: { session_id: 'S', message_id: 'M' } });
    expect((await postRaw(url, bad, { authorization: pushSignature(bad) })).status).toBe(400);
    expect((await deliver(push, { to: webhookPath(h, 'lazada', 'cha_missing') })).status).toBe(404);
    const ids = (await messagesOf(h, h.tenantId, account.channel)).map((m) => m.external_id);
    for (const id of ['3RLFDp0007', '3RLFDp0008', '3RLFDp0009', 'M']) expect(ids).not.toContain(id);
  });

  it('retries a call-limited send with backoff, and dead-letters an access-token error at once', async () => {
    laz.queue((r) => r.path === '/im/message/send' && form(r).session_id === 'S410', { status: 200, body: { type: 'ISP', code: 'ApiCallLimit', message: 'The request has exceeded the limit of the API call', request_id: 'rl' } });
    await deliver(imMessage({ messageId: '3RLFDp0010', buyer: '200300410', session: 'S410', text: 'halo' }));
    await laz.waitFor(() => sends('S410').length >= 2, 20_000);
    expect(sends('S410')[1]!.at - sends('S410')[0]!.at).toBeGreaterThanOrEqual(900);
    const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%"to":"200300410"%').executeTakeFirst());
    expect(row.attempts).toBe(2);

    laz.queue((r) => r.path === '/im/message/send' && form(r).session_id === 'S411', { status: 200, body: { type: 'ISV', code: 'IllegalAccessToken', message: 'The specified access token is invalid or expired', request_id: 'au' } });
    await deliver(imMessage({ messageId: '3RLFDp0011', buyer: '200300411', session: 'S411', text: 'halo' }));
    const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%"to":"200300411"%').executeTakeFirst());
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('IllegalAccessToken');
  });

  it("keeps another tenant's seller apart", async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: `laz-other-${backend}`, name: 'Other', ownerEmail: `owner@laz-other-${backend}.test` });
    const theirs = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'lazada', name: 'Their seller', config: { appKey: '130001', sellerId: '1000555555', region: 'th' }, secrets: { appSecret: 'their-app-secret-123', refreshToken: 'their-refresh-token' } }, other.apiKey);
    expect(theirs.status).toBe(201);
    const body = JSON.stringify(imMessage({ messageId: '3RLFDp0012', text: 'hello', sellerId: '1000555555' }));
    const theirUrl = webhookPath(h, 'lazada', theirs.json.id);
    expect((await postRaw(theirUrl, body, { authorization: pushSignature(body) })).status).toBe(401);
    expect((await postRaw(theirUrl, body, { authorization: pushSignature(body, 'their-app-secret-123', '130001') })).json.accepted).toBe(1);
    expect((await messagesOf(h, other.tenantId, theirs.json.channel)).map((m) => m.external_id)).toContain('3RLFDp0012');
    expect((await messagesOf(h, h.tenantId, account.channel)).some((m) => m.external_id === '3RLFDp0012')).toBe(false);
  });
});
