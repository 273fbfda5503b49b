// Shipment tracking: the latest carrier events in the shopper's language and time zone, promised vs.
// predicted delivery, and anomalies that either reassure ("customs is slow this week") or hand the
// case to a person with the reason (returned to sender, failed delivery, delivered but not received).
// A tracking number alone shows only what the carrier shows anyone; an order number needs ownership.
import { formatDate } from '../../commerce/money.js';
import type { Order, Shipment } from '../../commerce/types.js';
import { render } from '../../reply/render.js';
import { accessOrder, orderAccessReply } from '../order-access.js';
import { describeOrder } from '../order-status.js';
import type { SkillContext, SkillResult } from '../types.js';
import { detectAnomaly, type AnomalyFinding } from './detect-anomaly.js';
import { describeEvent, shopperTimeZone } from './describe-event.js';

const EVENTS_SHOWN = 3;

/** The carrier's estimate, pushed back by how long the parcel has been idle past its limit. */
export function predictedDelivery(shipment: Shipment, finding: AnomalyFinding | null, now: number): string | undefined {
  if (!shipment.estimatedDelivery) return undefined;
  const eta = Date.parse(shipment.estimatedDelivery);
  if (!finding || finding.anomaly === 'late') return new Date(Math.max(eta, now + 86_400_000)).toISOString();
  return new Date(Math.max(eta, now) + finding.idleDays * 86_400_000).toISOString();
}

function describeShipment(ctx: SkillContext, shipment: Shipment, order: Order | undefined, finding: AnomalyFinding | null): string {
  const lang = ctx.language;
  const zone = shopperTimeZone(order?.shippingAddress.country ?? shipment.events.at(-1)?.location.slice(-2), ctx.shop.timezone);
  const lines = [render(lang, 'track_header', { tracking: shipment.trackingNumber, carrier: shipment.carrier.toUpperCase() })];
  for (const event of shipment.events.slice(-EVENTS_SHOWN).reverse()) lines.push(`• ${describeEvent(event, lang, zone)}`);
  if (shipment.status === 'delivered') {
    lines.push(render(lang, 'track_delivered_on', { delivered: formatDate(shipment.deliveredAt ?? shipment.events.at(-1)?.at, lang, zone) }));
  } else {
    const promised = order?.promisedDeliveryBy ?? shipment.estimatedDelivery;
    const predicted = predictedDelivery(shipment, finding, ctx.now);
    lines.push(render(lang, 'track_promise', { promised: formatDate(promised, lang, zone), eta: formatDate(predicted, lang, zone) }));
  }
  if (finding) {
    const key = finding.anomaly === 'no_scan' || finding.anomaly === 'stuck_in_customs' ? `anomaly_${finding.anomaly}_${finding.action}` : `anomaly_${finding.anomaly}`;
    lines.push(render(lang, key as Parameters<typeof render>[1], { days: finding.idleDays }));
  }
  lines.push(shipment.trackingUrl);
  return lines.join('\n');
}

/** The tracking report for these parcels; `lead` goes first (the order-status line). Escalates when an anomaly needs a person. */
export function shipmentAnswer(ctx: SkillContext, shipments: Shipment[], order: Order | undefined, slots: SkillContext['slots'], lead?: string): SkillResult {
  // "It says delivered but I never got it" is a dispute whatever the carrier wrote.
  const disputed = ctx.intent === 'delivery_problem';
  const findings = shipments.map((s) => detectAnomaly(s, ctx.now, {
    destination: order?.shippingAddress.country, promisedBy: order?.promisedDeliveryBy, disputed,
  }));
  const text = [...(lead ? [lead] : []), ...shipments.map((s, i) => describeShipment(ctx, s, order, findings[i] ?? null))].join('\n\n');
  const escalate = findings.some((f) => f?.action === 'escalate');
  return {
    replies: [{ text }, ...(escalate ? [{ text: render(ctx.language, 'handoff_shipment') }] : [])],
    slots,
    ...(escalate ? { handoff: { reason: 'shipment_problem' as const, priority: 2 } } : {}),
  };
}

export async function trackShipment(ctx: SkillContext): Promise<SkillResult> {
  const { trackingNumber } = ctx.slots;
  if (trackingNumber && !ctx.slots.orderNumber) {
    const shipment = await ctx.reader.shipmentByTracking(ctx.tenantId, trackingNumber);
    if (!shipment) {
      const slots = { ...ctx.slots };
      delete slots.trackingNumber;
      return { replies: [{ text: render(ctx.language, 'track_not_found', { tracking: trackingNumber }) }], ask: 'orderNumber', slots };
    }
    return shipmentAnswer(ctx, [shipment], undefined, ctx.slots);
  }
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  const { order } = access;
  const slots = { ...ctx.slots, orderNumber: order.number };
  const shipments = (await ctx.reader.shipments(ctx.tenantId, order.shipmentIds)).sort((a, b) => a.shippedAt.localeCompare(b.shippedAt));
  if (shipments.length === 0) return { replies: [{ text: describeOrder(order, shipments, ctx.language, ctx.shop.timezone, ctx.now) }], slots };
  return shipmentAnswer(ctx, shipments.slice(-2), order, slots);
}
