// Per-tenant intent models: a merchant's own examples are trained off the request path, deployed to
// the database, and swapped in by the running server without a restart — for that tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../src/commerce/tenant-setup.js';
import { deployTenantModel } from '../src/pipeline/tenant-models.js';
import { eventually, startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('sqlite', { MODEL_POLL_MS: '300' });
});
afterAll(async () => {
  await h?.close();
});

const LOYALTY = [
  'how many loyalty points do I have', 'check my reward points', 'points balance please', 'can I redeem my points',
  'how do I use my harbour points', 'when do my points expire', 'my points did not show up after my order',
  'how many points do I get per dollar', 'do points work on sale items', 'convert points to a voucher',
  'what is my member tier', 'how do I reach gold tier', 'loyalty programme benefits', 'are my reward points still valid',
  'I want to spend my points', 'points missing from last purchase', 'how much are 500 points worth', 'join the rewards club',
  'membership points question', 'where can I see my points history',
];

async function intentOf(key: string, text: string, customer: string): Promise<string> {
  const res = await fetch(h.url + '/api/v1/messages', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customer: { externalId: customer }, text }),
  });
  const { messageId } = (await res.json()) as { messageId: string };
  const row = await eventually(async () => {
    const m = await h.app.ctx.store.db.selectFrom('messages').select(['meta', 'processed_at']).where('id', '=', messageId).executeTakeFirstOrThrow();
    return m.processed_at ? m : undefined;
  });
  return (JSON.parse(row.meta!) as { intent: string }).intent;
}

describe('tenant intent models', () => {
  it('hot-swaps a deployed model for its tenant only', { timeout: 120_000 }, async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: 'other', name: 'Other', ownerEmail: 'o@other.test' });
    const question = 'how many loyalty reward points are in my account?';
    expect(await intentOf(h.apiKey, question, 'p-1')).not.toBe('loyalty_points');

    const deployed = await deployTenantModel(h.app.ctx.store.db, h.tenantId, LOYALTY.map((text) => ({ text, intent: 'loyalty_points' })));
    expect(deployed.intents).toBeGreaterThan(30);

    await eventually(async () => ((await intentOf(h.apiKey, question, 'p-2')) === 'loyalty_points' ? true : undefined), 30_000);
    expect(await intentOf(h.apiKey, 'where is my order PD-100001?', 'p-3')).toBe('order_status');
    expect(await intentOf(other.apiKey, question, 'p-4')).not.toBe('loyalty_points');
  });
});
