// Business hours and campaign mode over the running app: the hours form's API (shop and team hours,
// holidays, validation), campaigns scheduled on the shop's clocks (active exactly inside the window,
// checked with a controlled clock), and the pipeline greeting with the running campaign's greeting,
// applying its seasonal rule and boosting the priority of its handoffs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToZoned } from '../../src/campaigns/local-time.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { call, login, staff } from './admin-support.js';

describe.each(backends())('admin: business hours and campaigns (%s)', (backend) => {
  let h: Harness;
  let s: Awaited<ReturnType<typeof staff>>;
  let other: string;
  let zone: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    s = await staff(h);
    const t = await createTenant(h.app.ctx.store.db, { slug: `other-c-${backend}`, name: 'Other', ownerEmail: `owner@other-c-${backend}.test` });
    other = await login(h, t.ownerEmail, t.ownerPassword);
    zone = (await h.app.ctx.tenants.get(h.tenantId))!.shop.timezone;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const post = async (externalId: string, text: string) => {
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
    const { conversationId, messageId } = (await res.json()) as { conversationId: string; messageId: string };
    await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
    const bot = await h.app.ctx.store.db.selectFrom('messages').select('text').where('conversation_id', '=', conversationId).where('author', '=', 'bot').orderBy('created_at').orderBy('id').execute();
    return { conversationId, bot: bot.map((m) => m.text) };
  };

  it('edits the shop’s and a team’s business hours with holidays', async () => {
    const got = await call(h, s.supervisor, 'GET', '/api/console/admin/business-hours');
    expect(got.status).toBe(200);
    const hours = got.body.hours as { days: Record<string, [string, string][]> };
    expect(got.body.shopTimezone).toBe(zone);
    const next = { ...hours, timezone: 'Asia/Jakarta', holidays: ['2026-12-25'] };
    expect((await call(h, s.supervisor, 'PUT', '/api/console/admin/business-hours', { hours: next })).status).toBe(403);
    const bad = await call(h, s.owner, 'PUT', '/api/console/admin/business-hours', { hours: { ...next, days: { ...next.days, mon: [['18:00', '09:00']] } } });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toBe('hours.days.mon.0: opening must be before closing');
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/business-hours', { hours: { ...next, holidays: ['25/12/2026'] } })).status).toBe(400);
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/business-hours', { hours: next })).status).toBe(200);
    expect((await h.app.ctx.handoff.rules.get(h.tenantId, 0)).businessHours).toEqual(next);

    const team = await call(h, s.owner, 'POST', '/api/console/teams', { name: 'Night desk' });
    const teamId = (team.body.team as { id: string }).id;
    const night = { timezone: 'Asia/Jakarta', days: { mon: [['20:00', '24:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect((await call(h, s.owner, 'PUT', `/api/console/admin/business-hours/teams/${teamId}`, { hours: night })).status).toBe(200);
    expect((await call(h, other, 'PUT', `/api/console/admin/business-hours/teams/${teamId}`, { hours: null })).status).toBe(404);
    const teams = (await call(h, s.owner, 'GET', '/api/console/admin/business-hours')).body.teams as { id: string; hours: unknown }[];
    expect(teams.find((t) => t.id === teamId)!.hours).toEqual(night);
    expect((await h.app.ctx.handoff.teamHours.get(h.tenantId, 0))[teamId]).toEqual(night);
    expect((await call(h, s.agent, 'GET', '/api/console/admin/business-hours')).status).toBe(403);
  });

  it('schedules campaigns on the shop’s clocks, active exactly inside the window', async () => {
    const body = { name: 'Singles day', startsAt: '2030-11-11T00:00', endsAt: '2030-11-12T02:00', greeting: { en: 'Happy 11.11!' } };
    expect((await call(h, s.supervisor, 'POST', '/api/console/admin/campaigns', body)).status).toBe(403);
    const bad = await call(h, s.owner, 'POST', '/api/console/admin/campaigns', { ...body, endsAt: '2030-11-10T00:00' });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toBe('endsAt: must be after startsAt');
    expect((await call(h, s.owner, 'POST', '/api/console/admin/campaigns', { ...body, rules: [{ id: 'x', name: 'x', conditions: [{ type: 'vip' }], actions: [{ type: 'handoff', team: 'nope' }] }] })).status).toBe(400);
    const made = await call(h, s.owner, 'POST', '/api/console/admin/campaigns', body);
    expect(made.status).toBe(201);
    const c = made.body.campaign as { id: string; startsAtMs: number; endsAtMs: number };
    expect(instantToZoned(c.startsAtMs, zone)).toBe('2030-11-11T00:00');
    expect(c.endsAtMs - c.startsAtMs).toBe(26 * 3_600_000);
    const store = h.app.ctx.handoff.campaigns;
    expect(await store.active(h.tenantId, c.startsAtMs - 1)).toBeUndefined();
    expect((await store.active(h.tenantId, c.startsAtMs))?.id).toBe(c.id);
    expect((await store.active(h.tenantId, c.endsAtMs - 1))?.id).toBe(c.id);
    expect(await store.active(h.tenantId, c.endsAtMs)).toBeUndefined();
    const listed = (await call(h, s.supervisor, 'GET', '/api/console/admin/campaigns')).body.campaigns as { id: string; state: string }[];
    expect(listed.find((x) => x.id === c.id)!.state).toBe('scheduled');
    expect((await call(h, other, 'GET', '/api/console/admin/campaigns')).body.campaigns).toEqual([]);
    expect((await call(h, other, 'DELETE', `/api/console/admin/campaigns/${c.id}`)).status).toBe(404);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/campaigns/${c.id}`)).status).toBe(200);
  });

  it('greets with the running campaign, applies its rule and boosts its handoffs; none of it outside the window', async () => {
    const before = await post('camp-0', 'hello');
    expect(before.bot[0]).not.toContain('Flash sale');
    const now = Date.now();
    const rules = [{ id: 'flash', name: 'Flash deal questions', conditions: [{ type: 'keyword', any: ['flashdeal'] }], actions: [{ type: 'handoff', reason: 'flash_deal' }, { type: 'set_priority', level: 1 }] }];
    // A later campaign with another greeting must not interfere with the running one.
    await call(h, s.owner, 'POST', '/api/console/admin/campaigns', { name: 'Later', startsAt: instantToZoned(now + 86_400_000, zone), endsAt: instantToZoned(now + 2 * 86_400_000, zone), greeting: { en: 'Later sale!' } });
    const running = await call(h, s.owner, 'POST', '/api/console/admin/campaigns', {
      name: 'Flash sale', startsAt: instantToZoned(now - 3_600_000, zone), endsAt: instantToZoned(now + 3_600_000, zone), greeting: { en: 'Flash sale today: 30% off everything!' }, rules, priorityBoost: 2,
    });
    expect(running.status).toBe(201);
    const listed = (await call(h, s.owner, 'GET', '/api/console/admin/campaigns')).body.campaigns as { name: string; state: string }[];
    expect(listed.find((x) => x.name === 'Flash sale')!.state).toBe('running');
    expect(listed.find((x) => x.name === 'Later')!.state).toBe('scheduled');

    expect((await post('camp-1', 'hello')).bot[0]).toBe('Flash sale today: 30% off everything!');
    const flash = await post('camp-2', 'is the flashdeal on sneakers still on?');
    const entry = await h.app.ctx.store.db.selectFrom('queue_entries').selectAll().where('conversation_id', '=', flash.conversationId).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ reason: 'flash_deal', level: 3 });

    await call(h, s.owner, 'DELETE', `/api/console/admin/campaigns/${(running.body.campaign as { id: string }).id}`);
    expect((await post('camp-3', 'hello')).bot[0]).not.toContain('sale');
    const after = await post('camp-4', 'is the flashdeal on sneakers still on?');
    expect(await h.app.ctx.store.db.selectFrom('queue_entries').select('reason').where('conversation_id', '=', after.conversationId).executeTakeFirst()).toBeUndefined();
  }, 60_000);
});
