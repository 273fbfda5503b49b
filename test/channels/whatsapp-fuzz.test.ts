// Fuzzing the WhatsApp webhook: random and mutated payloads, correctly signed so they reach the parser,
// never crash the server (no 5xx), are refused exactly when the parser refuses them, and never create a
// message the parser did not accept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWhatsAppWebhook } from '../../src/channels/whatsapp/webhook-payload.js';
import { backends, startHarness, type Harness } from '../support/harness.js';
import { buttonReply, hubSignature, imageMessage, locationMessage, PHONE_NUMBER_ID, statusUpdate, textMessage } from './fixtures/whatsapp.js';
import { api, messagesOf, postRaw, webhookPath } from './support/channel-harness.js';
import { mutate, randomBytes, randomValue, rng } from './support/fuzz.js';

const APP_SECRET = 'fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz';

function seeds(i: number): unknown[] {
  return [
    textMessage({ id: `wamid.F${i}a`, body: 'where is my order?' }),
    imageMessage({ id: `wamid.F${i}b`, caption: 'broken' }),
    buttonReply({ id: `wamid.F${i}c`, title: 'Yes' }),
    locationMessage({ id: `wamid.F${i}d` }),
    statusUpdate({ id: `wamid.F${i}e`, status: 'delivered' }),
  ];
}

describe('WhatsApp parser fuzz', () => {
  it('never throws, and whatever it accepts is well-formed', () => {
    const r = rng(20261111);
    for (let i = 0; i < 3000; i++) {
      const body = i % 10 === 0 ? randomBytes(r) : Buffer.from(JSON.stringify(i % 10 === 1 ? randomValue(r) : mutate(seeds(i)[i % 5], r)));
      const res = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);
      if (!res.ok) continue;
      for (const e of res.events) {
        expect(e.externalMessageId.length).toBeGreaterThan(0);
        if (e.kind === 'message') {
          expect(e.text.trim().length).toBeGreaterThan(0);
          expect(e.text.isWellFormed()).toBe(true);
          expect(e.text.includes('\u0000')).toBe(false);
          expect(Number.isFinite(e.receivedAt)).toBe(true);
        }
      }
    }
  });
});

describe.each(backends())('WhatsApp webhook fuzz over HTTP (%s)', (backend) => {
  let h: Harness;
  let url: string;
  let channel: string;

  beforeAll(async () => {
    h = await startHarness(backend, { CHANNEL_SECRETS_KEY: Buffer.alloc(32, 3).toString('base64'), WORKERS: 'false' });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'Fuzz', config: { phoneNumberId: PHONE_NUMBER_ID }, secrets: { accessToken: 'x'.repeat(40), appSecret: APP_SECRET } });
    url = webhookPath(h, 'whatsapp', res.json.id);
    channel = res.json.channel;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 200 or 400 as the parser decides, never 5xx, and stores only accepted messages', async () => {
    const r = rng(1111);
    const accepted = new Set<string>();
    for (let i = 0; i < 250; i++) {
      const body = i % 8 === 0 ? randomBytes(r) : Buffer.from(JSON.stringify(i % 8 === 1 ? randomValue(r) : mutate(seeds(i)[i % 5], r)));
      const expected = parseWhatsAppWebhook(body, PHONE_NUMBER_ID);
      const res = await postRaw(url, body, { 'x-hub-signature-256': hubSignature(APP_SECRET, body) });
      expect(res.status, `payload ${i}: ${body.toString('utf8').slice(0, 300)}`).toBe(expected.ok ? 200 : 400);
      if (expected.ok) for (const e of expected.events) if (e.kind === 'message') accepted.add(e.externalMessageId);
      // The same bytes with a broken signature are never processed.
      if (i % 25 === 0) expect((await postRaw(url, body, { 'x-hub-signature-256': hubSignature('wrong-secret', body) })).status).toBe(401);
    }
    expect(accepted.size).toBeGreaterThan(10);
    const stored = await messagesOf(h, h.tenantId, channel);
    expect(new Set(stored.map((m) => m.external_id))).toEqual(accepted);
  });
});
