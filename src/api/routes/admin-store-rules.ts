// Admin API for the merchant's own commerce rules (session auth): the return policy, promotions and
// coupons the skills apply. Editable on the embedded (demo or hand-entered) store data; with a
// Shopify or WooCommerce store connected they are shown read-only with the age of the last sync (the
// store owns them) and writes answer 409. Supervisors read; owners and admins change.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { SessionUser } from '../auth/session.js';
import { ApiError, parseWith } from '../errors.js';
import { couponInput, deleteRecord, promotionInput, returnPolicyInput, saveCoupon, savePromotion, saveReturnPolicy, storeSource } from '../../commerce/merchant-rules.js';
import { requireAdmin } from './admin-access.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

export function registerAdminStoreRules(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  const editable = async (user: SessionUser) => {
    const source = await storeSource(db, user.tenantId);
    if (!source.editable) throw new ApiError(409, 'synced_store', `these rules come from your ${source.platform} store; change them there (last sync ${source.syncedAt ?? 'pending'})`);
  };
  const changed = (user: SessionUser) => ctx.commerceCache.forget(user.tenantId);

  app.get('/api/console/admin/store-rules', async (req) => {
    const user = await requireAdmin(ctx, req, 'read', 'read store rules');
    const [source, returnPolicy, promotions, coupons, tenant] = await Promise.all([
      storeSource(db, user.tenantId),
      ctx.reader.returnPolicy(user.tenantId),
      ctx.reader.promotions(user.tenantId),
      ctx.reader.coupons(user.tenantId),
      ctx.tenants.get(user.tenantId),
    ]);
    return { source, timezone: tenant?.shop.timezone ?? 'UTC', returnPolicy: returnPolicy ?? null, promotions, coupons };
  });

  app.put('/api/console/admin/store-rules/return-policy', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit the return policy');
    const policy = parseWith(returnPolicyInput, req.body);
    await editable(user);
    await saveReturnPolicy(db, user.tenantId, policy);
    changed(user);
    return { returnPolicy: policy };
  });

  app.put('/api/console/admin/store-rules/promotions', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit promotions');
    const promotion = parseWith(promotionInput, req.body);
    await editable(user);
    await savePromotion(db, user.tenantId, promotion);
    changed(user);
    return { promotion };
  });

  app.delete('/api/console/admin/store-rules/promotions/:id', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit promotions');
    const { id } = parseWith(idParams, req.params);
    await editable(user);
    if (!(await deleteRecord(db, user.tenantId, 'promotion', id))) throw new ApiError(404, 'not_found', `promotion ${id} not found`);
    changed(user);
    return { ok: true };
  });

  app.put('/api/console/admin/store-rules/coupons', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit coupons');
    const coupon = parseWith(couponInput, req.body);
    await editable(user);
    await saveCoupon(db, user.tenantId, coupon);
    changed(user);
    return { coupon };
  });

  app.delete('/api/console/admin/store-rules/coupons/:code', async (req) => {
    const user = await requireAdmin(ctx, req, 'edit', 'edit coupons');
    const { code } = parseWith(z.object({ code: z.string().min(1).max(40) }), req.params);
    await editable(user);
    if (!(await deleteRecord(db, user.tenantId, 'coupon', code))) throw new ApiError(404, 'not_found', `coupon ${code} not found`);
    changed(user);
    return { ok: true };
  });
}
