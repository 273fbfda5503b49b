// Handoff rules in the running pipeline: a complaint about an order is handed off with a queue entry
// (reason, tags, SLA, summary naming the order); a tenant's own rule routes to its team and replaces
// the bot's answer; shopper messages while a person owns the conversation count as unread and the
// bot stays silent. Runs on SQLite and, when DATABASE_URL is set, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../src/handoff/default-rules.js';
import type { HandoffSummary } from '../src/handoff/summary.js';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';

describe.each(backends())('handoff routing (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = async (externalId: string, text: string) => {
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
    const body = (await res.json()) as { conversationId: string; messageId: string };
    await eventually(async () => {
      const m = await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', body.messageId).executeTakeFirstOrThrow();
      return m.processed_at ?? undefined;
    });
    return body;
  };
  const entry = (id: string) => h.app.ctx.store.db.selectFrom('queue_entries').selectAll().where('conversation_id', '=', id).executeTakeFirst();
  const conversation = (id: string) => h.app.ctx.store.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const botTexts = async (id: string) =>
    (await h.app.ctx.store.db.selectFrom('messages').select(['text', 'author']).where('conversation_id', '=', id).orderBy('created_at').orderBy('id').execute()).filter((m) => m.author === 'bot').map((m) => m.text);

  it('hands a complaint off with a queue entry and a summary naming the order', async () => {
    const order = await h.app.ctx.store.db.selectFrom('commerce_records').select('lookup').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').executeTakeFirstOrThrow();
    const { conversationId } = await post('rules-1', `This is unacceptable, I want to complain about order ${order.lookup}, the box arrived crushed`);
    const conv = await conversation(conversationId);
    expect(conv).toMatchObject({ status: 'handoff', handler: 'human' });
    const e = await entry(conversationId);
    expect(e).toBeDefined();
    expect(e!.tenant_id).toBe(h.tenantId);
    expect(e!.level).toBeGreaterThanOrEqual(2);
    expect(e!.sla_due_at - e!.queued_at).toBe(DEFAULT_RULE_SET.slaMinutes[e!.level]! * 60_000);
    const summary = JSON.parse(e!.summary) as HandoffSummary;
    expect(summary.order?.number).toBe(order.lookup);
    expect(summary.headline).toContain(order.lookup!);
    expect(summary.shopperSaid).toContain('crushed');
    expect(summary.botSaid.length).toBeGreaterThan(0);
    expect(e!.unread).toBe(1);
  });

  it('routes by a tenant rule to its team, replacing the bot’s answer; follow-ups count as unread and get no bot reply', async () => {
    await h.app.ctx.handoff.rules.save(h.tenantId, {
      ...DEFAULT_RULE_SET,
      rules: [{ id: 'wholesale', name: 'Wholesale', conditions: [{ type: 'keyword', any: ['wholesale'] }], actions: [{ type: 'handoff', team: 'team_b2b' }, { type: 'tag', tags: ['b2b'] }, { type: 'set_priority', level: 1 }] }, ...DEFAULT_RULE_SET.rules],
    });
    const { conversationId } = await post('rules-2', 'how much is shipping for a WHOLESALE order of 300 shirts?');
    const e = await entry(conversationId);
    expect(e).toMatchObject({ team_id: 'team_b2b', reason: 'wholesale', level: 1 });
    expect(JSON.parse(e!.tags)).toEqual(['b2b']);
    const [reply] = await botTexts(conversationId);
    expect(reply).toMatch(/teammate/);
    expect(await botTexts(conversationId)).toHaveLength(1);

    await post('rules-2', 'hello? anyone?');
    await post('rules-2', 'I am really angry now, this is terrible!!!');
    const after = await entry(conversationId);
    expect(after!.unread).toBe(3);
    expect(after!.queued_at).toBe(e!.queued_at);
    expect(after!.anger).toBeGreaterThan(e!.anger);
    expect(await botTexts(conversationId)).toHaveLength(1);
  });

  it('joins the closed-hours notice to the handoff message when nobody is in', async () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    await h.app.ctx.handoff.rules.save(h.tenantId, { ...DEFAULT_RULE_SET, businessHours: { days: closed } });
    const { conversationId } = await post('rules-4', 'I want to talk to a real person, a human agent please');
    const replies = await botTexts(conversationId);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/teammate[\s\S]*offline/);
  });

  it('leaves a routine question with the bot and stores no queue entry', async () => {
    await h.app.ctx.handoff.rules.save(h.tenantId, DEFAULT_RULE_SET);
    const { conversationId } = await post('rules-3', 'how long does shipping take?');
    expect(await entry(conversationId)).toBeUndefined();
    expect((await conversation(conversationId)).handler).toBe('bot');
  });
});
