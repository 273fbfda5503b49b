// The agent's conversation tools over the running app: reply suggestions from the help centre and from
// earlier agent answers (never another tenant's), message and draft translation through a local
// LibreTranslate-speaking server with the per-message cache, and the satisfaction question on resolve
// whose answer is recorded at ingest and never answered by the bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';
import { startFakeTranslator } from './support/fake-translator.js';

let h: Harness;
let fake: Awaited<ReturnType<typeof startFakeTranslator>>;
let owner: string;

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const api = async (cookie: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

const post = async (externalId: string, text: string, apiKey = h.apiKey) => {
  const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
  const body = (await res.json()) as { conversationId: string; messageId: string };
  await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', body.messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
  return body;
};

describe.each(backends())('conversation tools (%s)', (backend) => {
  beforeAll(async () => {
    fake = await startFakeTranslator();
    h = await startHarness(backend, { TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: fake.url });
    owner = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  it('suggests help-centre passages and earlier agent answers, never another tenant’s', async () => {
    const earlier = await post('refund-1', 'when will my refund arrive on my card?');
    expect((await api(owner, 'POST', `/api/console/conversations/${earlier.conversationId}/messages`, { text: 'Refunds reach your card within 5 business days of approval.' })).status).toBe(200);
    expect((await api(owner, 'POST', `/api/console/conversations/${earlier.conversationId}/resolve`, {})).status).toBe(200);

    const other = await createTenant(h.app.ctx.store.db, { slug: 'other-tools', name: 'Other', ownerEmail: 'owner@other-tools.test' });
    const otherOwner = await login(other.ownerEmail, other.ownerPassword);
    const theirs = await post('refund-x', 'when will my refund arrive on my card?', other.apiKey);
    expect((await api(otherOwner, 'POST', `/api/console/conversations/${theirs.conversationId}/messages`, { text: 'OTHER-SHOP refunds take ages, sorry.' })).status).toBe(200);

    const now = await post('refund-2', 'my refund has still not arrived on my card');
    const res = await api(owner, 'GET', `/api/console/conversations/${now.conversationId}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.question).toBe('my refund has still not arrived on my card');
    expect(res.body.language).toBe('en');
    expect(res.body.pastAnswers[0]).toMatchObject({ answer: 'Refunds reach your card within 5 business days of approval.', conversationId: earlier.conversationId });
    expect(JSON.stringify(res.body)).not.toContain('OTHER-SHOP');
    expect(res.body.knowledge.length).toBeGreaterThan(0);
    for (const k of res.body.knowledge) expect(k).toMatchObject({ language: 'en', articleId: expect.stringMatching(/_en$/), title: expect.any(String), text: expect.any(String) });
    expect(res.body.knowledge.map((k: { articleId: string }) => k.articleId)).toContain('kb_refund-timing_en');

    // The other tenant cannot read suggestions (or anything else) of this tenant's conversation.
    for (const [method, path, body] of [
      ['GET', `/api/console/conversations/${now.conversationId}/suggestions`],
      ['POST', `/api/console/conversations/${now.conversationId}/messages/${now.messageId}/translation`, {}],
      ['POST', `/api/console/conversations/${now.conversationId}/translate-draft`, { text: 'hi', target: 'es' }],
      ['GET', `/api/console/conversations/${now.conversationId}/csat`],
    ] as const) {
      expect((await api(otherOwner, method, path, body)).status, path).toBe(404);
    }
    expect((await api(owner, 'GET', '/api/console/conversations/cnv_nope/suggestions')).status).toBe(404);
    expect((await api(owner, 'GET', `/api/console/conversations/${now.conversationId}/suggestions?limit=99`)).status).toBe(400);
  });

  it('translates a shopper message once (then from the cache) and the agent’s draft into the conversation language', async () => {
    const capability = await api(owner, 'GET', '/api/console/translation');
    expect(capability.body).toEqual({ configured: true, provider: 'libretranslate', agentLanguage: 'en' });
    const { conversationId, messageId } = await post('es-1', '¿Dónde está mi pedido? Lo necesito para el viernes, por favor');
    const before = fake.requests.length;
    const first = await api(owner, 'POST', `/api/console/conversations/${conversationId}/messages/${messageId}/translation`, {});
    expect(first.status).toBe(200);
    expect(first.body.translation).toMatchObject({ messageId, target: 'en', cached: false, text: '<en> ¿Dónde está mi pedido? Lo necesito para el viernes, por favor' });
    const again = await api(owner, 'POST', `/api/console/conversations/${conversationId}/messages/${messageId}/translation`, {});
    expect(again.body.translation).toMatchObject({ cached: true, text: first.body.translation.text });
    expect(fake.requests.length).toBe(before + 1);

    const conv = await h.app.ctx.store.db.selectFrom('conversations').select('language').where('id', '=', conversationId).executeTakeFirstOrThrow();
    const draft = await api(owner, 'POST', `/api/console/conversations/${conversationId}/translate-draft`, { text: 'It ships on Thursday.' });
    expect(draft.status).toBe(200);
    expect(draft.body.translation).toEqual({ text: `<${conv.language}> It ships on Thursday.`, source: 'en', target: conv.language });
    expect(fake.requests.at(-1)?.body).toMatchObject({ source: 'en', q: 'It ships on Thursday.' });

    const failed = await api(owner, 'POST', `/api/console/conversations/${conversationId}/translate-draft`, { text: 'FAIL', target: 'zh-Hans' });
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe('translation_failed');
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/translate-draft`, { text: 'x', target: '<script>' })).status).toBe(400);
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/messages/msg_nope/translation`, {})).status).toBe(404);
  });

  it('asks for a rating on resolve, records the answer without a bot reply, and aggregates it', async () => {
    const { conversationId } = await post('csat-1', 'I want to talk to a human please');
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/assign`)).status).toBe(200);
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/resolve`, { reasons: ['answered'], csat: true })).status).toBe(200);
    const db = h.app.ctx.store.db;
    const asked = await db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).where('author', '=', 'bot').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(asked.text).toMatch(/rate us from 1/);
    expect(JSON.parse(asked.meta!).quickReplies).toEqual(['★', '★★', '★★★', '★★★★', '★★★★★']);

    const answer = await post('csat-1', '4');
    expect(answer.conversationId).toBe(conversationId);
    // Give a (wrongly) queued turn time to run, then check the bot said nothing after the rating.
    await new Promise((r) => setTimeout(r, 600));
    const after = await db.selectFrom('messages').select(['id', 'author']).where('conversation_id', '=', conversationId).where('created_at', '>=', asked.created_at).orderBy('created_at').execute();
    expect(after.map((m) => m.author)).toEqual(['bot', 'customer']);
    expect(await db.selectFrom('pipeline_queue').selectAll().where('conversation_id', '=', conversationId).execute()).toEqual([]);
    expect((await api(owner, 'GET', `/api/console/conversations/${conversationId}/csat`)).body.csat).toMatchObject({ rating: 4, language: 'en' });

    // A second number is a new message again (the question was answered): the bot takes it.
    const next = await post('csat-1', '5');
    expect(next.conversationId).not.toBe(conversationId);
    await eventually(async () => ((await db.selectFrom('messages').select('id').where('conversation_id', '=', next.conversationId).where('author', '=', 'bot').execute()).length > 0 ? true : undefined));

    const report = await api(owner, 'GET', '/api/console/csat?days=7');
    expect(report.body).toMatchObject({ requested: 1, count: 1, average: 4, distribution: [0, 0, 0, 1, 0] });
    const agent = await api(owner, 'POST', '/api/console/agents', { email: 'ann@shop.test', name: 'Ann', role: 'agent', password: 'correct horse battery' });
    expect(agent.status).toBe(201);
    expect((await api(await login('ann@shop.test', 'correct horse battery'), 'GET', '/api/console/csat')).status).toBe(403);
  });

  it('takes a non-rating message after the question as a new conversation for the bot', async () => {
    const { conversationId } = await post('csat-2', 'I want to talk to a human please');
    expect((await api(owner, 'POST', `/api/console/conversations/${conversationId}/resolve`, { csat: true })).status).toBe(200);
    const next = await post('csat-2', 'where is my order?');
    expect(next.conversationId).not.toBe(conversationId);
    expect((await api(owner, 'GET', `/api/console/conversations/${conversationId}/csat`)).body.csat).toMatchObject({ rating: null });
  });
});
