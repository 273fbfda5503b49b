// Fuzzing every channel's webhook: random and mutated platform payloads, correctly signed so they reach
// the parser, never crash the server (no 5xx), are refused exactly when the parser refuses them, and
// never create a message the parser did not accept; the same bytes with a bad signature never count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLineWebhook } from '../../src/channels/line/webhook-payload.js';
import { parseTelegramUpdate } from '../../src/channels/telegram/update-payload.js';
import { checkPushEnvelope } from '../../src/channels/marketplace-push.js';
import { parseLazadaPush } from '../../src/channels/lazada/push-payload.js';
import { parseShopeePush } from '../../src/channels/shopee/push-payload.js';
import { parseTiktokWebhook } from '../../src/channels/tiktok-shop/webhook-payload.js';
import type { ParseResult, Verdict } from '../../src/channels/types.js';
import { parseWhatsAppWebhook } from '../../src/channels/whatsapp/webhook-payload.js';
import { backends, startHarness, type Harness } from '../support/harness.js';
import * as line from './fixtures/line.js';
import * as meta from './fixtures/meta-messaging.js';
import { parseMetaMessaging } from '../../src/channels/meta/messaging-webhook.js';
import * as tg from './fixtures/telegram.js';
import * as wa from './fixtures/whatsapp.js';
import * as shopee from './fixtures/shopee.js';
import * as tts from './fixtures/tiktok-shop.js';
import * as laz from './fixtures/lazada.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { mutate, randomBytes, randomValue, rng } from './support/fuzz.js';

const WA_SECRET = 'fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz';
const TG_SECRET = 'fuzz-secret-token-for-telegram';

interface ChannelUnderFuzz {
  type: string;
  account: { config?: unknown; secrets: unknown };
  seeds(i: number): unknown[];
  parse(body: Buffer): ParseResult;
  /** `url`: the webhook URL the account was given (Shopee signs it with the body). */
  headers(body: Buffer, good: boolean, url: string): Record<string, string>;
  /** Marketplace pushes: the replay-window and shop checks a signed body passes before the parser. */
  envelope?(body: Buffer): Verdict;
}

const channels: ChannelUnderFuzz[] = [
  {
    type: 'whatsapp',
    account: { config: { phoneNumberId: wa.PHONE_NUMBER_ID }, secrets: { accessToken: 'x'.repeat(40), appSecret: WA_SECRET } },
    seeds: (i) => [
      wa.textMessage({ id: `wamid.F${i}a`, body: 'where is my order?' }),
      wa.imageMessage({ id: `wamid.F${i}b`, caption: 'broken' }),
      wa.buttonReply({ id: `wamid.F${i}c`, title: 'Yes' }),
      wa.locationMessage({ id: `wamid.F${i}d` }),
      wa.statusUpdate({ id: `wamid.F${i}e`, status: 'delivered' }),
    ],
    parse: (b) => parseWhatsAppWebhook(b, wa.PHONE_NUMBER_ID),
    headers: (b, good) => ({ 'x-hub-signature-256': wa.hubSignature(good ? WA_SECRET : 'wrong', b) }),
  },
  ...(['messenger', 'instagram'] as const).map((type) => {
    const object = type === 'messenger' ? ('page' as const) : ('instagram' as const);
    const id = type === 'messenger' ? meta.PAGE_ID : meta.IG_ID;
    return {
      type,
      account: { config: type === 'messenger' ? { pageId: id } : { instagramAccountId: id }, secrets: { pageAccessToken: 'z'.repeat(40), appSecret: WA_SECRET } },
      seeds: (i: number) => [
        meta.metaBody(object, id, [meta.textEvent(id, { sender: `9${i}`, mid: `m_${i}a`, text: 'where is my order?' })]),
        meta.metaBody(object, id, [meta.imageEvent(id, { sender: `9${i}`, mid: `m_${i}b` }), meta.echoEvent(id, { recipient: `9${i}`, mid: `m_${i}c` })]),
        meta.metaBody(object, id, [meta.postbackEvent(id, { sender: `9${i}`, mid: `m_${i}d`, title: 'Yes' }), meta.deliveryEvent(id, { sender: `9${i}`, mids: ['m_x'] })]),
        meta.metaBody(object, id, [meta.readEvent(id, { sender: `9${i}` })]),
      ],
      parse: (b: Buffer) => parseMetaMessaging(b, object, id),
      headers: (b: Buffer, good: boolean) => ({ 'x-hub-signature-256': wa.hubSignature(good ? WA_SECRET : 'wrong', b) }),
    };
  }),
  {
    type: 'telegram',
    account: { secrets: { botToken: tg.BOT_TOKEN, secretToken: TG_SECRET } },
    seeds: (i) => [
      tg.privateText({ updateId: i, messageId: i, text: 'where is my order?' }),
      tg.photoWithCaption({ updateId: i, messageId: 100_000 + i, caption: 'broken' }),
      tg.callbackQuery({ updateId: i, id: `cb${i}`, data: 'Yes' }),
      tg.groupText({ updateId: i, messageId: i, text: 'hi' }),
    ],
    parse: (b) => parseTelegramUpdate(b),
    headers: (_b, good) => ({ 'x-telegram-bot-api-secret-token': good ? TG_SECRET : 'wrong-secret-token-000' }),
  },
  {
    type: 'line',
    account: { config: { channelId: line.CHANNEL_ID }, secrets: { channelSecret: line.CHANNEL_SECRET, channelAccessToken: 'y'.repeat(40) } },
    seeds: (i) => [
      line.lineBody([line.textEvent({ messageId: `9${i}01`, text: 'where is my order?' })]),
      line.lineBody([line.imageEvent({ messageId: `9${i}02` }), line.followEvent()]),
      line.lineBody([line.groupEvent({ messageId: `9${i}03` }), line.textEvent({ messageId: `9${i}04`, text: 'ok' })]),
    ],
    parse: (b) => parseLineWebhook(b),
    headers: (b, good) => ({ 'x-line-signature': line.lineSignature(good ? line.CHANNEL_SECRET : '0'.repeat(32), b) }),
  },
  {
    type: 'shopee',
    account: { config: { partnerId: shopee.PARTNER_ID, shopId: shopee.SHOP_ID }, secrets: { partnerKey: shopee.PARTNER_KEY, refreshToken: shopee.REFRESH_TOKEN } },
    seeds: (i) => [
      shopee.webchatMessage({ messageId: `9${i}01`, text: 'where is my order?' }),
      shopee.webchatMessage({ messageId: `9${i}02`, type: 'image', content: { url: 'https://cf.shopee.sg/file/a' }, contentAsString: true }),
      shopee.webchatMessage({ messageId: `9${i}03`, type: 'order', content: { order_sn: '2512080HX7K3QD' } }),
      shopee.webchatMessage({ messageId: `9${i}05`, type: 'item', content: { item_id: 1234567 }, contentAsString: true }),
      shopee.webchatMessage({ messageId: `9${i}06`, text: 'ok thanks' }),
      shopee.webchatMessage({ messageId: `9${i}04`, fromShop: true, text: 'echo' }),
      shopee.webchatNotification(),
    ],
    parse: (b) => parseShopeePush(b, shopee.SHOP_ID),
    headers: (b, good, url) => ({ authorization: shopee.pushSignature(url, b, good ? shopee.PARTNER_KEY : 'f'.repeat(64)) }),
    envelope: (b) => checkPushEnvelope(b, { shopId: shopee.SHOP_ID, shopField: 'shop_id', windowSeconds: 3_600 }),
  },
  {
    type: 'tiktokshop',
    account: { config: { appKey: tts.APP_KEY, shopId: tts.SHOP_ID, shopCipher: tts.SHOP_CIPHER }, secrets: { appSecret: tts.APP_SECRET, refreshToken: tts.REFRESH_TOKEN } },
    seeds: (i) => [
      tts.newMessage({ messageId: `7${i}01`, text: 'where is my order?' }),
      tts.newMessage({ messageId: `7${i}02`, type: 'IMAGE', content: { url: 'https://p16.tiktokcdn.com/x.jpg' } }),
      tts.newMessage({ messageId: `7${i}03`, type: 'ORDER_CARD', content: { order_id: '576461413038785752' } }),
      tts.newMessage({ messageId: `7${i}05`, type: 'PRODUCT_CARD', content: { product_id: '1729582718312380000' } }),
      tts.newMessage({ messageId: `7${i}06`, text: 'ok thanks' }),
      tts.newMessage({ messageId: `7${i}04`, role: 'SHOP', text: 'echo' }),
      tts.newConversation(),
    ],
    parse: (b) => parseTiktokWebhook(b),
    headers: (b, good) => ({ authorization: tts.webhookSignature(b, good ? tts.APP_SECRET : 'not-the-app-secret') }),
    envelope: (b) => checkPushEnvelope(b, { shopId: tts.SHOP_ID, shopField: 'shop_id', windowSeconds: 3_600 }),
  },
  {
    type: 'lazada',
    account: { config: { appKey: laz.APP_KEY, sellerId: laz.SELLER_ID, region: 'id' }, secrets: { appSecret: laz.APP_SECRET, refreshToken: laz.REFRESH_TOKEN } },
    seeds: (i) => [
      laz.imMessage({ messageId: `L${i}01`, text: 'where is my order?' }),
      laz.imMessage({ messageId: `L${i}02`, templateId: 3, content: { imgUrl: 'https://sg-live.slatic.net/x.jpg' } }),
      laz.imMessage({ messageId: `L${i}03`, templateId: 10007, content: { orderId: '260387474040364' } }),
      laz.imMessage({ messageId: `L${i}05`, templateId: 10006, content: { itemId: 3349820457 } }),
      laz.imMessage({ messageId: `L${i}06`, text: 'ok thanks' }),
      laz.imMessage({ messageId: `L${i}04`, fromSeller: true, text: 'echo' }),
      laz.orderPush(),
    ],
    parse: (b) => parseLazadaPush(b),
    headers: (b, good) => ({ authorization: laz.pushSignature(b, good ? laz.APP_SECRET : 'not-the-app-secret') }),
    envelope: (b) => checkPushEnvelope(b, { shopId: laz.SELLER_ID, shopField: 'seller_id', windowSeconds: 3_600 }),
  },
];

function payload(c: ChannelUnderFuzz, i: number, r: () => number): Buffer {
  if (i % 10 === 0) return randomBytes(r);
  if (i % 10 === 1) return Buffer.from(JSON.stringify(randomValue(r)));
  const seeds = c.seeds(i);
  return Buffer.from(JSON.stringify(mutate(seeds[i % seeds.length], r)));
}

describe.each(channels)('$type parser fuzz', (c) => {
  it('never throws, and whatever it accepts is well-formed', () => {
    const r = rng(20261111);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const res = c.parse(payload(c, i, r));
      if (!res.ok) continue;
      for (const e of res.events) {
        if (e.kind === 'read_watermark') continue;
        expect(e.externalMessageId.length).toBeGreaterThan(0);
        if (e.kind !== 'message') continue;
        accepted++;
        expect(e.from.externalId.length).toBeGreaterThan(0);
        expect(e.text.trim().length).toBeGreaterThan(0);
        expect(e.text.isWellFormed()).toBe(true);
        expect(e.text.includes('\u0000')).toBe(false);
        expect(Number.isFinite(e.receivedAt)).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });
});

describe.each(backends())('webhook fuzz over HTTP (%s)', (backend) => {
  let h: Harness;
  const accounts = new Map<string, { url: string; channel: string; webhookUrl: string }>();

  beforeAll(async () => {
    h = await startHarness(backend, { CHANNEL_SECRETS_KEY: Buffer.alloc(32, 3).toString('base64'), WORKERS: 'false' });
    for (const c of channels) {
      const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: c.type, name: `Fuzz ${c.type}`, ...c.account });
      expect(res.status).toBe(201);
      accounts.set(c.type, { url: webhookPath(h, c.type, res.json.id), channel: res.json.channel, webhookUrl: res.json.webhookUrl });
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it.each(channels)('$type: answers 200 or 400 as the parser decides (401/403 for a stale or other-shop push), never 5xx, and stores only accepted messages', async (c) => {
    const { url, channel, webhookUrl } = accounts.get(c.type)!;
    const r = rng(1111);
    const accepted = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const body = payload(c, i, r);
      const refused = c.envelope?.(body);
      const expected = c.parse(body);
      if (i % 20 === 0) expect((await postRaw(url, body, c.headers(body, false, webhookUrl))).status).toBe(401);
      const res = await postRaw(url, body, c.headers(body, true, webhookUrl));
      expect(res.status, `payload ${i}: ${body.toString('utf8').slice(0, 300)}`).toBe(refused && !refused.ok ? refused.status : expected.ok ? 200 : 400);
      if (expected.ok && (!refused || refused.ok)) for (const e of expected.events) if (e.kind === 'message') accepted.add(e.externalMessageId);
    }
    expect(accepted.size).toBeGreaterThan(10);
    const stored = await messagesOf(h, h.tenantId, channel);
    expect(new Set(stored.map((m) => m.external_id))).toEqual(accepted);
  });
});
