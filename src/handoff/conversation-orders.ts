// The orders beside the chat in the agent's side panel: every order number the NLU found in the
// shopper's messages first, then the shopper's other recent orders (by the e-mail or phone they are
// known by), each read through the CommerceReader with its shipments (tracking timeline) and the
// returns the store has on file for it (state, label, refund).
import type { CommerceReader } from '../commerce/records.js';
import type { Order, Return, Shipment } from '../commerce/types.js';
import type { Database } from '../store/schema.js';

export interface ConversationOrder {
  order: Order;
  shipments: Shipment[];
  /** Returns (RMAs) on file for the order, newest first. */
  returns: Return[];
  /** The shopper named it in this conversation (otherwise one of their recent orders). */
  mentioned: boolean;
}

/** Most orders shown beside the chat. */
const MAX_ORDERS = 5;

export function orderNumbersIn(messages: Pick<Database['messages'], 'direction' | 'meta'>[]): string[] {
  const numbers: string[] = [];
  for (const m of messages) {
    if (m.direction !== 'in' || !m.meta) continue;
    try {
      const entities = (JSON.parse(m.meta) as { entities?: { type?: unknown; value?: unknown }[] }).entities ?? [];
      for (const e of entities) if (e.type === 'order_number' && typeof e.value === 'string' && !numbers.includes(e.value)) numbers.push(e.value);
    } catch {
      // A message whose NLU record is unreadable simply mentions no order.
    }
  }
  return numbers.slice(-5);
}

export async function conversationOrders(
  reader: CommerceReader,
  tenantId: string,
  messages: Pick<Database['messages'], 'direction' | 'meta'>[],
  shopper: { email?: string; phone?: string } = {},
): Promise<ConversationOrder[]> {
  const orders: { order: Order; mentioned: boolean }[] = [];
  for (const n of orderNumbersIn(messages)) {
    const order = await reader.orderByNumber(tenantId, n);
    if (order) orders.push({ order, mentioned: true });
  }
  if ((shopper.email || shopper.phone) && orders.length < MAX_ORDERS) {
    for (const order of await reader.recentOrders(tenantId, shopper, MAX_ORDERS)) {
      if (orders.length < MAX_ORDERS && !orders.some((o) => o.order.id === order.id)) orders.push({ order, mentioned: false });
    }
  }
  return Promise.all(orders.map(async (o) => ({
    ...o,
    shipments: o.order.shipmentIds.length > 0 ? await reader.shipments(tenantId, o.order.shipmentIds) : [],
    returns: await reader.returnsForOrder(tenantId, o.order.id),
  })));
}
