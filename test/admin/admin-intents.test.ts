// Intents admin over the running app: the shop's own examples, retraining on a worker thread with the
// model swapped in without a restart (seen in "try it"), cross-validation per intent, roles and
// tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { call, login, staff } from './admin-support.js';

const MORE_GIFT = ['gift card balance', 'how much credit is on my gift card', 'balance left on the gift voucher card', 'what balance does my gift card have'];
const GIFT = ['how much is left on my gift card', 'gift card balance please', 'check the balance of my gift card', 'what is my gift card worth now', 'remaining value on gift card', 'is there money left on my giftcard'];

describe.each(backends())('admin: intents (%s)', (backend) => {
  let h: Harness;
  let s: Awaited<ReturnType<typeof staff>>;
  beforeAll(async () => {
    h = await startHarness(backend);
    s = await staff(h);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const jobDone = async (kind: 'train' | 'evaluate') =>
    eventually(
      async () => {
        const job = ((await call(h, s.owner, 'GET', '/api/console/admin/intents')).body.jobs as Record<string, { status: string; result: unknown; error: string | null }>)[kind];
        if (job?.status === 'failed') throw new Error(job.error ?? 'failed');
        return job?.status === 'done' ? job : undefined;
      },
      90_000,
    );

  it('lists the built-in intents and rejects bad examples with a clear 400', async () => {
    const r = await call(h, s.supervisor, 'GET', '/api/console/admin/intents');
    expect(r.status).toBe(200);
    const intents = r.body.intents as { intent: string; builtIn: boolean; packExamples: number }[];
    expect(intents.find((i) => i.intent === 'return_request')).toMatchObject({ builtIn: true });
    expect(intents.find((i) => i.intent === 'return_request')!.packExamples).toBeGreaterThan(10);
    const bad = await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'Gift Card', text: 'x' });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toMatch(/^intent: lower-case/);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'gift_card', text: '   ' })).status).toBe(400);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/train')).status).toBe(400);
  });

  it('enforces roles: supervisors read and try, only owners and admins change, agents nothing', async () => {
    expect((await call(h, s.agent, 'GET', '/api/console/admin/intents')).status).toBe(403);
    expect((await call(h, s.agent, 'POST', '/api/console/admin/intents/try', { text: 'hi' })).status).toBe(403);
    expect((await call(h, s.supervisor, 'POST', '/api/console/admin/intents/examples', { intent: 'gift_card', text: 'gift card' })).status).toBe(403);
    expect((await call(h, s.supervisor, 'POST', '/api/console/admin/intents/train')).status).toBe(403);
    expect((await call(h, s.supervisor, 'POST', '/api/console/admin/intents/try', { text: 'where is my order' })).status).toBe(200);
  });

  it('adds examples, retrains off the request path and answers with the new model in try-it', async () => {
    const before = await call(h, s.owner, 'POST', '/api/console/admin/intents/try', { text: 'how much is left on my gift card' });
    expect((before.body.understanding as { intent: { intent: string } }).intent.intent).not.toBe('gift_card_balance');
    expect(before.body.modelId).toBe('*');
    for (const text of GIFT) expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'gift_card_balance', text })).status).toBe(201);
    const dup = await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'gift_card_balance', text: GIFT[0] });
    expect(dup.status).toBe(409);

    const started = await call(h, s.owner, 'POST', '/api/console/admin/intents/train');
    expect(started.status).toBe(202);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/train')).status).toBe(409);
    // The server keeps answering while the worker trains.
    expect((await call(h, s.owner, 'GET', '/api/console/admin/intents')).status).toBe(200);
    const job = await jobDone('train');
    const modelId = (job.result as { id: string }).id;

    const after = await call(h, s.owner, 'POST', '/api/console/admin/intents/try', { text: 'how much money is left on my gift card?' });
    const u = after.body.understanding as { intent: { intent: string; ranking: { intent: string; confidence: number }[] }; language: string; sentiment: { label: string }; entities: unknown[] };
    expect(after.body.modelId).toBe(modelId);
    expect(u.intent.intent).toBe('gift_card_balance');
    expect(u.intent.ranking[0]!.intent).toBe('gift_card_balance');
    expect(u.language).toBe('en');
    const catalog = (await call(h, s.owner, 'GET', '/api/console/admin/intents')).body.intents as { intent: string; builtIn: boolean; ownExamples: number }[];
    expect(catalog.find((i) => i.intent === 'gift_card_balance')).toMatchObject({ builtIn: false, ownExamples: GIFT.length });
  }, 120_000);

  it('cross-validates the shop’s examples per intent', async () => {
    // Enough examples that every fold's training side still has a few of each.
    for (const text of MORE_GIFT) expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'gift_card_balance', text })).status).toBe(201);
    for (const text of ['I want to send this back', 'how do I return the shoes', 'return my order please']) {
      expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/examples', { intent: 'return_request', text })).status).toBe(201);
    }
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/evaluate', { folds: 1 })).status).toBe(400);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/evaluate', { folds: 3 })).status).toBe(202);
    const report = (await jobDone('evaluate')).result as { folds: number; examples: number; intents: { intent: string; support: number; precision: number; recall: number; f1: number }[]; confusions: unknown[] };
    expect(report).toMatchObject({ folds: 3, examples: GIFT.length + MORE_GIFT.length + 3 });
    expect(report.intents.map((i) => i.intent)).toEqual(['gift_card_balance', 'return_request']);
    const gift = report.intents.find((i) => i.intent === 'gift_card_balance')!;
    expect(gift.support).toBe(GIFT.length + MORE_GIFT.length);
    expect(gift.recall).toBeGreaterThan(0.3);
    for (const i of report.intents) for (const v of [i.precision, i.recall, i.f1]) expect(v).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('keeps examples per tenant', async () => {
    const other = await createTenant(h.app.ctx.store.db, { slug: 'other-intents', name: 'Other', ownerEmail: 'owner@other-intents.test' });
    const cookie = await login(h, other.ownerEmail, other.ownerPassword);
    expect((await call(h, cookie, 'GET', '/api/console/admin/intents/examples')).body.examples).toEqual([]);
    const mine = (await call(h, s.owner, 'GET', '/api/console/admin/intents/examples?intent=gift_card_balance')).body.examples as { id: string }[];
    expect(mine).toHaveLength(GIFT.length + MORE_GIFT.length);
    expect((await call(h, cookie, 'DELETE', `/api/console/admin/intents/examples/${mine[0]!.id}`)).status).toBe(404);
    const tried = await call(h, cookie, 'POST', '/api/console/admin/intents/try', { text: 'how much is left on my gift card' });
    expect((tried.body.understanding as { intent: { intent: string } }).intent.intent).not.toBe('gift_card_balance');
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/intents/examples/${mine[0]!.id}`)).status).toBe(200);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/intents/examples/${mine[0]!.id}`)).status).toBe(404);
  });

  it('retrains back to the built-in intents once every own example is removed', async () => {
    const mine = (await call(h, s.owner, 'GET', '/api/console/admin/intents/examples')).body.examples as { id: string }[];
    for (const e of mine) expect((await call(h, s.owner, 'DELETE', `/api/console/admin/intents/examples/${e.id}`)).status).toBe(200);
    const before = (await call(h, s.owner, 'GET', '/api/console/admin/intents')).body.jobs as Record<string, { finishedAt: string }>;
    expect((await call(h, s.owner, 'POST', '/api/console/admin/intents/train')).status).toBe(202);
    const job = await jobDone('train');
    expect(job).not.toMatchObject({ finishedAt: before.train!.finishedAt });
    const tried = await call(h, s.owner, 'POST', '/api/console/admin/intents/try', { text: 'how much money is left on my gift card?' });
    expect((tried.body.understanding as { intent: { intent: string } }).intent.intent).not.toBe('gift_card_balance');
    expect(((await call(h, s.owner, 'GET', '/api/console/admin/intents')).body.intents as { intent: string }[]).some((i) => i.intent === 'gift_card_balance')).toBe(false);
  }, 120_000);
});
