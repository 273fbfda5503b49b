// The demo store (src/commerce/demo) behind the connector interface: the embedded first
// implementation, so the sync, the cache and the tests run the same path as a real platform.
import type { DemoStoreData, Order, Return, Shipment } from '../../types.js';
import { ConnectorError, type FetchOptions, type Page, type StoreConnector, type StoreEntity, type SyncKind } from '../connector.js';

/** The latest moment an order changed (its returns included), as far as the demo data records it. */
function orderChangedAt(o: Order, returns: readonly Return[]): string {
  return [o.placedAt, o.paidAt, o.cancelledAt, o.deliveredAt, ...returns.map((r) => r.updatedAt ?? r.createdAt)].filter((x): x is string => !!x).sort().at(-1)!;
}

export class DemoConnector implements StoreConnector {
  readonly platform = 'demo' as const;
  readonly kinds: readonly SyncKind[] = ['products', 'customers', 'coupons', 'promotions', 'orders'];
  private readonly shipmentsById: Map<string, Shipment>;
  private readonly returnsByOrder = new Map<string, Return[]>();

  constructor(private readonly data: DemoStoreData, private readonly pageSize = 250) {
    this.shipmentsById = new Map(data.shipments.map((s) => [s.id, s]));
    for (const r of data.returns ?? []) this.returnsByOrder.set(r.orderId, [...(this.returnsByOrder.get(r.orderId) ?? []), r]);
  }

  async fetchPage(kind: SyncKind, options: FetchOptions = {}): Promise<Page> {
    const offset = options.cursor ? Number(options.cursor) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw new ConnectorError(`bad demo cursor ${options.cursor}`, 'bad_response');
    const all = this.entitiesOf(kind, options.updatedSince);
    const slice = all.slice(offset, offset + this.pageSize);
    const next = offset + this.pageSize < all.length ? String(offset + this.pageSize) : null;
    return { entities: slice.flatMap((e) => this.withShipments(e)), next, total: all.length };
  }

  async fetchOrder(number: string): Promise<StoreEntity[]> {
    const order = this.data.orders.find((o) => o.number.toUpperCase() === number.toUpperCase());
    return order ? this.withShipments({ kind: 'order', value: order }) : [];
  }

  private entitiesOf(kind: SyncKind, since: string | undefined): StoreEntity[] {
    switch (kind) {
      case 'orders':
        return this.data.orders.filter((o) => !since || orderChangedAt(o, this.returnsByOrder.get(o.id) ?? []) >= since).map((value) => ({ kind: 'order', value }));
      // The demo catalog, customers and discounts carry no change time and never change after seeding.
      case 'products':
        return since ? [] : this.data.products.map((value) => ({ kind: 'product', value }));
      case 'customers':
        return since ? [] : this.data.customers.map((value) => ({ kind: 'customer', value }));
      case 'coupons':
        return since ? [] : this.data.coupons.map((value) => ({ kind: 'coupon', value }));
      case 'promotions':
        return since ? [] : this.data.promotions.map((value) => ({ kind: 'promotion', value }));
    }
  }

  private withShipments(e: StoreEntity): StoreEntity[] {
    if (e.kind !== 'order') return [e];
    const shipments = e.value.shipmentIds.map((id) => this.shipmentsById.get(id)).filter((s): s is Shipment => !!s);
    const returns = this.returnsByOrder.get(e.value.id) ?? [];
    return [e, ...shipments.map((value) => ({ kind: 'shipment' as const, value })), ...returns.map((value) => ({ kind: 'return' as const, value }))];
  }
}
