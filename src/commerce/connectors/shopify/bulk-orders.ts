// Reassembles the orders bulk query's JSONL rows into orders. Each order is a row of its own; its line
// items and returns follow as rows carrying `__parentId` (the order's id). An order is complete when
// the next order row arrives, so orders are mapped and handed on in batches while the file streams.
import { ConnectorError, type StoreEntity } from '../connector.js';
import { mapOrderNode, orderNode } from './map-graphql.js';

export interface BulkOrderBatch {
  entities: StoreEntity[];
  /** Orders in this batch. */
  orders: number;
}

type Row = Record<string, unknown>;

/** The type in a Shopify global id: gid://shopify/LineItem/1 → LineItem. */
function gidType(id: unknown): string | undefined {
  return typeof id === 'string' ? /^gid:\/\/shopify\/([A-Za-z]+)\//.exec(id)?.[1] : undefined;
}

/**
 * The bulk query leaves out what bulk operations cannot nest (fulfillment events and line items,
 * return items, reverse deliveries and refunds); those stay empty here and arrive with the first
 * webhook or paged refresh of the order.
 */
function toOrder(row: Row, lines: Row[], returns: Row[]): StoreEntity[] {
  const fulfillments = Array.isArray(row.fulfillments) ? (row.fulfillments as Row[]) : [];
  const candidate = {
    ...row,
    fulfillments: fulfillments.map((f) => ({ ...f, events: { nodes: [] }, fulfillmentLineItems: { nodes: [] } })),
    lineItems: { nodes: lines.map(({ __parentId: _, ...rest }) => rest) },
    returns: { nodes: returns.map(({ __parentId: _, ...rest }) => ({ ...rest, returnLineItems: { nodes: [] }, reverseFulfillmentOrders: { nodes: [] }, refunds: { nodes: [] } })) },
  };
  const r = orderNode.safeParse(candidate);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ConnectorError(`Shopify bulk order ${String(row.id)}: unexpected data at ${i.path.join('.')}: ${i.message}`, 'bad_response');
  }
  return mapOrderNode(r.data);
}

export async function* assembleBulkOrders(rows: AsyncIterable<Row>, batchSize = 250): AsyncGenerator<BulkOrderBatch> {
  let open: { row: Row; lines: Row[]; returns: Row[] } | undefined;
  let batch: StoreEntity[] = [];
  let orders = 0;
  const close = () => {
    if (!open) return;
    batch.push(...toOrder(open.row, open.lines, open.returns));
    orders++;
    open = undefined;
  };
  for await (const row of rows) {
    const parent = row.__parentId;
    if (parent === undefined) {
      if (gidType(row.id) !== 'Order') throw new ConnectorError(`Shopify bulk result: a top-level row is not an order (${String(row.id)})`, 'bad_response');
      close();
      if (orders >= batchSize) {
        yield { entities: batch, orders };
        batch = [];
        orders = 0;
      }
      open = { row, lines: [], returns: [] };
      continue;
    }
    // Rows of one order are grouped after it; a child of any other order means a file we cannot read in one pass.
    if (!open || parent !== open.row.id) throw new ConnectorError(`Shopify bulk result: a row of ${String(parent)} arrived outside its order`, 'bad_response');
    const type = gidType(row.id);
    if (type === 'LineItem') open.lines.push(row);
    else if (type === 'Return') open.returns.push(row);
    else throw new ConnectorError(`Shopify bulk result: unexpected child row ${String(row.id)}`, 'bad_response');
  }
  close();
  if (orders > 0) yield { entities: batch, orders };
}
