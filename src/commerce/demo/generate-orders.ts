// Turns order plans into the shop's order book: numbered in the order they were placed, priced at
// checkout with the promotions and codes valid that day, and linked to their parcels.
import { ORDER_STATES, type Coupon, type Order, type OrderItem, type OrderState, type Promotion, type Shipment } from '../types.js';
import { isActiveAt } from './campaign-calendar.js';
import { FREE_SHIPPING_CODE, WELCOME_COUPON } from './coupons.js';
import { addBusinessDays, iso } from './dates.js';
import { planOrder, type OrderPlan, type PlanContext } from './order-plans.js';
import { priceCart } from './order-pricing.js';
import type { Random } from './random.js';
import type { ShipmentAnomaly } from './shipment-anomalies.js';
import { PROCESSING_BUSINESS_DAYS, zoneOf } from './shipping-zones.js';
import { GROUP_BUY } from './promotions.js';

/** Share of orders in a state whose (first) parcel runs into each kind of trouble. */
export const ANOMALY_SHARES: Partial<Record<OrderState, ReadonlyArray<readonly [ShipmentAnomaly, number]>>> = {
  shipped: [['no_scan', 0.1], ['stuck_in_customs', 0.09], ['returned_to_sender', 0.06], ['exception', 0.06]],
  partially_shipped: [['no_scan', 0.04]],
  delivered: [['delivered_disputed', 0.07]],
};

export interface OrderBookContext extends PlanContext {
  promotions: readonly Promotion[];
  coupons: readonly Coupon[];
  /** How many orders to create in each state. */
  counts: Readonly<Record<OrderState, number>>;
}

export interface OrderBook {
  orders: Order[];
  shipments: Shipment[];
}

function anomaliesFor(state: OrderState, count: number, random: Random): Array<ShipmentAnomaly | null> {
  const slots: Array<ShipmentAnomaly | null> = [];
  for (const [anomaly, share] of ANOMALY_SHARES[state] ?? []) {
    for (let i = 0; i < Math.round(count * share); i++) slots.push(anomaly);
  }
  while (slots.length < count) slots.push(null);
  return random.shuffle(slots);
}

/** Codes a shopper would type: the welcome code on a first order, otherwise now and then a live code. */
function requestedCodes(plan: OrderPlan, firstOrder: boolean, used: Map<string, number>, coupons: readonly Coupon[], random: Random): string[] {
  if (firstOrder && random.chance(0.4)) return random.chance(0.3) ? [WELCOME_COUPON, FREE_SHIPPING_CODE.code] : [WELCOME_COUPON];
  if (!random.chance(0.2)) return [];
  const live = coupons.filter((coupon) => !coupon.firstOrderOnly && isActiveAt(coupon, plan.placedAt)
    && (used.get(coupon.code) ?? 0) < coupon.usageLimitPerCustomer);
  if (live.length === 0) return [];
  const coupon = random.pick(live);
  const partner = live.find((other) => other.code !== coupon.code && coupon.stackableWithCoupons.includes(other.code));
  return partner && random.chance(0.3) ? [coupon.code, partner.code] : [coupon.code];
}

export function generateOrders(context: OrderBookContext): OrderBook {
  const { random } = context;
  const plans = ORDER_STATES.flatMap((state) =>
    anomaliesFor(state, context.counts[state], random).map((anomaly) => planOrder(state, anomaly, context)));
  // Order numbers follow the checkout clock, as a real shop's do.
  plans.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());

  const ordersSoFar = new Map<string, number>();
  const codesUsed = new Map<string, Map<string, number>>();
  const orders: Order[] = [];
  const shipments: Shipment[] = [];

  plans.forEach((plan, index) => {
    const sequence = 100001 + index;
    const orderId = `ord_${sequence}`;
    const customer = plan.profile.customer;
    const firstOrder = (ordersSoFar.get(customer.id) ?? 0) === 0;
    ordersSoFar.set(customer.id, (ordersSoFar.get(customer.id) ?? 0) + 1);
    const used = codesUsed.get(customer.id) ?? new Map<string, number>();
    codesUsed.set(customer.id, used);

    const priced = priceCart({
      lines: plan.lines,
      currency: plan.profile.market.currency,
      country: plan.profile.market.country,
      method: plan.method,
      at: plan.placedAt,
      couponCodes: requestedCodes(plan, firstOrder, used, context.coupons, random),
      firstOrder,
      groupBuy: plan.groupBuy,
      promotions: context.promotions,
      coupons: context.coupons,
    });
    for (const code of priced.couponCodes) used.set(code, (used.get(code) ?? 0) + 1);

    const items: OrderItem[] = plan.lines.map((line, lineIndex) => ({
      id: `li_${sequence}_${lineIndex + 1}`,
      productId: line.product.id,
      variantId: line.variant.id,
      title: `${line.product.title.en ?? line.product.handle} (${Object.values(line.variant.options).join(' / ')})`,
      sku: line.variant.sku,
      quantity: line.quantity,
      unitPrice: priced.unitPrices[lineIndex] ?? line.variant.price,
      shippedQuantity: plan.shippedQuantities[lineIndex] ?? 0,
    }));

    const parcels = plan.shipments.map((shipment, parcelIndex) => ({
      ...shipment,
      id: `shp_${sequence}_${parcelIndex + 1}`,
      orderId,
      itemIds: shipment.itemIds.map((lineIndex) => items[Number(lineIndex)]?.id ?? lineIndex),
    }));
    shipments.push(...parcels);

    const transitDays = zoneOf(plan.profile.market.country).transitDays[plan.method][1];
    const promiseDays = PROCESSING_BUSINESS_DAYS + transitDays + (plan.groupBuy ? Math.ceil(GROUP_BUY.hours / 24) : 0);
    const deliveredTimes = parcels.flatMap((parcel) => (parcel.deliveredAt ? [Date.parse(parcel.deliveredAt)] : []));
    const fullyDelivered = plan.state === 'delivered' || plan.state === 'closed';

    orders.push({
      id: orderId,
      number: `PD-${sequence}`,
      customerId: customer.id,
      email: customer.email,
      phone: customer.phone,
      state: plan.state,
      currency: plan.profile.market.currency,
      items,
      subtotal: priced.subtotal,
      shippingFee: priced.shippingFee,
      discount: priced.discount,
      tax: priced.tax,
      total: priced.total,
      couponCodes: priced.couponCodes,
      paymentMethod: plan.paymentMethod,
      placedAt: iso(plan.placedAt),
      ...(plan.paidAt ? { paidAt: iso(plan.paidAt) } : {}),
      ...(plan.cancelledAt ? { cancelledAt: iso(plan.cancelledAt) } : {}),
      ...(fullyDelivered && deliveredTimes.length > 0 ? { deliveredAt: iso(new Date(Math.max(...deliveredTimes))) } : {}),
      ...(plan.paidAt && plan.state !== 'cancelled' ? { promisedDeliveryBy: iso(addBusinessDays(plan.paidAt, promiseDays)) } : {}),
      shippingAddress: { ...plan.profile.address },
      shipmentIds: parcels.map((parcel) => parcel.id),
    });
  });
  return { orders, shipments };
}
