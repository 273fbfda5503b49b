// Order status: finds and verifies the order (see order-access), then answers per order state with
// the next step the shopper can take, the parcel's latest event and the promised delivery date.
import { formatDate, formatMoney } from '../commerce/money.js';
import type { Order, Shipment } from '../commerce/types.js';
import { render } from '../reply/render.js';
import { accessOrder, orderAccessReply } from './order-access.js';
import { describeEvent, shopperTimeZone } from './tracking/describe-event.js';
import { detectAnomaly } from './tracking/detect-anomaly.js';
import { predictedDelivery, shipmentAnswer } from './tracking/track-shipment.js';
import type { SkillContext, SkillResult } from './types.js';

export async function orderStatus(ctx: SkillContext): Promise<SkillResult> {
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  const { order } = access;
  const shipments = await ctx.reader.shipments(ctx.tenantId, order.shipmentIds);
  const slots = { ...ctx.slots, orderNumber: order.number };
  const line = describeOrder(order, shipments, ctx.language, ctx.shop.timezone, ctx.now);
  // A parcel in trouble is reported with the status, so the shopper hears it before asking.
  const troubled = shipments.filter((s) => detectAnomaly(s, ctx.now, { destination: order.shippingAddress.country })?.action === 'escalate');
  if (troubled.length > 0) return shipmentAnswer(ctx, troubled, order, slots, line);
  return { replies: [{ text: line }], slots };
}

export function describeOrder(order: Order, shipments: Shipment[], lang: string, shopTimeZone: string, now: number): string {
  const zone = shopperTimeZone(order.shippingAddress.country, shopTimeZone);
  const latest = [...shipments].sort((a, b) => (b.events.at(-1)?.at ?? '').localeCompare(a.events.at(-1)?.at ?? ''))[0];
  const lastEvent = latest?.events.at(-1);
  const vars = {
    number: order.number,
    total: formatMoney(order.total, lang),
    promised: formatDate(order.promisedDeliveryBy, lang, zone),
    carrier: latest?.carrier.toUpperCase() ?? '—',
    tracking: latest?.trackingNumber ?? '—',
    event: lastEvent ? describeEvent(lastEvent, lang, zone) : '—',
    eta: formatDate(latest ? predictedDelivery(latest, null, now) : order.promisedDeliveryBy, lang, zone),
    delivered: formatDate(order.deliveredAt ?? latest?.deliveredAt, lang, zone),
    cancelled: formatDate(order.cancelledAt, lang, zone),
  };
  return render(lang, `order_${order.state}`, vars);
}
