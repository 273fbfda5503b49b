// The merchant's own rules the skills use — help-centre articles, the return policy, promotions and
// coupons — as the admin pages edit them: zod schemas for each (the boundary), writes into the
// commerce cache, and where the data comes from. A store synced from Shopify or WooCommerce owns its
// policy, promotions and coupons (the next sync would overwrite an edit), so they are read-only
// there; articles are Peakdesk's own and always editable.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.js';
import { writeRecords, type RecordKind } from './records.js';
import type { Coupon, KnowledgeArticle, Promotion, ReturnPolicy } from './types.js';

const currency = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD');
const money = z.object({ amountMinor: z.number().int().min(0).max(1e12), currency }).strict();
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'a language code such as en or zh-Hans');
const texts = z.record(language, z.string().trim().min(1).max(8000));
const labels = z.array(z.string().trim().min(1).max(100)).max(100);
const instant = z.iso.datetime({ offset: true });

export const articleInput = z
  .object({
    language,
    title: z.string().trim().min(1, 'must not be empty').max(200),
    body: z.string().trim().min(1, 'must not be empty').max(20_000),
    category: z.string().trim().min(1).max(60).default('general'),
    tags: labels.default([]),
  })
  .strict();

export const returnPolicyInput = z
  .object({
    windowDays: z.number().int().min(0).max(365),
    vipWindowDays: z.number().int().min(0).max(365),
    exchangeWindowDays: z.number().int().min(0).max(365),
    nonReturnableCategories: labels,
    conditions: z.array(z.string().trim().min(1).max(500)).max(50),
    restockingFeePercent: z.number().min(0).max(100),
    freeReturnShipping: z.boolean(),
    refundDays: z.number().int().min(0).max(90),
    manualApprovalAbove: money,
    returnLabelFee: money.optional(),
    text: texts,
  })
  .strict()
  .refine((p) => p.vipWindowDays >= p.windowDays, { message: 'must be at least windowDays', path: ['vipWindowDays'] }) satisfies z.ZodType<ReturnPolicy>;

const window = <T extends { startsAt: string; endsAt: string }>(s: z.ZodType<T>) =>
  s.refine((p) => Date.parse(p.startsAt) < Date.parse(p.endsAt), { message: 'must be after startsAt', path: ['endsAt'] });

export const promotionInput = window(
  z
    .object({
      id: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'letters, digits, - and _'),
      name: texts,
      kind: z.enum(['threshold', 'percent', 'free_shipping', 'bundle']),
      minSpend: money.optional(),
      amountOff: money.optional(),
      percentOff: z.number().min(0).max(100).optional(),
      buyQuantity: z.number().int().min(1).max(100).optional(),
      getQuantity: z.number().int().min(1).max(100).optional(),
      appliesTo: labels,
      excludes: labels,
      stackableWithCoupons: z.boolean(),
      stackableWithPromotions: z.boolean(),
      startsAt: instant,
      endsAt: instant,
    })
    .strict()
    .superRefine((p, issue) => {
      const need = (field: keyof typeof p, when: boolean) => {
        if (when && p[field] === undefined) issue.addIssue({ code: 'custom', path: [field], message: `required for a ${p.kind} promotion` });
      };
      need('amountOff', p.kind === 'threshold');
      need('minSpend', p.kind === 'threshold');
      need('percentOff', p.kind === 'percent');
      need('buyQuantity', p.kind === 'bundle');
      need('getQuantity', p.kind === 'bundle');
    }),
) satisfies z.ZodType<Promotion>;

export const couponInput = window(
  z
    .object({
      code: z.string().regex(/^[A-Z0-9_-]{2,40}$/, 'upper-case letters, digits, - and _ (2–40)'),
      kind: z.enum(['fixed', 'percent', 'free_shipping']),
      amountOff: money.optional(),
      percentOff: z.number().min(0).max(100).optional(),
      minSpend: money.optional(),
      appliesTo: labels,
      excludes: labels,
      stackableWithPromotions: z.boolean(),
      stackableWithCoupons: z.array(z.string().min(1).max(40)).max(100),
      startsAt: instant,
      endsAt: instant,
      usageLimitPerCustomer: z.number().int().min(0).max(1000),
      firstOrderOnly: z.boolean(),
      public: z.boolean().optional(),
    })
    .strict()
    .superRefine((c, issue) => {
      if (c.kind === 'fixed' && !c.amountOff) issue.addIssue({ code: 'custom', path: ['amountOff'], message: 'required for a fixed coupon' });
      if (c.kind === 'percent' && c.percentOff === undefined) issue.addIssue({ code: 'custom', path: ['percentOff'], message: 'required for a percent coupon' });
    }),
) satisfies z.ZodType<Coupon>;

export interface StoreSource {
  /** 'embedded' when no store is connected (the demo or the merchant's own data here). */
  platform: 'embedded' | string;
  editable: boolean;
  syncedAt: string | null;
}

export async function storeSource(db: Kysely<Database>, tenantId: string): Promise<StoreSource> {
  const row = await db.selectFrom('store_connections').select(['platform', 'synced_at', 'reconciled_at']).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row || row.platform === 'demo') return { platform: row?.platform ?? 'embedded', editable: true, syncedAt: row?.synced_at ? new Date(row.synced_at).toISOString() : null };
  const last = Math.max(row.synced_at ?? 0, row.reconciled_at ?? 0);
  return { platform: row.platform, editable: false, syncedAt: last ? new Date(last).toISOString() : null };
}

export async function listArticles(db: Kysely<Database>, tenantId: string, lang?: string): Promise<KnowledgeArticle[]> {
  let q = db.selectFrom('commerce_records').select('data').where('tenant_id', '=', tenantId).where('kind', '=', 'article');
  if (lang) q = q.where('lookup', '=', lang);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.data) as KnowledgeArticle);
}

export async function recordExists(db: Kysely<Database>, tenantId: string, kind: RecordKind, id: string): Promise<boolean> {
  return (await db.selectFrom('commerce_records').select('id').where('tenant_id', '=', tenantId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function saveArticle(db: Kysely<Database>, tenantId: string, article: KnowledgeArticle): Promise<void> {
  await writeRecords(db, tenantId, [{ kind: 'article', id: article.id, lookup: article.language, data: article }]);
}

export async function saveReturnPolicy(db: Kysely<Database>, tenantId: string, policy: ReturnPolicy): Promise<void> {
  // One policy per shop: replace whatever id the seed or an import gave it.
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('commerce_records').where('tenant_id', '=', tenantId).where('kind', '=', 'return_policy').execute();
    await writeRecords(trx, tenantId, [{ kind: 'return_policy', id: 'default', data: policy }]);
  });
}

export async function savePromotion(db: Kysely<Database>, tenantId: string, p: Promotion): Promise<void> {
  await writeRecords(db, tenantId, [{ kind: 'promotion', id: p.id, data: p }]);
}

export async function saveCoupon(db: Kysely<Database>, tenantId: string, c: Coupon): Promise<void> {
  await writeRecords(db, tenantId, [{ kind: 'coupon', id: c.code, lookup: c.code.toUpperCase(), data: c }]);
}

/** Deletes one record; false when the tenant has none with that id. */
export async function deleteRecord(db: Kysely<Database>, tenantId: string, kind: RecordKind, id: string): Promise<boolean> {
  const r = await db.deleteFrom('commerce_records').where('tenant_id', '=', tenantId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
