// End to end through the HTTP API and the pipeline worker: a shopper cancels a paid demo order over
// four messages (confirming last) and the request lands in shopper_requests for the right tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src/commerce/types.js';
import { backends, startHarness, type Harness } from '../support/harness.js';

describe.each(backends())('skills in the running app (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  }, 120_000);
  afterAll(() => h?.close());

  async function say(text: string, i: number): Promise<string> {
    const res = await fetch(`${h.url}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: { externalId: 'skills-e2e' }, text, externalMessageId: `skills-e2e-${i}` }),
    });
    expect(res.status).toBe(202);
    const { messageId } = (await res.json()) as { messageId: string };
    const deadline = Date.now() + 20_000;
    for (;;) {
      const replies = await h.app.ctx.store.db.selectFrom('messages').select(['text', 'meta']).where('direction', '=', 'out').execute();
      const reply = replies.find((r) => (JSON.parse(r.meta ?? '{}') as { inReplyTo?: string }).inReplyTo === messageId);
      if (reply) return reply.text;
      if (Date.now() > deadline) throw new Error(`no reply to "${text}"`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('files a cancellation for a paid order after checking who asks', async () => {
    const rows = await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').execute();
    const order = rows.map((r) => JSON.parse(r.data) as Order).find((o) => o.state === 'paid')!;
    expect(await say('I want to cancel my order', 1)).toContain('order number');
    expect(await say(order.number, 2)).toContain(order.number);
    expect(await say(order.email, 3)).toContain(`cancel order ${order.number}`);
    const done = await say('Yes, cancel it', 4);
    expect(done).toContain(`cancellation of order ${order.number}`);
    const filed = await h.app.ctx.store.db.selectFrom('shopper_requests').select(['tenant_id', 'kind', 'status', 'order_number']).execute();
    expect(filed).toEqual([{ tenant_id: h.tenantId, kind: 'cancel', status: 'requested', order_number: order.number }]);
  });
});
