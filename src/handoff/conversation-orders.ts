// The orders a conversation is about, for the agent's side panel: every order number the NLU found
// in the shopper's messages, read through the CommerceReader with its shipments (tracking timeline).
import type { CommerceReader } from '../commerce/records.js';
import type { Order, Shipment } from '../commerce/types.js';
import type { Database } from '../store/schema.js';

export interface ConversationOrder {
  order: Order;
  shipments: Shipment[];
}

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

export async function conversationOrders(reader: CommerceReader, tenantId: string, messages: Pick<Database['messages'], 'direction' | 'meta'>[]): Promise<ConversationOrder[]> {
  const out: ConversationOrder[] = [];
  for (const n of orderNumbersIn(messages)) {
    const order = await reader.orderByNumber(tenantId, n);
    if (order) out.push({ order, shipments: await reader.shipments(tenantId, order.shipmentIds) });
  }
  return out;
}
