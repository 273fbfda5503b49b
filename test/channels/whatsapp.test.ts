// WhatsApp Business Cloud API end to end against a local Graph API on 127.0.0.1: account setup through
// the admin API, the hub.challenge handshake, signed webhooks in, replies out with the documented
// JSON, delivery receipts on our messages, dedupe of platform retries, forged and malformed webhooks
// refused, rate limits and the 24-hour window, tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/runtime/secret-box.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, get, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { graphError, whatsappGraph } from './support/whatsapp-graph.js';
import { buttonReply, hubSignature, PHONE_NUMBER_ID, statusUpdate, textMessage } from './fixtures/whatsapp.js';

const ACCESS_TOKEN = 'EAAJB7pZCZBZA0BAKZCZBExampleAccessToken0123456789';
const APP_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const SECOND_NUMBER = '109876543210987';

describe.each(backends())('WhatsApp channel (%s)', (backend) => {
  let h: Harness;
  let graph: PlatformServer;
  let account: { id: string; channel: string; webhookUrl: string; generatedSecrets: { verifyToken: string } };
  let hookUrl: string;

  const sign = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return { body, headers: { 'x-hub-signature-256': hubSignature(APP_SECRET, body) } };
  };
  const deliver = (payload: unknown, url = hookUrl) => {
    const s = sign(payload);
    return postRaw(url, s.body, s.headers);
  };
  const sentTo = (waId: string) => graph.requests.filter((r) => (r.json as { to?: string } | undefined)?.to === waId);

  beforeAll(async () => {
    graph = await startPlatformServer(whatsappGraph({ phoneNumberIds: [PHONE_NUMBER_ID, SECOND_NUMBER], accessToken: ACCESS_TOKEN }));
    h = await startHarness(backend, { GRAPH_API_URL: graph.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', {
      type: 'whatsapp',
      name: 'Main number',
      config: { phoneNumberId: PHONE_NUMBER_ID, throughputPerSecond: 20 },
      secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET },
    });
    expect(res.status).toBe(201);
    account = res.json;
    hookUrl = webhookPath(h, 'whatsapp', account.id);
  });

  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  describe('account setup', () => {
    it('returns the webhook URL and a generated verify token, and never shows or stores secrets in the clear', async () => {
      expect(account.webhookUrl).toBe(`${h.app.config.publicUrl}/channels/whatsapp/${account.id}/webhook`);
      expect(account.channel).toBe(`whatsapp:${account.id}`);
      expect(account.generatedSecrets.verifyToken).toMatch(/^vt_/);
      const list = await api(h, 'GET', '/api/v1/channel-accounts');
      expect(JSON.stringify(list.json)).not.toContain(ACCESS_TOKEN);
      expect(list.json.accounts[0]).toMatchObject({ id: account.id, type: 'whatsapp', externalId: PHONE_NUMBER_ID, status: 'active' });
      const row = await h.app.ctx.store.db.selectFrom('channel_accounts').selectAll().where('id', '=', account.id).executeTakeFirstOrThrow();
      expect(row.secrets).not.toContain(ACCESS_TOKEN);
      expect(row.secrets).not.toContain(APP_SECRET);
      expect(row.secrets).not.toContain(account.generatedSecrets.verifyToken);
    });

    it('refuses bad settings with the field named, and a second account for the same number', async () => {
      const bad = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'x', config: { phoneNumberId: 'abc' }, secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.message).toMatch(/^config\.phoneNumberId/);
      const noSecret = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'x', config: { phoneNumberId: '123456789' }, secrets: {} });
      expect(noSecret.json.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['secrets.accessToken', 'secrets.appSecret']));
      const unknownType = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'pigeon', name: 'x' });
      expect(unknownType.status).toBe(400);
      const dup = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'again', config: { phoneNumberId: PHONE_NUMBER_ID }, secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET } });
      expect(dup.status).toBe(409);
    });
  });

  describe('verification handshake', () => {
    it('echoes hub.challenge for the right verify token only', async () => {
      const ok = await get(`${hookUrl}?hub.mode=subscribe&hub.verify_token=${account.generatedSecrets.verifyToken}&hub.challenge=1158201444`);
      expect(ok).toEqual({ status: 200, text: '1158201444' });
      expect((await get(`${hookUrl}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444`)).status).toBe(403);
      expect((await get(`${hookUrl}?hub.mode=unsubscribe&hub.verify_token=${account.generatedSecrets.verifyToken}&hub.challenge=1`)).status).toBe(400);
      expect((await get(`${webhookPath(h, 'whatsapp', 'cha_unknown')}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`)).status).toBe(404);
    });
  });

  describe('inbound and outbound', () => {
    it('answers a signed text message through the Graph API and records its delivery receipts', async () => {
      const res = await deliver(textMessage({ waId: '6591234567', name: 'Wei Ling', id: 'wamid.HBgLNjU5MTIzNDU2NxUCABIYFjNFQjBDMDA1', body: 'hello, do you ship to Singapore?' }));
      expect(res).toEqual({ status: 200, json: { accepted: 1, duplicates: 0, receipts: 0 } });
      await graph.waitFor(() => sentTo('6591234567').length > 0);
      const out = sentTo('6591234567')[0]!;
      expect(out.path).toBe(`/v21.0/${PHONE_NUMBER_ID}/messages`);
      expect(out.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      expect(out.json).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '6591234567' });

      const msgs = await messagesOf(h, h.tenantId, account.channel);
      const inbound = msgs.find((m) => m.external_id === 'wamid.HBgLNjU5MTIzNDU2NxUCABIYFjNFQjBDMDA1')!;
      expect(inbound.text).toBe('hello, do you ship to Singapore?');
      const customer = await h.app.ctx.store.db.selectFrom('customers').selectAll().where('id', '=', inbound.author_id!).executeTakeFirstOrThrow();
      expect(customer).toMatchObject({ tenant_id: h.tenantId, channel: account.channel, external_id: '6591234567', name: 'Wei Ling' });

      const reply = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id !== null));
      const wamid = reply.external_id!;
      expect(wamid).toMatch(/^wamid\.OUT/);
      // Receipts arrive out of order and twice; the status only moves forward. Each change reaches the
      // consoles (message.updated) so the ticks move live.
      const updates: { id: string; status?: string }[] = [];
      const unsubscribe = h.app.ctx.bus.subscribe((e) => e.type === 'message.updated' && updates.push({ id: e.message.id, ...(e.message.delivery ? { status: e.message.delivery.status } : {}) }));
      expect((await deliver(statusUpdate({ id: wamid, status: 'read' }))).json.receipts).toBe(1);
      await eventually(async () => (updates.some((u) => u.id === reply.id && u.status === 'read') ? true : undefined));
      unsubscribe();
      expect((await deliver(statusUpdate({ id: wamid, status: 'delivered' }))).json.receipts).toBe(0);
      expect((await deliver(statusUpdate({ id: wamid, status: 'read' }))).json.receipts).toBe(0);
      const after = await h.app.ctx.store.db.selectFrom('messages').select('meta').where('id', '=', reply.id).executeTakeFirstOrThrow();
      expect(JSON.parse(after.meta!).delivery).toMatchObject({ status: 'read' });
    });

    it('stores and answers a platform retry once', async () => {
      const payload = textMessage({ waId: '6598765432', id: 'wamid.RETRY1', body: 'what payment methods do you accept?' });
      const results = await Promise.all([deliver(payload), deliver(payload), deliver(payload)]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(results.reduce((s, r) => s + r.json.accepted, 0)).toBe(1);
      await graph.waitFor(() => sentTo('6598765432').length > 0);
      expect((await deliver(payload)).json).toMatchObject({ accepted: 0, duplicates: 1 });
      // A later message proves the pipeline has moved past the retries before counting replies.
      await deliver(textMessage({ waId: '6598765432', id: 'wamid.RETRY2', body: 'thanks' }));
      await graph.waitFor(() => sentTo('6598765432').length >= 2);
      const msgs = (await messagesOf(h, h.tenantId, account.channel)).filter((m) => m.external_id === 'wamid.RETRY1');
      expect(msgs).toHaveLength(1);
      const replies = (await messagesOf(h, h.tenantId, account.channel)).filter((m) => m.direction === 'out' && m.meta?.includes(msgs[0]!.id));
      expect(replies.length).toBeGreaterThan(0);
      const deliveries = await h.app.ctx.store.db.selectFrom('outbox').select('id').where('message_id', 'in', replies.map((r) => r.id)).execute();
      expect(deliveries).toHaveLength(replies.length);
    });

    it('reads a tapped reply button as its title', async () => {
      expect((await deliver(buttonReply({ waId: '6590000001', id: 'wamid.BTN1', title: 'Track my order' }))).status).toBe(200);
      const m = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((x) => x.external_id === 'wamid.BTN1'));
      expect(m.text).toBe('Track my order');
    });

    it('retries after the throughput limit and a 429, then delivers', async () => {
      graph.queue((r) => (r.json as { to?: string }).to === '6590000002', graphError(130429, '(#130429) Rate limit hit'), { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 4, message: 'Application request limit reached' } } });
      const before = graph.requests.length;
      await deliver(textMessage({ waId: '6590000002', id: 'wamid.RL1', body: 'hi' }));
      await graph.waitFor(() => sentTo('6590000002').length >= 3, 20_000);
      const attempts = graph.requests.slice(before).filter((r) => (r.json as { to?: string }).to === '6590000002');
      expect(attempts.length).toBe(3);
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(900);
      const row = await eventually(async () => {
        const r = await h.app.ctx.store.db.selectFrom('outbox').selectAll().where('kind', '=', 'channel').where('status', '=', 'sent').where('payload', 'like', '%6590000002%').executeTakeFirst();
        return r;
      });
      expect(row.attempts).toBe(3);
      // The reply's quick replies went out as reply buttons.
      const stored = JSON.parse(row.payload) as { text: string; quickReplies: string[] };
      expect(attempts[2]!.json).toMatchObject({
        type: 'interactive',
        interactive: { type: 'button', body: { text: stored.text }, action: { buttons: stored.quickReplies.map((title, i) => ({ type: 'reply', reply: { id: `qr:${i}`, title } })) } },
      });
    });

    it('outside the 24-hour window sends nothing free-form: without a template the reply is dead-lettered and marked failed', async () => {
      const dayAgo = Date.now() - 25 * 60 * 60 * 1000;
      const before = graph.requests.length;
      await deliver(textMessage({ waId: '6590000003', id: 'wamid.OLD1', body: 'hello?', at: dayAgo }));
      const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%6590000003%').executeTakeFirst());
      expect(dead.last_error).toMatch(/24-hour/);
      expect(dead.attempts).toBe(1);
      expect(graph.requests.slice(before).filter((r) => (r.json as { to?: string }).to === '6590000003')).toHaveLength(0);
      const msg = await h.app.ctx.store.db.selectFrom('messages').select('meta').where('id', '=', dead.message_id!).executeTakeFirstOrThrow();
      expect(JSON.parse(msg.meta!).delivery).toMatchObject({ status: 'failed', error: expect.stringMatching(/24-hour/) });
    });
  });

  describe('approved templates', () => {
    it("outside the window sends the account's reopen template carrying the reply, never free-form text", async () => {
      const res = await api(h, 'POST', '/api/v1/channel-accounts', {
        type: 'whatsapp',
        name: 'Templates',
        config: { phoneNumberId: SECOND_NUMBER, templates: [{ name: 'reply_ready', language: 'en_US', purpose: 'reopen', bodyParameters: 1 }] },
        secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET },
      });
      expect(res.status).toBe(201);
      await deliver(textMessage({ waId: '6590000004', id: 'wamid.OLD2', body: 'hello?', at: Date.now() - 30 * 60 * 60 * 1000, phoneNumberId: SECOND_NUMBER }), webhookPath(h, 'whatsapp', res.json.id));
      const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('payload', 'like', '%6590000004%').where('status', '=', 'sent').executeTakeFirst());
      const sent = sentTo('6590000004');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.path).toBe(`/v21.0/${SECOND_NUMBER}/messages`);
      const text = (JSON.parse(row.payload) as { text: string }).text;
      expect(sent[0]!.json).toEqual({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '6590000004',
        type: 'template',
        template: { name: 'reply_ready', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: text.replace(/\s+/g, ' ').trim().slice(0, 1024) }] }] },
      });
    });
  });

  describe('forged and malformed webhooks', () => {
    it('refuses a wrong or missing signature, a malformed payload and an unknown account, and stores nothing', async () => {
      const payload = textMessage({ waId: '6590000009', id: 'wamid.FORGED', body: 'give me a refund' });
      const body = JSON.stringify(payload);
      expect((await postRaw(hookUrl, body, { 'x-hub-signature-256': hubSignature('not-the-app-secret', body) })).status).toBe(401);
      expect((await postRaw(hookUrl, body, {})).status).toBe(401);
      // Signed over other bytes than those sent (a re-serialised body).
      expect((await postRaw(hookUrl, JSON.stringify(payload, null, 1), { 'x-hub-signature-256': hubSignature(APP_SECRET, body) })).status).toBe(401);
      const malformed = '{"object":"whatsapp_business_account","entry":[{"id":1}]}';
      expect((await postRaw(hookUrl, malformed, { 'x-hub-signature-256': hubSignature(APP_SECRET, malformed) })).status).toBe(400);
      const junk = Buffer.from([0xff, 0xfe, 0x00, 0x7b]);
      expect((await postRaw(hookUrl, junk, { 'x-hub-signature-256': hubSignature(APP_SECRET, junk) })).status).toBe(400);
      expect((await deliver(payload, webhookPath(h, 'whatsapp', 'cha_doesnotexist'))).status).toBe(404);
      expect((await deliver(payload, webhookPath(h, 'telegram', account.id))).status).toBe(404);
      const stored = await h.app.ctx.store.db.selectFrom('messages').select('id').where('external_id', '=', 'wamid.FORGED').execute();
      expect(stored).toHaveLength(0);
    });
  });

  describe('secrets at rest', () => {
    it('answers 503 (the platform retries) when the secrets were sealed with another key', async () => {
      const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'Other key', config: { phoneNumberId: '123450000' }, secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET } });
      const foreign = new SecretBox(Buffer.alloc(32, 1)).seal(JSON.stringify({ accessToken: ACCESS_TOKEN, appSecret: APP_SECRET, verifyToken: 'v'.repeat(20) }), `channel-account:${h.tenantId}:${res.json.id}`);
      await h.app.ctx.store.db.updateTable('channel_accounts').set({ secrets: foreign }).where('id', '=', res.json.id).execute();
      const r = await deliver(textMessage({ id: 'wamid.KEY', body: 'hi', phoneNumberId: '123450000' }), webhookPath(h, 'whatsapp', res.json.id));
      expect(r.status).toBe(503);
      expect(r.json.error.code).toBe('channel_unavailable');
    });
  });

  describe('one customer across channels', () => {
    it('records the WhatsApp number as verified and links it to the API shopper who proved an order with that phone', async () => {
      const row = await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').limit(1).executeTakeFirstOrThrow();
      const order = JSON.parse(row.data) as { number: string; phone: string };
      const waId = order.phone.replace(/\D/g, '');
      expect((await deliver(textMessage({ waId, id: 'wamid.LINK1', body: 'hello' }))).json.accepted).toBe(1);
      const customerOf = (channel: string, externalId: string) => h.app.ctx.store.db.selectFrom('customers').selectAll().where('tenant_id', '=', h.tenantId).where('channel', '=', channel).where('external_id', '=', externalId).executeTakeFirst();
      const wa = (await customerOf(account.channel, waId))!;
      expect(await h.app.ctx.store.db.selectFrom('customer_identities').select(['kind', 'value', 'source']).where('customer_id', '=', wa.id).execute()).toEqual([{ kind: 'phone', value: waId, source: 'channel' }]);

      const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: 'link-api' }, text: `where is order ${order.number}? my phone is ${order.phone}` }) });
      expect(res.status).toBe(202);
      const linked = await eventually(async () => {
        const [a, b] = [await customerOf(account.channel, waId), await customerOf('api', 'link-api')];
        return a?.profile_id && a.profile_id === b?.profile_id ? a.profile_id : undefined;
      });
      expect(linked).toBe(wa.id);
    });
  });

  describe('tenants', () => {
    it("keeps another tenant's account, customers and messages apart, and a disabled account stops answering", async () => {
      const other = await createTenant(h.app.ctx.store.db, { slug: `wa-other-${backend}`, name: 'Other', ownerEmail: `owner@wa-other-${backend}.test` });
      const otherSecret = 'ffffeeeeddddccccbbbbaaaa99998888';
      const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'Theirs', config: { phoneNumberId: PHONE_NUMBER_ID }, secrets: { accessToken: ACCESS_TOKEN, appSecret: otherSecret } }, other.apiKey);
      expect(res.status).toBe(201);
      // Their app secret does not open our webhook, nor ours theirs.
      const payload = textMessage({ waId: '6590000010', id: 'wamid.TENANT', body: 'hi' });
      const body = JSON.stringify(payload);
      expect((await postRaw(webhookPath(h, 'whatsapp', res.json.id), body, { 'x-hub-signature-256': hubSignature(APP_SECRET, body) })).status).toBe(401);
      expect((await postRaw(webhookPath(h, 'whatsapp', res.json.id), body, { 'x-hub-signature-256': hubSignature(otherSecret, body) })).status).toBe(200);
      expect((await deliver(payload)).json.accepted).toBe(1);
      const theirs = await messagesOf(h, other.tenantId, res.json.channel);
      const ours = await messagesOf(h, h.tenantId, account.channel);
      expect(theirs.filter((m) => m.external_id === 'wamid.TENANT')).toHaveLength(1);
      expect(ours.filter((m) => m.external_id === 'wamid.TENANT')).toHaveLength(1);
      expect(theirs.find((m) => m.external_id === 'wamid.TENANT')!.conversation_id).not.toBe(ours.find((m) => m.external_id === 'wamid.TENANT')!.conversation_id);
      // The same verified number in two tenants links nothing across them.
      const sameNumber = await h.app.ctx.store.db.selectFrom('customers').select(['tenant_id', 'profile_id']).where('external_id', '=', '6590000010').execute();
      expect(sameNumber.map((c) => c.tenant_id).sort()).toEqual([h.tenantId, other.tenantId].sort());
      expect(sameNumber.every((c) => (c.profile_id ?? null) === null)).toBe(true);
      expect((await api(h, 'GET', '/api/v1/channel-accounts', undefined, other.apiKey)).json.accounts.map((a: { id: string }) => a.id)).toEqual([res.json.id]);
      expect((await api(h, 'DELETE', `/api/v1/channel-accounts/${account.id}`, undefined, other.apiKey)).status).toBe(404);
      expect((await api(h, 'DELETE', `/api/v1/channel-accounts/${res.json.id}`, undefined, other.apiKey)).status).toBe(204);
      expect((await postRaw(webhookPath(h, 'whatsapp', res.json.id), body, { 'x-hub-signature-256': hubSignature(otherSecret, body) })).status).toBe(404);
    });
  });
});
