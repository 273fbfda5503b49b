// Shopify webhooks for order and fulfillment updates: X-Shopify-Hmac-Sha256 is the base64 HMAC-SHA256
// of the raw body under the app's client secret; X-Shopify-Webhook-Id identifies the delivery (dedupe).
// Payloads are the REST resources (order, fulfillment), validated with zod and mapped like GraphQL.
import { z } from 'zod';
import { minorDigits } from '../../money.js';
import type { Money, Order, Return, ReturnState, Shipment } from '../../types.js';
import type { StoreEntity } from '../connector.js';
import { WebhookError, header, parseBody, signatureMatches, type VerifiedWebhook } from '../webhook-signature.js';
import { decimalToMinor, shopifyOrderState, shopifyShipmentStatus } from './shopify-states.js';

export const SHOPIFY_ORDER_TOPICS = ['orders/create', 'orders/updated', 'orders/paid', 'orders/cancelled', 'orders/fulfilled', 'orders/partially_fulfilled'];
export const SHOPIFY_FULFILLMENT_TOPICS = ['fulfillments/create', 'fulfillments/update'];
/**
 * Return lifecycle topics (read_returns scope); each delivery moves the cached Return to the topic's
 * state. `reopen` goes back to the open state the payload reports; `process` is refunded when the
 * payload carries a refund, else received (closed).
 */
export const SHOPIFY_RETURN_TOPICS = ['returns/request', 'returns/approve', 'returns/decline', 'returns/cancel', 'returns/close', 'returns/reopen', 'returns/process'];
const RETURN_TOPIC_STATE: Record<string, ReturnState> = { 'returns/request': 'requested', 'returns/approve': 'approved', 'returns/decline': 'declined', 'returns/cancel': 'cancelled', 'returns/close': 'received' };

function returnTopicState(topic: string, p: z.infer<typeof returnPayload>): ReturnState {
  if (topic === 'returns/reopen') return p.status?.toLowerCase() === 'requested' ? 'requested' : 'approved';
  if (topic === 'returns/process') return refundOf(p) ? 'refunded' : 'received';
  return RETURN_TOPIC_STATE[topic]!;
}

/** The successful refund transactions of a processed return, summed; undefined when none. */
function refundOf(p: z.infer<typeof returnPayload>): { money: Money; at: string | undefined } | undefined {
  const done = p.refunds.flatMap((r) => r.transactions.filter((t) => t.kind === 'refund' && t.status === 'success').map((t) => ({ t, at: r.created_at ?? undefined })));
  if (done.length === 0) return undefined;
  const currency = done[0]!.t.currency;
  return {
    money: { amountMinor: done.reduce((sum, d) => sum + decimalToMinor(d.t.amount, minorDigits(d.t.currency)), 0), currency },
    at: done.map((d) => d.at).filter((x): x is string => !!x).sort().at(-1),
  };
}


const str = z.string().nullable().optional();
const num = z.union([z.number(), z.string()]);
const priceSet = z.object({ presentment_money: z.object({ amount: z.string(), currency_code: z.string() }) }).nullable().optional();

/**
 * The return webhooks' REST shape. request/approve carry the order and the line items; decline,
 * cancel and close may carry the return's id and status only, so those update the cached Return.
 */
const returnPayload = z.object({
  id: num,
  admin_graphql_api_id: str,
  name: str,
  status: str,
  order: z.object({ id: num, admin_graphql_api_id: str, name: str }).nullable().optional(),
  return_line_items: z
    .array(z.object({ quantity: z.number(), fulfillment_line_item: z.object({ line_item: z.object({ id: num, admin_graphql_api_id: str }).nullable().optional() }).nullable().optional() }))
    .default([]),
  // returns/process: the refunds Shopify issued while processing (REST Refund resource).
  refunds: z
    .array(z.object({ id: num, created_at: str, transactions: z.array(z.object({ amount: z.string(), currency: z.string(), kind: z.string(), status: z.string() })).default([]) }))
    .default([]),
});

const fulfillmentPayload = z.object({
  id: num,
  admin_graphql_api_id: str,
  order_id: num,
  status: z.string(),
  shipment_status: str,
  created_at: z.string(),
  updated_at: z.string(),
  tracking_company: str,
  tracking_number: str,
  tracking_url: str,
  line_items: z.array(z.object({ id: num, admin_graphql_api_id: str, quantity: z.number() })).default([]),
});

const orderPayload = z.object({
  id: num,
  admin_graphql_api_id: str,
  name: z.string(),
  email: str,
  phone: str,
  created_at: z.string(),
  updated_at: str,
  processed_at: str,
  cancelled_at: str,
  financial_status: str,
  fulfillment_status: str,
  currency: z.string(),
  presentment_currency: str,
  subtotal_price_set: priceSet,
  total_shipping_price_set: priceSet,
  total_discounts_set: priceSet,
  total_tax_set: priceSet,
  total_price_set: priceSet,
  total_price: z.string(),
  discount_codes: z.array(z.object({ code: z.string() })).default([]),
  payment_gateway_names: z.array(z.string()).default([]),
  customer: z.object({ id: num, admin_graphql_api_id: str }).nullable().optional(),
  shipping_address: z
    .object({ name: str, address1: str, address2: str, city: str, province: str, zip: str, country_code: str, phone: str })
    .nullable()
    .optional(),
  line_items: z.array(
    z.object({
      id: num,
      admin_graphql_api_id: str,
      title: z.string(),
      sku: str,
      quantity: z.number(),
      fulfillable_quantity: z.number().nullable().optional(),
      variant_id: num.nullable().optional(),
      product_id: num.nullable().optional(),
      price: z.string(),
      price_set: priceSet,
    }),
  ),
  fulfillments: z.array(fulfillmentPayload.omit({ order_id: true }).extend({ order_id: num.optional() })).default([]),
});

const gid = (type: string, id: string | number | null | undefined, given?: string | null) => given ?? (id === null || id === undefined ? '' : `gid://shopify/${type}/${id}`);

function money(set: z.infer<typeof priceSet>, fallbackCurrency: string): Money {
  if (!set) return { amountMinor: 0, currency: fallbackCurrency };
  const c = set.presentment_money.currency_code;
  return { amountMinor: decimalToMinor(set.presentment_money.amount, minorDigits(c)), currency: c };
}

function mapFulfillment(orderId: string, f: z.infer<typeof fulfillmentPayload> | z.infer<typeof orderPayload>['fulfillments'][number]): Shipment {
  const status = shopifyShipmentStatus(f.shipment_status);
  return {
    id: gid('Fulfillment', f.id, f.admin_graphql_api_id),
    orderId,
    carrier: f.tracking_company ?? '',
    trackingNumber: f.tracking_number ?? '',
    trackingUrl: f.tracking_url ?? '',
    status,
    itemIds: f.line_items.map((li) => gid('LineItem', li.id, li.admin_graphql_api_id)),
    shippedAt: f.created_at,
    ...(status === 'delivered' ? { deliveredAt: f.updated_at } : {}),
    // The payload carries the latest status only; the cache keeps earlier events (mergeShipment).
    events: f.shipment_status ? [{ at: f.updated_at, status, description: f.shipment_status.replace(/_/g, ' '), location: '' }] : [],
  };
}

export function mapOrderPayload(p: z.infer<typeof orderPayload>): StoreEntity[] {
  const id = gid('Order', p.id, p.admin_graphql_api_id);
  const currency = p.presentment_currency ?? p.currency;
  const shipments = p.fulfillments.filter((f) => f.status === 'success' || f.status === 'open' || f.status === 'pending').map((f) => mapFulfillment(id, f));
  const shipped = new Map<string, number>();
  for (const f of p.fulfillments) {
    if (f.status !== 'success') continue;
    for (const li of f.line_items) {
      const k = gid('LineItem', li.id, li.admin_graphql_api_id);
      shipped.set(k, (shipped.get(k) ?? 0) + li.quantity);
    }
  }
  const a = p.shipping_address;
  const financial = p.financial_status?.toUpperCase();
  const order: Order = {
    id,
    number: p.name,
    customerId: p.customer ? gid('Customer', p.customer.id, p.customer.admin_graphql_api_id) : '',
    email: p.email ?? '',
    phone: p.phone ?? a?.phone ?? '',
    state: shopifyOrderState({
      cancelled: !!p.cancelled_at,
      financial,
      fulfillment: p.fulfillment_status === 'fulfilled' ? 'FULFILLED' : p.fulfillment_status === 'partial' ? 'PARTIALLY_FULFILLED' : 'UNFULFILLED',
      allDelivered: shipments.length > 0 && shipments.every((s) => s.status === 'delivered'),
    }),
    currency,
    items: p.line_items.map((li) => {
      const liId = gid('LineItem', li.id, li.admin_graphql_api_id);
      return {
        id: liId,
        productId: gid('Product', li.product_id),
        variantId: gid('ProductVariant', li.variant_id),
        title: li.title,
        sku: li.sku ?? '',
        quantity: li.quantity,
        unitPrice: li.price_set ? money(li.price_set, currency) : { amountMinor: decimalToMinor(li.price, minorDigits(currency)), currency },
        shippedQuantity: Math.min(li.quantity, shipped.get(liId) ?? 0),
      };
    }),
    subtotal: money(p.subtotal_price_set, currency),
    shippingFee: money(p.total_shipping_price_set, currency),
    discount: money(p.total_discounts_set, currency),
    tax: money(p.total_tax_set, currency),
    total: p.total_price_set ? money(p.total_price_set, currency) : { amountMinor: decimalToMinor(p.total_price, minorDigits(currency)), currency },
    couponCodes: p.discount_codes.map((d) => d.code),
    paymentMethod: p.payment_gateway_names[0] ?? '',
    placedAt: p.created_at,
    ...(financial === 'PAID' || financial === 'PARTIALLY_REFUNDED' ? { paidAt: p.processed_at ?? p.created_at } : {}),
    ...(p.cancelled_at ? { cancelledAt: p.cancelled_at } : {}),
    shippingAddress: {
      name: a?.name ?? '',
      line1: a?.address1 ?? '',
      ...(a?.address2 ? { line2: a.address2 } : {}),
      city: a?.city ?? '',
      ...(a?.province ? { region: a.province } : {}),
      postalCode: a?.zip ?? '',
      country: a?.country_code ?? '',
      ...(a?.phone ? { phone: a.phone } : {}),
    },
    shipmentIds: shipments.map((s) => s.id),
    ...(p.updated_at ? { updatedAt: p.updated_at } : {}),
  };
  return [{ kind: 'order', value: order }, ...shipments.map((value) => ({ kind: 'shipment' as const, value }))];
}

/** Verifies and parses one delivery; throws WebhookError (401 forged, 400 malformed). */
export function verifyShopifyWebhook(headers: Record<string, string | string[] | undefined>, raw: Buffer, secret: string): VerifiedWebhook {
  if (!signatureMatches(secret, raw, header(headers, 'x-shopify-hmac-sha256'))) {
    throw new WebhookError(401, 'invalid_signature', 'X-Shopify-Hmac-Sha256 does not match the body signed with the app secret');
  }
  const deliveryId = header(headers, 'x-shopify-webhook-id');
  const topic = header(headers, 'x-shopify-topic');
  if (!deliveryId || !topic) throw new WebhookError(400, 'missing_header', 'X-Shopify-Webhook-Id and X-Shopify-Topic are required');
  const body = parseBody(raw);
  if (SHOPIFY_ORDER_TOPICS.includes(topic)) {
    const p = orderPayload.safeParse(body);
    if (!p.success) throw new WebhookError(400, 'invalid_payload', `${topic}: ${p.error.issues[0]!.path.join('.')}: ${p.error.issues[0]!.message}`);
    return { deliveryId, topic, entities: mapOrderPayload(p.data) };
  }
  if (SHOPIFY_FULFILLMENT_TOPICS.includes(topic)) {
    const p = fulfillmentPayload.safeParse(body);
    if (!p.success) throw new WebhookError(400, 'invalid_payload', `${topic}: ${p.error.issues[0]!.path.join('.')}: ${p.error.issues[0]!.message}`);
    return { deliveryId, topic, entities: [{ kind: 'shipment', value: mapFulfillment(gid('Order', p.data.order_id), p.data) }] };
  }
  if (SHOPIFY_RETURN_TOPICS.includes(topic)) {
    const p = returnPayload.safeParse(body);
    if (!p.success) throw new WebhookError(400, 'invalid_payload', `${topic}: ${p.error.issues[0]!.path.join('.')}: ${p.error.issues[0]!.message}`);
    const at = header(headers, 'x-shopify-triggered-at');
    const when = at && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : new Date().toISOString();
    return { deliveryId, topic, entities: [{ kind: 'return', value: mapReturnPayload(p.data, returnTopicState(topic, p.data), when), ...(topic === 'returns/reopen' ? { reopened: true } : {}) }] };
  }
  return { deliveryId, topic, entities: [] };
}

/** A Return from a return webhook; without the order (orderId '') it only updates a cached Return. */
function mapReturnPayload(p: z.infer<typeof returnPayload>, state: ReturnState, at: string): Return {
  const refund = state === 'refunded' ? refundOf(p) : undefined;
  return {
    id: gid('Return', p.id, p.admin_graphql_api_id),
    rma: p.name ?? '',
    orderId: p.order ? gid('Order', p.order.id, p.order.admin_graphql_api_id) : '',
    orderNumber: p.order?.name ?? '',
    items: p.return_line_items.flatMap((li) => (li.fulfillment_line_item?.line_item ? [{ orderItemId: gid('LineItem', li.fulfillment_line_item.line_item.id, li.fulfillment_line_item.line_item.admin_graphql_api_id), quantity: li.quantity }] : [])),
    state,
    ...(refund ? { refunded: refund.money, refundedAt: refund.at ?? at } : {}),
    createdAt: at,
    updatedAt: at,
  };
}
