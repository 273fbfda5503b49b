// Writes normalised entities from a store into the tenant's cache. A shipment update keeps the carrier
// events already cached (webhooks carry only the latest status) and links itself to its order.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { StoreEntity } from '../connectors/connector.js';
import { entityRecord, mergeReturn, mergeShipment } from '../connectors/entity-records.js';
import { writeRecords } from '../records.js';
import type { Order, Return, Shipment } from '../types.js';

async function cached<T>(db: Kysely<Database>, tenantId: string, kind: 'order' | 'shipment' | 'return', ids: string[]): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('commerce_records').select(['id', 'data']).where('tenant_id', '=', tenantId).where('kind', '=', kind).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, JSON.parse(r.data) as T]));
}

function isOlder(incoming: Order, cachedOrder: Order | undefined): boolean {
  return !!(incoming.updatedAt && cachedOrder?.updatedAt && Date.parse(incoming.updatedAt) < Date.parse(cachedOrder.updatedAt));
}

/**
 * Applies entities as one write. With `merge` (webhooks, reconciliation) shipments are merged into
 * what is cached and attached to cached orders that do not list them yet; a full import overwrites.
 */
export async function applyEntities(db: Kysely<Database>, tenantId: string, entities: StoreEntity[], opts: { merge: boolean }): Promise<number> {
  if (entities.length === 0) return 0;
  if (!opts.merge) {
    await writeRecords(db, tenantId, entities.map(entityRecord));
    return entities.length;
  }
  // Webhooks arrive out of order (retries, parallel deliveries): an order older than the cached copy
  // is dropped, with the shipments that came in its payload kept (they merge by event).
  const incoming = entities.filter((e): e is { kind: 'order'; value: Order } => e.kind === 'order').map((e) => e.value);
  const current = await cached<Order>(db, tenantId, 'order', incoming.map((o) => o.id));
  const outdated = new Set(incoming.filter((o) => isOlder(o, current.get(o.id))).map((o) => o.id));
  const fresh = entities.filter((e) => !(e.kind === 'order' && outdated.has(e.value.id)));
  const shipments = fresh.filter((e): e is { kind: 'shipment'; value: Shipment } => e.kind === 'shipment').map((e) => e.value);
  const incomingOrders = new Set(fresh.filter((e) => e.kind === 'order').map((e) => e.value.id as string));
  const existing = await cached<Shipment>(db, tenantId, 'shipment', shipments.map((s) => s.id));
  const orphans = [...new Set(shipments.map((s) => s.orderId).filter((id) => !incomingOrders.has(id)))];
  const orders = await cached<Order>(db, tenantId, 'order', orphans.filter((id) => !current.has(id)));
  for (const id of orphans) if (current.has(id)) orders.set(id, current.get(id)!);
  const returnsIn = fresh.filter((e): e is { kind: 'return'; value: Return } => e.kind === 'return').map((e) => e.value);
  const cachedReturns = await cached<Return>(db, tenantId, 'return', returnsIn.map((r) => r.id));
  const out: StoreEntity[] = fresh.flatMap((e): StoreEntity[] => {
    if (e.kind === 'shipment') return [{ kind: 'shipment', value: mergeShipment(existing.get(e.value.id), e.value) }];
    if (e.kind !== 'return') return [e];
    // A state-only update of a return the cache has never seen waits for the next reconciliation.
    const merged = mergeReturn(cachedReturns.get(e.value.id), e.value, e.reopened);
    return merged ? [{ kind: 'return', value: merged }] : [];
  });
  const linked = new Set<string>();
  for (const s of shipments) {
    const order = orders.get(s.orderId);
    if (order && !order.shipmentIds.includes(s.id)) {
      order.shipmentIds = [...order.shipmentIds, s.id];
      linked.add(order.id);
    }
  }
  // One row per order even when several of its shipments arrived together.
  for (const id of linked) out.push({ kind: 'order', value: orders.get(id)! });
  await writeRecords(db, tenantId, out.map(entityRecord));
  return out.length;
}
