// Creates a tenant with its first owner, an API key and a widget key; seeds the demo shop on the
// first start of a fresh install. Credentials are generated, shown once and stored only hashed.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { newId, newSecret } from '../runtime/ids.js';
import { hashPassword } from '../api/auth/password.js';
import { createApiKey } from '../api/auth/api-key.js';
import { defaultShop } from '../runtime/tenants.js';
import type { DemoStoreData, ShopProfile } from './types.js';
import { writeRecords, type RecordInput } from './records.js';

export interface NewTenant {
  tenantId: string;
  slug: string;
  ownerEmail: string;
  ownerPassword: string;
  apiKey: string;
  widgetKey: string;
}

export function generatePassword(): string {
  // 18 random bytes → 24 base64url characters: ~144 bits, easy to paste.
  return randomBytes(18).toString('base64url');
}

export async function createTenant(db: Kysely<Database>, input: { slug: string; name: string; ownerEmail: string; shop?: ShopProfile }): Promise<NewTenant> {
  const tenantId = newId('ten');
  const ownerPassword = generatePassword();
  const widgetKey = 'wk_' + randomBytes(16).toString('base64url');
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tenants')
      .values({
        id: tenantId,
        slug: input.slug,
        name: input.name,
        widget_key: widgetKey,
        webhook_url: null,
        webhook_secret: newSecret('whsec_'),
        settings: JSON.stringify({ shop: input.shop ?? defaultShop(input.name, input.slug) }),
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('users')
      .values({ id: newId('usr'), tenant_id: tenantId, email: input.ownerEmail.toLowerCase(), name: 'Owner', role: 'owner', password_hash: await hashPassword(ownerPassword), created_at: now })
      .execute();
  });
  const { key } = await createApiKey(db, tenantId, 'first key');
  return { tenantId, slug: input.slug, ownerEmail: input.ownerEmail.toLowerCase(), ownerPassword, apiKey: key, widgetKey };
}

export function demoRecords(data: DemoStoreData): RecordInput[] {
  return [
    { kind: 'shop', id: 'shop', data: data.shop },
    ...data.products.map((p) => ({ kind: 'product' as const, id: p.id, lookup: p.handle, data: p })),
    ...data.customers.map((c) => ({ kind: 'customer' as const, id: c.id, lookup: c.email.toLowerCase(), data: c })),
    ...data.orders.map((o) => ({ kind: 'order' as const, id: o.id, lookup: o.number.toUpperCase(), data: o })),
    ...data.shipments.map((s) => ({ kind: 'shipment' as const, id: s.id, lookup: s.trackingNumber.toUpperCase(), data: s })),
    ...data.promotions.map((p) => ({ kind: 'promotion' as const, id: p.id, data: p })),
    ...data.coupons.map((c) => ({ kind: 'coupon' as const, id: c.code, lookup: c.code.toUpperCase(), data: c })),
    { kind: 'return_policy', id: 'default', data: data.returnPolicy },
    ...data.articles.map((a) => ({ kind: 'article' as const, id: a.id, lookup: a.language, data: a })),
    ...(data.promotionScripts ?? []).map((s) => ({ kind: 'promotion_script' as const, id: s.id, lookup: s.language, data: s })),
    ...(data.returns ?? []).map((r) => ({ kind: 'return' as const, id: r.id, lookup: r.orderId, data: r })),
  ];
}

/** Seeds the demo shop when the install has no tenant yet; returns its credentials, else undefined. */
export async function seedDemoIfEmpty(db: Kysely<Database>, generate: () => DemoStoreData): Promise<NewTenant | undefined> {
  const any = await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const data = generate();
  let created: NewTenant;
  try {
    created = await createTenant(db, { slug: 'demo', name: data.shop.name, ownerEmail: `owner@${data.shop.slug}.demo`, shop: data.shop });
  } catch (err) {
    // Another replica seeded at the same moment: theirs stands.
    if (await db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirst()) return undefined;
    throw err;
  }
  await writeRecords(db, created.tenantId, demoRecords(data));
  return created;
}
