// The admin pages' APIs over the running app: knowledge articles (the bot answers from an edited
// article at once), the return policy / promotions / coupons editor (read-only for a synced store),
// channel accounts (connect, webhook URL, disconnect) and API keys (shown once, last used, revoke);
// roles and tenant isolation on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import type { KnowledgeArticle } from '../../src/commerce/types.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { call, login, staff } from './admin-support.js';

describe.each(backends())('admin pages (%s)', (backend) => {
  let h: Harness;
  let s: Awaited<ReturnType<typeof staff>>;
  let other: string;
  beforeAll(async () => {
    h = await startHarness(backend, { CHANNEL_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') });
    s = await staff(h);
    const t = await createTenant(h.app.ctx.store.db, { slug: `other-${backend}`, name: 'Other', ownerEmail: `owner@other-${backend}.test` });
    other = await login(h, t.ownerEmail, t.ownerPassword);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const ask = async (externalId: string, text: string): Promise<string> => {
    const res = await fetch(h.url + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId }, text }) });
    const { conversationId, messageId } = (await res.json()) as { conversationId: string; messageId: string };
    await eventually(async () => (await h.app.ctx.store.db.selectFrom('messages').select('processed_at').where('id', '=', messageId).executeTakeFirstOrThrow()).processed_at ?? undefined);
    const bot = await h.app.ctx.store.db.selectFrom('messages').select('text').where('conversation_id', '=', conversationId).where('author', '=', 'bot').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    return bot.text;
  };

  it('edits a help-centre article and the bot answers from the new text without a restart', async () => {
    const list = await call(h, s.supervisor, 'GET', '/api/console/admin/articles?language=en');
    expect(list.status).toBe(200);
    const articles = list.body.articles as KnowledgeArticle[];
    expect(articles.length).toBeGreaterThan(3);
    expect(articles.every((a) => a.language === 'en')).toBe(true);
    const wrap = articles.find((a) => a.tags.includes('gift wrap'))!;
    expect(await ask('kb-1', 'do you offer gift wrapping?')).not.toContain('kraft paper');
    const edited = await call(h, s.owner, 'PUT', `/api/console/admin/articles/${wrap.id}`, { ...wrap, body: 'Gift wrapping costs 3 dollars and every gift is wrapped in recycled kraft paper with a handwritten card.' });
    expect(edited.status).toBe(400);
    const { id: _id, ...input } = wrap;
    expect((await call(h, s.owner, 'PUT', `/api/console/admin/articles/${wrap.id}`, { ...input, body: 'Gift wrapping costs 3 dollars and every gift is wrapped in recycled kraft paper with a handwritten card.' })).status).toBe(200);
    expect(await ask('kb-2', 'do you offer gift wrapping?')).toContain('kraft paper');

    const created = await call(h, s.owner, 'POST', '/api/console/admin/articles', { language: 'es', title: 'Envoltorio', body: 'Envolvemos regalos.', category: 'gift-wrap' });
    expect(created.status).toBe(201);
    const id = (created.body.article as KnowledgeArticle).id;
    expect(((await call(h, s.owner, 'GET', '/api/console/admin/articles?language=es')).body.articles as KnowledgeArticle[]).some((a) => a.id === id)).toBe(true);
    expect((await call(h, s.agent, 'GET', '/api/console/admin/articles')).status).toBe(403);
    expect((await call(h, s.supervisor, 'DELETE', `/api/console/admin/articles/${id}`)).status).toBe(403);
    expect((await call(h, other, 'DELETE', `/api/console/admin/articles/${id}`)).status).toBe(404);
    expect((await call(h, other, 'GET', '/api/console/admin/articles')).body.articles).toEqual([]);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/articles', { language: 'english', title: 'x', body: 'y' })).status).toBe(400);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/articles/${id}`)).status).toBe(200);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/articles/${id}`)).status).toBe(404);
  }, 60_000);

  it('edits the return policy, promotions and coupons the skills use; a synced store is read-only', async () => {
    const r = await call(h, s.supervisor, 'GET', '/api/console/admin/store-rules');
    expect(r.status).toBe(200);
    expect(r.body.source).toEqual({ platform: 'embedded', editable: true, syncedAt: null });
    const policy = r.body.returnPolicy as Record<string, unknown>;
    expect(policy.windowDays).toBeTypeOf('number');
    const bad = await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/return-policy', { ...policy, vipWindowDays: 1, windowDays: 30 });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toBe('vipWindowDays: must be at least windowDays');
    expect((await call(h, s.supervisor, 'PUT', '/api/console/admin/store-rules/return-policy', policy)).status).toBe(403);
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/return-policy', { ...policy, windowDays: 45, vipWindowDays: 90 })).status).toBe(200);
    expect((await h.app.ctx.reader.returnPolicy(h.tenantId))?.windowDays).toBe(45);

    const coupon = { code: 'PEAK10', kind: 'percent', percentOff: 10, appliesTo: [], excludes: [], stackableWithPromotions: true, stackableWithCoupons: [], startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z', usageLimitPerCustomer: 1, firstOrderOnly: false, public: true };
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/coupons', { ...coupon, percentOff: undefined })).status).toBe(400);
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/coupons', { ...coupon, endsAt: '2025-01-01T00:00:00Z' })).status).toBe(400);
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/coupons', coupon)).status).toBe(200);
    expect((await h.app.ctx.reader.coupons(h.tenantId)).some((c) => c.code === 'PEAK10')).toBe(true);
    const promo = { id: 'peak-threshold', name: { en: 'Spend 100, save 15' }, kind: 'threshold', minSpend: { amountMinor: 10000, currency: 'USD' }, amountOff: { amountMinor: 1500, currency: 'USD' }, appliesTo: [], excludes: [], stackableWithCoupons: true, stackableWithPromotions: false, startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' };
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/promotions', { ...promo, amountOff: undefined })).status).toBe(400);
    expect((await call(h, s.owner, 'PUT', '/api/console/admin/store-rules/promotions', promo)).status).toBe(200);
    expect((await h.app.ctx.reader.promotions(h.tenantId)).some((p) => p.id === 'peak-threshold')).toBe(true);
    expect((await call(h, other, 'DELETE', '/api/console/admin/store-rules/promotions/peak-threshold')).status).toBe(404);
    expect((await call(h, s.owner, 'DELETE', '/api/console/admin/store-rules/promotions/peak-threshold')).status).toBe(200);
    expect((await call(h, s.owner, 'DELETE', '/api/console/admin/store-rules/coupons/PEAK10')).status).toBe(200);
    expect((await call(h, other, 'GET', '/api/console/admin/store-rules')).body.promotions).toEqual([]);

    // The other shop syncs from Shopify: its rules are the store's, shown with the sync age.
    const otherTenant = (await h.app.ctx.store.db.selectFrom('users').select('tenant_id').where('email', '=', `owner@other-${backend}.test`).executeTakeFirstOrThrow()).tenant_id;
    const syncedAt = Date.now() - 60_000;
    await h.app.ctx.store.db
      .insertInto('store_connections')
      .values({ tenant_id: otherTenant, platform: 'shopify', base_url: 'https://x.myshopify.com', credentials: 'sealed', webhook_secret: 'sealed', sync_state: '{}', synced_at: syncedAt, reconciled_at: null, last_error: null, created_at: syncedAt, updated_at: syncedAt })
      .execute();
    const synced = await call(h, other, 'GET', '/api/console/admin/store-rules');
    expect(synced.body.source).toEqual({ platform: 'shopify', editable: false, syncedAt: new Date(syncedAt).toISOString() });
    const refused = await call(h, other, 'PUT', '/api/console/admin/store-rules/coupons', coupon);
    expect(refused.status).toBe(409);
    expect((refused.body.error as { code: string }).code).toBe('synced_store');
  }, 60_000);

  it('connects a channel account, shows its webhook URL and disconnects it', async () => {
    const forms = (await call(h, s.supervisor, 'GET', '/api/console/admin/channels')).body.forms as { type: string; secrets: { name: string }[] }[];
    expect(forms.find((f) => f.type === 'telegram')!.secrets.map((f) => f.name)).toContain('botToken');
    expect((await call(h, s.supervisor, 'POST', '/api/console/admin/channels', { type: 'telegram', name: 'Bot', secrets: { botToken: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw' } })).status).toBe(403);
    const bad = await call(h, s.owner, 'POST', '/api/console/admin/channels', { type: 'telegram', name: 'Bot', secrets: { botToken: 'nope' } });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toMatch(/^secrets\.botToken: /);
    const made = await call(h, s.owner, 'POST', '/api/console/admin/channels', { type: 'telegram', name: 'Bot', secrets: { botToken: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw' } });
    expect(made.status).toBe(201);
    const account = made.body.account as { id: string; webhookUrl: string; status: string };
    expect(account.webhookUrl).toMatch(new RegExp(`/channels/telegram/${account.id}/webhook$`));
    expect(Object.keys(made.body.generatedSecrets as object)).toEqual(['secretToken']);
    const listed = (await call(h, s.supervisor, 'GET', '/api/console/admin/channels')).body.accounts as { id: string; status: string; secrets?: unknown }[];
    expect(listed.find((a) => a.id === account.id)).toMatchObject({ status: 'active' });
    expect(JSON.stringify(listed)).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
    expect((await call(h, other, 'DELETE', `/api/console/admin/channels/${account.id}`)).status).toBe(404);
    expect((await call(h, s.agent, 'GET', '/api/console/admin/channels')).status).toBe(403);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/channels/${account.id}`)).status).toBe(200);
    expect(((await call(h, s.owner, 'GET', '/api/console/admin/channels')).body.accounts as { id: string; status: string }[]).find((a) => a.id === account.id)!.status).toBe('disabled');
  });

  it('creates an API key shown once, records its last use and revokes it at once', async () => {
    expect((await call(h, s.supervisor, 'GET', '/api/console/admin/api-keys')).status).toBe(403);
    expect((await call(h, s.owner, 'POST', '/api/console/admin/api-keys', { name: '' })).status).toBe(400);
    const made = await call(h, s.owner, 'POST', '/api/console/admin/api-keys', { name: 'ERP sync' });
    expect(made.status).toBe(201);
    const { id, key } = made.body as { id: string; key: string };
    expect(key).toMatch(/^pdk_/);
    const row = () => call(h, s.owner, 'GET', '/api/console/admin/api-keys').then((r) => (r.body.keys as { id: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null }[]).find((k) => k.id === id)!);
    expect(await row()).toMatchObject({ prefix: key.slice(0, 10), lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify((await call(h, s.owner, 'GET', '/api/console/admin/api-keys')).body)).not.toContain(key);
    const use = () => fetch(h.url + '/api/v1/channel-accounts', { headers: { authorization: `Bearer ${key}` } });
    expect((await use()).status).toBe(200);
    await eventually(async () => (await row()).lastUsedAt ?? undefined);
    expect((await call(h, other, 'DELETE', `/api/console/admin/api-keys/${id}`)).status).toBe(404);
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/api-keys/${id}`)).status).toBe(200);
    expect((await use()).status).toBe(401);
    expect((await row()).revokedAt).not.toBeNull();
    expect((await call(h, s.owner, 'DELETE', `/api/console/admin/api-keys/${id}`)).status).toBe(404);
  });
});
