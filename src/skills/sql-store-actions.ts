// StoreActions over the shopper_requests table: the bot's RMAs, cancellations and address changes,
// idempotent per (order, kind, items) so a retried turn returns the request already filed.
import type { Kysely } from 'kysely';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';
import type { ShopperRequest, ShopperRequestInput, StoreActions } from './store-actions.js';

export class SqlStoreActions implements StoreActions {
  constructor(private readonly db: Kysely<Database>) {}

  async recordRequest(tenantId: string, input: ShopperRequestInput, now: number): Promise<ShopperRequest> {
    const key = `${input.orderId}:${input.kind}:${[...input.itemIds].sort().join(',')}`;
    const id = newId(input.kind === 'return' || input.kind === 'exchange' ? 'rma' : 'req');
    const labelUrl = input.status === 'approved' && (input.kind === 'return' || input.kind === 'exchange') ? `/shop/returns/${id}/label` : undefined;
    const request: ShopperRequest = { ...input, id, createdAt: now, ...(labelUrl ? { labelUrl } : {}) };
    await this.db
      .insertInto('shopper_requests')
      .values({
        tenant_id: tenantId, id, request_key: key, kind: input.kind, order_id: input.orderId, order_number: input.orderNumber,
        status: input.status, data: JSON.stringify(request), created_at: now,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'request_key']).doNothing())
      .execute();
    const row = await this.db
      .selectFrom('shopper_requests')
      .select('data')
      .where('tenant_id', '=', tenantId)
      .where('request_key', '=', key)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.data) as ShopperRequest;
  }
}
