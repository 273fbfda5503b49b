// Store webhooks (POST /webhooks/store/:slug) for Shopify and WooCommerce order and shipment updates:
// the raw body is kept for the platform's HMAC check, a forged or malformed delivery is refused and
// never applied, a repeated delivery id is acknowledged once. Also the integrator's view of the store
// cache (GET /api/v1/store, GET /api/v1/store/orders/:number) with each record's age.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loadConnection } from '../../commerce/connectors/connections.js';
import { storeCredentialsBox } from '../../commerce/connectors/store-credentials-key.js';
import type { SecretBox } from '../../runtime/secret-box.js';
import { verifyShopifyWebhook } from '../../commerce/connectors/shopify/shopify-webhook.js';
import { WebhookError, type VerifiedWebhook } from '../../commerce/connectors/webhook-signature.js';
import { verifyWooWebhook } from '../../commerce/connectors/woocommerce/woo-webhook.js';
import { cacheAgeMs } from '../../commerce/records.js';
import { applyEntities } from '../../commerce/sync/apply-entities.js';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';

/** Shopify sends order payloads of a few hundred KB for large orders; 2 MiB leaves room. */
export const STORE_WEBHOOK_BODY_LIMIT = 2 * 1024 * 1024;

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a shop slug') });
const orderParams = z.object({ number: z.string().trim().min(1).max(64) });

export function registerStoreWebhooks(app: FastifyInstance, ctx: AppContext): void {
  let box: SecretBox | undefined;
  const secretBox = (): SecretBox => {
    if (!box) {
      try {
        box = storeCredentialsBox(ctx.config.STORE_CREDENTIALS_KEY);
      } catch (err) {
        throw new ApiError(503, 'store_not_configured', (err as Error).message);
      }
    }
    return box;
  };

  void app.register(async (scope) => {
    // Signatures are over the exact bytes: keep the body raw in this scope only.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: STORE_WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));

    scope.post('/webhooks/store/:slug', { bodyLimit: STORE_WEBHOOK_BODY_LIMIT }, async (req, reply) => {
      const { slug } = parseWith(slugParams, req.params);
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const tenant = await ctx.tenants.bySlug(slug);
      if (!tenant) throw new ApiError(404, 'not_found', `shop ${slug} not found`);
      const connection = await loadConnection(ctx.store.db, secretBox(), tenant.id);
      if (!connection || connection.platform === 'demo') throw new ApiError(404, 'not_connected', `shop ${slug} has no Shopify or WooCommerce store connected`);
      let hook: VerifiedWebhook;
      try {
        const headers = req.headers as Record<string, string | string[] | undefined>;
        hook = connection.platform === 'shopify' ? verifyShopifyWebhook(headers, raw, connection.webhookSecret) : verifyWooWebhook(headers, raw, connection.webhookSecret);
      } catch (err) {
        if (err instanceof WebhookError) {
          req.log.warn({ tenantId: tenant.id, code: err.code }, 'store webhook refused');
          throw new ApiError(err.status, err.code, err.message);
        }
        throw err;
      }
      if (!hook.deliveryId) return reply.code(200).send({ ok: true, topic: hook.topic, applied: 0 });
      const result = await ctx.store.db.transaction().execute(async (trx) => {
        const receipt = await trx
          .insertInto('store_webhook_receipts')
          .values({ tenant_id: tenant.id, webhook_id: hook.deliveryId, received_at: Date.now() })
          .onConflict((oc) => oc.columns(['tenant_id', 'webhook_id']).doNothing())
          .executeTakeFirst();
        if (Number(receipt.numInsertedOrUpdatedRows ?? 0n) === 0) return { duplicate: true, applied: 0 };
        return { duplicate: false, applied: await applyEntities(trx, tenant.id, hook.entities, { merge: true }) };
      });
      return reply.code(200).send({ ok: true, topic: hook.topic, ...result });
    });
  });

  app.get('/api/v1/store', async (req) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const row = await ctx.store.db.selectFrom('store_connections').select(['platform', 'base_url', 'sync_state', 'synced_at', 'reconciled_at', 'last_error']).where('tenant_id', '=', tenantId).executeTakeFirst();
    const counts = await ctx.store.db
      .selectFrom('commerce_records')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('updated_at').as('oldest')])
      .where('tenant_id', '=', tenantId)
      .groupBy('kind')
      .execute();
    const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
    return {
      connection: row
        ? { platform: row.platform, url: row.base_url, syncedAt: iso(row.synced_at), reconciledAt: iso(row.reconciled_at), lastError: row.last_error, importRunning: (JSON.parse(row.sync_state) as { running: boolean }).running }
        : null,
      cache: Object.fromEntries(counts.map((c) => [c.kind, { records: Number(c.n), oldestSyncedAt: iso(Number(c.oldest)) }])),
    };
  });

  app.get('/api/v1/store/orders/:number', async (req) => {
    const tenantId = await ctx.apiKeys.authenticate(req.headers.authorization);
    const { number } = parseWith(orderParams, req.params);
    const order = await ctx.reader.orderByNumber(tenantId, number);
    if (!order) throw new ApiError(404, 'not_found', `order ${number} is not in the store cache and the store did not return it`);
    const shipments = await ctx.reader.shipments(tenantId, order.shipmentIds);
    const age = cacheAgeMs(order);
    return { order, shipments, cache: { syncedAt: order.syncedAt ?? null, ageSeconds: age === undefined ? null : Math.round(age / 1000) } };
  });
}
