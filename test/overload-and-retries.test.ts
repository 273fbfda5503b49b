// Backpressure and delivery: beyond the backlog bound the server sheds with 503 + Retry-After, every
// message it did accept is answered exactly once, and a failing webhook receiver gets the delivery
// again after backoff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { backends, eventually, startHarness, startWebhookReceiver, type Harness } from './support/harness.js';

describe.each(backends())('overload and retries (%s)', (backend) => {
  let h: Harness;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    h = await startHarness(backend, { MAX_BACKLOG: '100' });
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
    it('sheds beyond the backlog bound with 503 + Retry-After, then answers every accepted message once', async () => {
      // Workers paused: every accepted message adds to the backlog (one conversation each).
      await h.app.pipeline.stop();
      const post = (i: number) =>
        request(h.url + '/api/v1/messages', {
          method: 'POST',
          headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ customer: { externalId: `burst-${i}` }, text: 'how much is shipping?', externalMessageId: `burst-${i}` }),
        }).then(async (r) => ({ i, status: r.statusCode, retryAfter: r.headers['retry-after'], body: (await r.body.json()) as { messageId?: string; error?: { code: string } } }));
      const results = [];
      for (let i = 0; i < 130; i++) results.push(await post(i));
      const accepted = results.filter((r) => r.status === 202);
      const shed = results.filter((r) => r.status === 503);
      expect(accepted).toHaveLength(100);
      expect(shed).toHaveLength(30);
      for (const s of shed) {
        expect(s.retryAfter).toBeDefined();
        expect(s.body.error!.code).toBe('overloaded');
      }

      h.app.pipeline.start();
      const ids = accepted.map((a) => a.body.messageId!);
      await hook.waitFor((r) => ids.every((id) => r.some((x) => x.json.data.inReplyTo?.messageId === id)), 30_000);
      // The client retries what was shed, as Retry-After asks; now there is room.
      const retried = await Promise.all(shed.map((s) => post(s.i)));
      expect(retried.every((r) => r.status === 202)).toBe(true);
      ids.push(...retried.map((r) => r.body.messageId!));
      await hook.waitFor((r) => ids.every((id) => r.some((x) => x.json.data.inReplyTo?.messageId === id)), 30_000);
      for (const id of ids) expect(hook.received.filter((x) => x.json.data.inReplyTo?.messageId === id)).toHaveLength(1);
      expect(hook.received.every((r) => r.verified)).toBe(true);
    });

    it('retried the deliveries the receiver refused', async () => {
      // A delivery is marked sent just after the receiver answers it.
      const rows = await eventually(async () => {
        const all = await h.app.ctx.store.db.selectFrom('outbox').select(['status', 'attempts']).execute();
        return all.every((r) => r.status === 'sent') ? all : undefined;
      });
      expect(rows.filter((r) => r.attempts > 1).length).toBe(2);
    });
  });
});
