// Order status: asks for the order number when missing, proves ownership by the e-mail on the order
// before revealing anything, then answers per order state with the shipment's latest event.
import { formatDate, formatMoney } from '../commerce/money.js';
import type { Order, Shipment } from '../commerce/types.js';
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

function exampleNumber(pattern: string): string {
  return /PD-/.test(pattern) ? 'PD-123456' : '#1001';
}

export async function orderStatus(ctx: SkillContext, input: { intent: string; orderNumber?: string; email?: string }): Promise<SkillResult> {
  const { language: lang, shop, state, now } = ctx;
  const example = exampleNumber(shop.orderNumberPattern);
  const emails = new Set([...(state.emails ?? []), ...(input.email ? [input.email.toLowerCase()] : [])]);
  const nextEmails = [...emails].slice(-5);
  const orderNumber = input.orderNumber?.toUpperCase();

  if (!orderNumber) {
    return {
      replies: [{ text: render(lang, 'ask_order_number', { example }) }],
      state: { ...state, emails: nextEmails, pending: { skill: 'order_status', slot: 'order_number', intent: input.intent, askedAt: now } },
    };
  }

  const known = ctx.customer.email ? [ctx.customer.email.toLowerCase(), ...emails] : [...emails];
  if (known.length === 0) {
    return {
      replies: [{ text: render(lang, 'ask_order_email', { number: orderNumber }) }],
      state: { ...state, emails: nextEmails, pending: { skill: 'order_status', slot: 'email', intent: input.intent, orderNumber, askedAt: now } },
    };
  }

  const order = await ctx.reader.orderByNumber(ctx.tenantId, orderNumber);
  // Not found and not yours read the same, so nobody can probe which order numbers exist.
  if (!order || !known.includes(order.email.toLowerCase())) {
    const cleared = { ...state, emails: nextEmails };
    delete cleared.pending;
    return { replies: [{ text: render(lang, 'order_not_found', { number: orderNumber, example }) }], state: cleared };
  }

  const shipments = await ctx.reader.shipments(ctx.tenantId, order.shipmentIds);
  const done = { ...state, emails: nextEmails };
  delete done.pending;
  return { replies: [{ text: describeOrder(order, shipments, lang, shop.timezone) }], state: done };
}

export function describeOrder(order: Order, shipments: Shipment[], lang: string, timeZone: string): string {
  const latest = [...shipments].sort((a, b) => (b.events.at(-1)?.at ?? '').localeCompare(a.events.at(-1)?.at ?? ''))[0];
  const lastEvent = latest?.events.at(-1);
  const vars = {
    number: order.number,
    total: formatMoney(order.total, lang),
    promised: formatDate(order.promisedDeliveryBy, lang, timeZone),
    carrier: latest?.carrier.toUpperCase() ?? '—',
    tracking: latest?.trackingNumber ?? '—',
    event: lastEvent ? `${lastEvent.description} (${lastEvent.location}, ${formatDate(lastEvent.at, lang, timeZone)})` : '—',
    eta: formatDate(latest?.estimatedDelivery ?? order.promisedDeliveryBy, lang, timeZone),
    delivered: formatDate(order.deliveredAt ?? latest?.deliveredAt, lang, timeZone),
    cancelled: formatDate(order.cancelledAt, lang, timeZone),
  };
  return render(lang, `order_${order.state}`, vars);
}
