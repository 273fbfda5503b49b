// Files the bot's approved returns on the store's platform (Shopify returnCreate) after recording the
// local RMA, and keeps the platform's return id on the request. The local RMA is written first and
// stays whatever the platform answers: a refusal or an outage is recorded on the request so the
// returns skill hands the case to a person with the reason.
import type { Kysely } from 'kysely';
import type { StoreConnector } from '../../commerce/connectors/connector.js';
import type { Database } from '../../store/schema.js';
import type { ShopperRequest, ShopperRequestInput, StoreActions } from '../store-actions.js';

export class PlatformFilingActions implements StoreActions {
  constructor(
    private readonly inner: StoreActions,
    private readonly db: Kysely<Database>,
    private readonly connectorOf: (tenantId: string) => Promise<StoreConnector | undefined>,
    /** Longest the shopper's turn waits for the platform. */
    private readonly timeoutMs = 8_000,
  ) {}

  async recordRequest(tenantId: string, input: ShopperRequestInput, now: number): Promise<ShopperRequest> {
    const request = await this.inner.recordRequest(tenantId, input, now);
    // A retried turn finds the request already filed and does not file it twice.
    if (request.status !== 'approved' || (request.kind !== 'return' && request.kind !== 'exchange') || request.platformReturnId) return request;
    const connector = await this.connectorOf(tenantId);
    if (!connector?.fileReturn) return request;
    const quantity = Math.max(1, Number(request.details.quantity) || 1);
    let filed: ShopperRequest;
    try {
      const r = await connector.fileReturn({ orderId: request.orderId, items: request.itemIds.map((orderItemId) => ({ orderItemId, quantity })), reason: request.reason }, AbortSignal.timeout(this.timeoutMs));
      const { platformError: _, ...rest } = request;
      filed = { ...rest, platformReturnId: r.id, platformReturnName: r.name };
    } catch (err) {
      filed = { ...request, platformError: (err as Error).message.slice(0, 500) };
    }
    await this.db.updateTable('shopper_requests').set({ data: JSON.stringify(filed) }).where('tenant_id', '=', tenantId).where('id', '=', request.id).execute();
    return filed;
  }
}
