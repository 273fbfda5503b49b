// Messenger and Instagram end to end against a local Graph Send API on 127.0.0.1: handshake, signed
// webhooks, replies as RESPONSE with quick replies, delivery and read receipts, echoes skipped, the
// 24-hour window (bot replies refused after it, agent replies tagged HUMAN_AGENT within 7 days),
// forged webhooks refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelDeliveryRow } from '../../src/outbox/channel-delivery.js';
import { newId } from '../../src/runtime/ids.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, get, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { sendApi } from './support/send-api.js';
import { hubSignature } from './fixtures/whatsapp.js';
import { deliveryEvent, echoEvent, IG_ID, imageEvent, metaBody, PAGE_ID, postbackEvent, readEvent, textEvent } from './fixtures/meta-messaging.js';

const TOKEN = 'EAAGm0PX4ZCpsBAPageAccessTokenExample0123';
const APP_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

const kinds = [
  { type: 'messenger', object: 'page' as const, accountId: PAGE_ID, config: { pageId: PAGE_ID, humanAgentTag: true } },
  { type: 'instagram', object: 'instagram' as const, accountId: IG_ID, config: { instagramAccountId: IG_ID, humanAgentTag: true } },
];

describe.each(backends())('Messenger and Instagram (%s)', (backend) => {
  let h: Harness;
  let graph: PlatformServer;
  const accounts = new Map<string, { id: string; channel: string; url: string; verifyToken: string }>();
  const sentTo = (id: string) => graph.requests.filter((r) => (r.json as { recipient?: { id?: string } } | undefined)?.recipient?.id === id);

  beforeAll(async () => {
    graph = await startPlatformServer(sendApi({ accountIds: [PAGE_ID, IG_ID], accessToken: TOKEN, maxText: (id) => (id === IG_ID ? 1000 : 2000) }));
    h = await startHarness(backend, { GRAPH_API_URL: graph.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 8).toString('base64') });
    for (const k of kinds) {
      const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: k.type, name: k.type, config: k.config, secrets: { pageAccessToken: TOKEN, appSecret: APP_SECRET } });
      expect(res.status).toBe(201);
      accounts.set(k.type, { id: res.json.id, channel: res.json.channel, url: webhookPath(h, k.type, res.json.id), verifyToken: res.json.generatedSecrets.verifyToken });
    }
  });

  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  describe.each(kinds)('$type', (k) => {
    const deliver = (messaging: unknown[], secret = APP_SECRET) => {
      const body = JSON.stringify(metaBody(k.object, k.accountId, messaging));
      return postRaw(accounts.get(k.type)!.url, body, { 'x-hub-signature-256': hubSignature(secret, body) });
    };
    const user = (n: number) => `${k.type === 'messenger' ? '2' : '3'}46000000000${n}`;

    it('answers the hub.challenge handshake', async () => {
      const a = accounts.get(k.type)!;
      expect(await get(`${a.url}?hub.mode=subscribe&hub.verify_token=${a.verifyToken}&hub.challenge=CHALLENGE_ACCEPTED`)).toEqual({ status: 200, text: 'CHALLENGE_ACCEPTED' });
      expect((await get(`${a.url}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=x`)).status).toBe(403);
    });

    it('answers through the Send API as a RESPONSE with quick replies, and records delivery and read', async () => {
      const a = accounts.get(k.type)!;
      expect((await deliver([textEvent(k.accountId, { sender: user(1), mid: `m_${k.type}_1`, text: 'hello! what can you do?' })])).json.accepted).toBe(1);
      await graph.waitFor(() => sentTo(user(1)).length > 0);
      const sent = sentTo(user(1))[0]!;
      expect(sent.path).toBe(`/v21.0/${k.accountId}/messages`);
      const row = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', `%${user(1)}%`).executeTakeFirst());
      const p = JSON.parse(row.payload) as { text: string; quickReplies?: string[] };
      expect(p.quickReplies?.length).toBeGreaterThan(0);
      expect(sent.json).toEqual({ recipient: { id: user(1) }, messaging_type: 'RESPONSE', message: { text: p.text, quick_replies: p.quickReplies!.map((title, i) => ({ content_type: 'text', title, payload: `qr:${i}` })) } });
      const out = await eventually(async () => (await messagesOf(h, h.tenantId, a.channel)).find((m) => m.id === row.message_id && m.external_id !== null));
      expect((await deliver([deliveryEvent(k.accountId, { sender: user(1), mids: [out.external_id!] })])).json.receipts).toBe(1);
      const read = k.type === 'messenger' ? readEvent(k.accountId, { sender: user(1), watermark: Date.now() }) : readEvent(k.accountId, { sender: user(1), mid: out.external_id! });
      expect((await deliver([read])).json.receipts).toBeGreaterThanOrEqual(1);
      const meta = await h.app.ctx.store.db.selectFrom('messages').select('meta').where('id', '=', out.id).executeTakeFirstOrThrow();
      expect(JSON.parse(meta.meta!).delivery.status).toBe('read');
    });

    it('reads postbacks and attachments, skips echoes of our own sends', async () => {
      const a = accounts.get(k.type)!;
      const res = await deliver([
        postbackEvent(k.accountId, { sender: user(2), mid: `m_${k.type}_pb`, title: 'Track my order' }),
        imageEvent(k.accountId, { sender: user(2), mid: `m_${k.type}_img` }),
        echoEvent(k.accountId, { recipient: user(2), mid: `m_${k.type}_echo` }),
      ]);
      expect(res.json.accepted).toBe(2);
      const msgs = await messagesOf(h, h.tenantId, a.channel);
      expect(msgs.find((m) => m.external_id === `m_${k.type}_pb`)?.text).toBe('Track my order');
      expect(msgs.find((m) => m.external_id === `m_${k.type}_img`)?.text).toBe('[image]');
      expect(msgs.some((m) => m.external_id === `m_${k.type}_echo`)).toBe(false);
    });

    it('after 24 hours refuses the bot, and sends an agent reply with the HUMAN_AGENT tag', async () => {
      const a = accounts.get(k.type)!;
      await deliver([textEvent(k.accountId, { sender: user(3), mid: `m_${k.type}_old`, text: 'hello?', at: Date.now() - 30 * 60 * 60 * 1000 })]);
      const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', `%${user(3)}%`).executeTakeFirst());
      expect(dead.last_error).toMatch(/only a human agent/);
      expect(sentTo(user(3))).toHaveLength(0);
      // The row an agent's reply writes (the same builder the pipeline uses for the bot).
      const inbound = (await messagesOf(h, h.tenantId, a.channel)).find((m) => m.external_id === `m_${k.type}_old`)!;
      const now = Date.now();
      const messageId = newId('msg');
      await h.app.ctx.store.db.insertInto('messages').values({ id: messageId, tenant_id: h.tenantId, conversation_id: inbound.conversation_id, channel: a.channel, direction: 'out', author: 'agent', author_id: null, text: 'Sorry for the wait — your parcel left today.', external_id: null, processed_at: now, meta: null, created_at: now }).execute();
      const row = channelDeliveryRow({ tenantId: h.tenantId, channel: a.channel, conversationId: inbound.conversation_id, messageId, to: user(3), text: 'Sorry for the wait — your parcel left today.', author: 'agent', now })!;
      await h.app.ctx.store.db.insertInto('outbox').values(row).execute();
      h.app.outbox.wake();
      await graph.waitFor(() => sentTo(user(3)).length > 0);
      expect(sentTo(user(3))[0]!.json).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Sorry for the wait — your parcel left today.' } });
    });

    it('refuses a forged signature and a payload for another object type', async () => {
      expect((await deliver([textEvent(k.accountId, { sender: user(4), mid: `m_${k.type}_forged`, text: 'x' })], 'another-app-secret-000000')).status).toBe(401);
      const wrongObject = JSON.stringify(metaBody(k.object === 'page' ? 'instagram' : 'page', k.accountId, []));
      expect((await postRaw(accounts.get(k.type)!.url, wrongObject, { 'x-hub-signature-256': hubSignature(APP_SECRET, wrongObject) })).status).toBe(400);
      expect((await messagesOf(h, h.tenantId, accounts.get(k.type)!.channel)).some((m) => m.external_id === `m_${k.type}_forged`)).toBe(false);
    });
  });
});
