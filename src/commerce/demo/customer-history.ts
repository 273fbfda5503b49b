// Fills in what a customer record knows from their orders: order count, lifetime spend, sign-up
// date before the first order, VIP status and the tags support agents look at.
import type { Customer, Order, Shipment } from '../types.js';
import { localAmount, usd } from './currencies.js';
import { addDays, iso } from './dates.js';
import type { CustomerProfile } from './generate-customers.js';
import type { Random } from './random.js';
import { DELIVERY_DISPUTE_DESCRIPTION } from './shipment-anomalies.js';

/** Lifetime spend (US$ or the local round equivalent) that makes a customer VIP. */
export const VIP_LIFETIME_SPEND = usd(1000);

/** Orders that count towards spend: paid, and not cancelled (those were refunded). */
export function countsTowardsSpend(order: Order): boolean {
  return order.paidAt !== undefined && order.state !== 'cancelled';
}

export function applyOrderHistory(profiles: readonly CustomerProfile[], orders: readonly Order[], shipments: readonly Shipment[], random: Random): Customer[] {
  const byCustomer = new Map<string, Order[]>();
  for (const order of orders) byCustomer.set(order.customerId, [...(byCustomer.get(order.customerId) ?? []), order]);
  const disputedOrders = new Set(shipments
    .filter((shipment) => shipment.events.some((event) => event.description === DELIVERY_DISPUTE_DESCRIPTION))
    .map((shipment) => shipment.orderId));

  return profiles.map(({ customer }) => {
    const history = byCustomer.get(customer.id) ?? [];
    const spend = history.filter(countsTowardsSpend).reduce((sum, order) => sum + order.total.amountMinor, 0);
    const currency = customer.lifetimeSpend.currency;
    const vipThreshold = currency === 'USD' ? VIP_LIFETIME_SPEND.amountMinor : localAmount(VIP_LIFETIME_SPEND, currency).amountMinor;
    const vip = spend >= vipThreshold;
    const firstPlaced = Math.min(...history.map((order) => Date.parse(order.placedAt)));
    // Most shoppers sign up at their first checkout; some had an account for a while before.
    const createdAt = history.length === 0 ? customer.createdAt
      : iso(addDays(new Date(firstPlaced), random.chance(0.5) ? -random.float(0.002, 0.02) : -random.float(1, 180)));
    const tags = new Set(customer.tags);
    if (vip) tags.add('vip');
    if (history.filter(countsTowardsSpend).length >= 3) tags.add('repeat-buyer');
    if (history.some((order) => disputedOrders.has(order.id))) tags.add('delivery-dispute');
    if (history.some((order) => order.state === 'awaiting_group_buy')) tags.add('group-buy');
    return {
      ...customer,
      vip,
      tags: [...tags].sort(),
      createdAt,
      lifetimeSpend: { amountMinor: spend, currency },
      ordersCount: history.length,
    };
  });
}

/** Share of customers who send back most of what they buy: the return policy sends them to a person. */
export const SERIAL_RETURNER_SHARE = 0.06;

/** How many of their received orders each customer returned something from; a few return nearly everything. */
export function applyReturnHistory(customers: readonly Customer[], orders: readonly Order[], random: Random): Customer[] {
  const received = new Map<string, number>();
  for (const order of orders) {
    if (order.state === 'delivered' || order.state === 'closed') received.set(order.customerId, (received.get(order.customerId) ?? 0) + 1);
  }
  return customers.map((customer) => {
    const count = received.get(customer.id) ?? 0;
    const serial = random.chance(SERIAL_RETURNER_SHARE);
    const returnsCount = serial ? Math.max(3, count) : Math.min(count, random.chance(0.15) ? 1 : 0);
    return { ...customer, returnsCount };
  });
}
