// Backpressure and delivery: under a burst beyond the bounded ingest queue the server sheds with
// 503 + Retry-After, and every message it did accept is answered exactly once; a failing webhook
// receiver gets the delivery again after backoff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { backends, startHarness, startWebhookReceiver, type Harness } from './support/harness.js';

describe.each(backends())('overload and retries (%s)', (backend) => {
  let h: Harness;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    h = await startHarness(backend, { MAX_INGEST_QUEUE: '10', INGEST_BATCH: '5' });
    // The first two deliveries fail (500, then 429 with Retry-After): both must be retried.
    hook = await startWebhookReceiver({ fail: (n) => (n === 1 ? 500 : n === 2 ? 429 : undefined) });
    const res = await request(h.url + '/api/v1/webhook', { method: 'PUT', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: hook.url }) });
    hook.setSecret(((await res.body.json()) as { secret: string }).secret);
  });

  afterAll(async () => {
    await h?.close();
    await hook?.close();
  });

  describe('overload', () => {
    it('sheds beyond the queue bound with 503 + Retry-After and answers every accepted message once', async () => {
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          request(h.url + '/api/v1/messages', {
            method: 'POST',
            headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({ customer: { externalId: `burst-${i % 50}` }, text: 'how much is shipping?', externalMessageId: `burst-${i}` }),
          }).then(async (r) => ({ status: r.statusCode, retryAfter: r.headers['retry-after'], body: (await r.body.json()) as { messageId?: string; error?: { code: string } } })),
        ),
      );
      const accepted = results.filter((r) => r.status === 202);
      const shed = results.filter((r) => r.status === 503);
      expect(accepted.length + shed.length).toBe(300);
      expect(shed.length).toBeGreaterThan(0);
      for (const s of shed) {
        expect(s.retryAfter).toBeDefined();
        expect(s.body.error!.code).toBe('overloaded');
      }
      const ids = accepted.map((a) => a.body.messageId!);
      await hook.waitFor((r) => ids.every((id) => r.some((x) => x.json.data.inReplyTo?.messageId === id)), 30_000);
      for (const id of ids) expect(hook.received.filter((x) => x.json.data.inReplyTo?.messageId === id)).toHaveLength(1);
      expect(hook.received.every((r) => r.verified)).toBe(true);
    });

    it('retried the deliveries the receiver refused', async () => {
      const rows = await h.app.ctx.store.db.selectFrom('outbox').select(['status', 'attempts']).execute();
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      expect(rows.filter((r) => r.attempts > 1).length).toBe(2);
    });
  });
});
