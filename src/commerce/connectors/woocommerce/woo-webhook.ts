// WooCommerce webhooks for order updates (order.created, order.updated; tracking numbers arrive in
// the order's Shipment Tracking meta): X-WC-Webhook-Signature is the base64 HMAC-SHA256 of the raw
// body under the webhook's secret; X-WC-Webhook-Delivery-ID identifies the delivery (dedupe).
import { WebhookError, header, parseBody, signatureMatches, type VerifiedWebhook } from '../webhook-signature.js';
import { mapWooOrder, wooOrder } from './map-woo.js';

export const WOO_ORDER_TOPICS = ['order.created', 'order.updated', 'order.restored'];

/** Woo pings a new webhook's URL with this form body (and no topic) to check it answers 2xx. */
const PING = /^webhook_id=\d+$/;

export function verifyWooWebhook(headers: Record<string, string | string[] | undefined>, raw: Buffer, secret: string): VerifiedWebhook {
  const topic = header(headers, 'x-wc-webhook-topic');
  if (!topic && PING.test(raw.toString('utf8'))) return { deliveryId: '', topic: 'ping', entities: [] };
  if (!signatureMatches(secret, raw, header(headers, 'x-wc-webhook-signature'))) {
    throw new WebhookError(401, 'invalid_signature', 'X-WC-Webhook-Signature does not match the body signed with the webhook secret');
  }
  const deliveryId = header(headers, 'x-wc-webhook-delivery-id');
  if (!deliveryId || !topic) throw new WebhookError(400, 'missing_header', 'X-WC-Webhook-Delivery-ID and X-WC-Webhook-Topic are required');
  const body = parseBody(raw);
  if (!WOO_ORDER_TOPICS.includes(topic)) return { deliveryId, topic, entities: [] };
  const p = wooOrder.safeParse(body);
  if (!p.success) throw new WebhookError(400, 'invalid_payload', `${topic}: ${p.error.issues[0]!.path.join('.')}: ${p.error.issues[0]!.message}`);
  return { deliveryId, topic, entities: mapWooOrder(p.data) };
}
