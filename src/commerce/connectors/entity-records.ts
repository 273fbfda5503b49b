// Maps normalised store entities onto rows of the commerce cache, with the same secondary lookups the
// demo seeding uses (order number, tracking number, coupon code, e-mail, handle), upper-cased where
// shoppers type them.
import type { RecordInput } from '../records.js';
import type { Return, ReturnState, Shipment } from '../types.js';
import type { StoreEntity } from './connector.js';

/** The cache stamps syncedAt on read; the row's own updated_at is the truth, so it is never stored. */
function unstamped<T extends { syncedAt?: string }>(value: T): T {
  if (value.syncedAt === undefined) return value;
  const copy = { ...value };
  delete copy.syncedAt;
  return copy;
}

export function entityRecord(e: StoreEntity): RecordInput {
  switch (e.kind) {
    case 'product':
      return { kind: 'product', id: e.value.id, lookup: e.value.handle, data: e.value };
    case 'customer':
      return { kind: 'customer', id: e.value.id, lookup: e.value.email.toLowerCase(), data: e.value };
    case 'order':
      return { kind: 'order', id: e.value.id, lookup: e.value.number.toUpperCase(), data: unstamped(e.value) };
    case 'shipment':
      return { kind: 'shipment', id: e.value.id, lookup: e.value.trackingNumber.toUpperCase(), data: unstamped(e.value) };
    case 'promotion':
      return { kind: 'promotion', id: e.value.id, data: e.value };
    case 'coupon':
      return { kind: 'coupon', id: e.value.code, lookup: e.value.code.toUpperCase(), data: e.value };
    case 'return':
      return { kind: 'return', id: e.value.id, lookup: e.value.orderId, data: unstamped(e.value) };
  }
}

/**
 * A shipment update from a webhook may carry only the latest status; keep the carrier events we
 * already had and add the new ones, oldest first, without duplicates.
 */
export function mergeShipment(existing: Shipment | undefined, incoming: Shipment): Shipment {
  if (!existing) return incoming;
  const seen = new Set<string>();
  const events = [...existing.events, ...incoming.events]
    .filter((ev) => {
      const k = `${ev.at}|${ev.status}|${ev.description}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...existing,
    ...incoming,
    carrier: incoming.carrier || existing.carrier,
    trackingNumber: incoming.trackingNumber || existing.trackingNumber,
    trackingUrl: incoming.trackingUrl || existing.trackingUrl,
    itemIds: incoming.itemIds.length ? incoming.itemIds : existing.itemIds,
    estimatedDelivery: incoming.estimatedDelivery ?? existing.estimatedDelivery,
    deliveredAt: incoming.deliveredAt ?? existing.deliveredAt,
    events,
  };
}

/** The forward lifecycle of a return; a webhook for an earlier step arriving late does not move it back. */
const FORWARD: ReturnState[] = ['requested', 'approved', 'in_transit', 'received', 'refunded'];

/**
 * A return webhook may carry only the id and the new state: keep what the cache knows (order,
 * number, items, label, refund) and take the state, unless it is an earlier step than the cached one.
 * A reopen does move it back, unless it is older than what the cache holds (a late reopen after a
 * later close).
 */
export function mergeReturn(existing: Return | undefined, incoming: Return, reopened = false): Return | undefined {
  if (!existing) return incoming.orderId ? incoming : undefined;
  const a = FORWARD.indexOf(existing.state);
  const b = FORWARD.indexOf(incoming.state);
  const backwards = a >= 0 && b >= 0 && b < a;
  const reopenApplies = reopened && (!existing.updatedAt || !incoming.updatedAt || incoming.updatedAt >= existing.updatedAt);
  const state = backwards && !reopenApplies ? existing.state : incoming.state;
  return {
    ...existing,
    state,
    rma: incoming.rma || existing.rma,
    orderId: incoming.orderId || existing.orderId,
    orderNumber: incoming.orderNumber || existing.orderNumber,
    items: incoming.items.length ? incoming.items : existing.items,
    ...(incoming.labelUrl ? { labelUrl: incoming.labelUrl } : {}),
    ...(incoming.refunded ? { refunded: incoming.refunded } : {}),
    ...(incoming.refundedAt ? { refundedAt: incoming.refundedAt } : {}),
    createdAt: existing.createdAt,
    updatedAt: [existing.updatedAt, incoming.updatedAt].filter((x): x is string => !!x).sort().at(-1) ?? incoming.createdAt,
  };
}
