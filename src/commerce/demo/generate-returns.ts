// Returns already on file in the demo store: some received orders had an item sent back, each return
// in the state its age gives it (requested → approved → in transit → received → refunded; a few
// declined), so "where is my refund?" has real answers. Dates are relative to `now`.
import type { Order, Return, ReturnState } from '../types.js';
import { addDays, iso } from './dates.js';
import type { Random } from './random.js';

/** Share of received orders with a return on file. */
export const RETURNED_ORDER_SHARE = 0.08;
const DAY = 86_400_000;

/** The state a return reaches after this many days, as the demo warehouse works. */
function stateAfter(days: number): ReturnState {
  if (days < 1) return 'requested';
  if (days < 3) return 'approved';
  if (days < 6) return 'in_transit';
  if (days < 8) return 'received';
  return 'refunded';
}

export function generateReturns(orders: readonly Order[], now: Date, random: Random): Return[] {
  const out: Return[] = [];
  for (const order of orders) {
    if ((order.state !== 'delivered' && order.state !== 'closed') || !order.deliveredAt) continue;
    if (!random.chance(RETURNED_ORDER_SHARE)) continue;
    const delivered = Date.parse(order.deliveredAt);
    // Ages spread over the whole life of a return; never before the parcel arrived.
    let created = now.getTime() - random.float(0.1, 16) * DAY;
    if (created <= delivered) created = delivered + random.float(0.2, 0.9) * (now.getTime() - delivered);
    if (created <= delivered || created >= now.getTime()) continue;
    const item = order.items[random.int(0, order.items.length - 1)]!;
    const declined = random.chance(0.1);
    const days = (now.getTime() - created) / DAY;
    const state: ReturnState = declined && days >= 1 ? 'declined' : stateAfter(days);
    const rma = `RMA-${order.number.replace(/\D/g, '')}-1`;
    const refundedAt = state === 'refunded' ? iso(addDays(new Date(created), random.float(8, Math.max(8, days)))) : undefined;
    const unit = item.unitPrice;
    out.push({
      id: `ret_${order.id.replace(/^ord_/, '')}_1`,
      rma,
      orderId: order.id,
      orderNumber: order.number,
      items: [{ orderItemId: item.id, quantity: 1 }],
      state,
      ...(state !== 'requested' && state !== 'declined' ? { labelUrl: `/shop/returns/${rma}/label` } : {}),
      ...(state === 'refunded' ? { refunded: { amountMinor: unit.amountMinor, currency: unit.currency }, refundedAt } : {}),
      reason: random.chance(0.5) ? 'size' : 'changed_mind',
      createdAt: iso(new Date(created)),
      updatedAt: refundedAt ?? iso(new Date(created)),
    });
  }
  return out;
}
