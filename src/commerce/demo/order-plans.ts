// The story of each demo order before it is priced and numbered: who placed it, what is in it,
// how it is paid, and how far its parcels have got (or what went wrong with them).
import type { OrderState, Product, Shipment } from '../types.js';
import { buildShipment, type ShipmentStage } from './build-shipment.js';
import { chooseCarrier } from './carriers.js';
import { addHours } from './dates.js';
import type { CustomerProfile } from './generate-customers.js';
import { DEFERRED_PAYMENT_METHODS } from './markets.js';
import { backorderedLine, pickLines } from './order-lines.js';
import type { CartLine } from './order-pricing.js';
import { weightedPicker, type Random } from './random.js';
import type { ShipmentAnomaly } from './shipment-anomalies.js';
import type { ShippingMethod } from './shipping-zones.js';

export interface OrderPlan {
  state: OrderState;
  profile: CustomerProfile;
  lines: CartLine[];
  /** Units of each line that have left the warehouse. */
  shippedQuantities: number[];
  method: ShippingMethod;
  paymentMethod: string;
  groupBuy: boolean;
  placedAt: Date;
  paidAt?: Date;
  cancelledAt?: Date;
  /** Parcels with placeholder ids; their itemIds are line indexes until the order is numbered. */
  shipments: Shipment[];
}

export interface PlanContext {
  now: Date;
  random: Random;
  products: readonly Product[];
  /** Draws a customer in proportion to how often they shop; `crossBorder` leaves out Singapore. */
  pickCustomer: (random: Random, crossBorder: boolean) => CustomerProfile;
}

export function customerPicker(customers: readonly CustomerProfile[]): PlanContext['pickCustomer'] {
  const entries = (pool: readonly CustomerProfile[]) => pool.map((profile) => [profile, profile.appetite] as const);
  const anyone = weightedPicker(entries(customers));
  const abroad = weightedPicker(entries(customers.filter((profile) => profile.market.country !== 'SG')));
  return (random, crossBorder) => (crossBorder ? abroad(random) : anyone(random));
}

interface Parcel {
  stage: ShipmentStage;
  lastScanAt: Date;
  lineIndexes: number[];
}

const HOURS_PER_DAY = 24;

function pickMethod(profile: CustomerProfile, random: Random): ShippingMethod {
  return random.chance(profile.market.country === 'SG' ? 0.2 : 0.12) ? 'express' : 'standard';
}

function pickPayment(profile: CustomerProfile, random: Random, awaitingPayment: boolean): string {
  const methods = profile.market.paymentMethods;
  const deferred = methods.filter(([method]) => DEFERRED_PAYMENT_METHODS.has(method));
  // Orders waiting for payment are mostly bank transfers, QR codes and convenience-store slips.
  if (awaitingPayment && deferred.length > 0 && random.chance(0.8)) return random.weighted(deferred);
  return random.weighted(methods);
}

function placedBefore(paidAt: Date, paymentMethod: string, random: Random): Date {
  const hours = DEFERRED_PAYMENT_METHODS.has(paymentMethod) ? random.float(0.5, 20) : random.float(1, 15) / 60;
  return addHours(paidAt, -hours);
}

function movingStage(random: Random): ShipmentStage {
  return { kind: 'moving', status: random.weighted([['in_transit', 60], ['in_customs', 20], ['out_for_delivery', 20]] as const) };
}

/** How long ago a parcel in this stage was last scanned: recently when healthy, days ago when stalled. */
function hoursSinceLastScan(stage: ShipmentStage, random: Random): number {
  switch (stage.kind) {
    case 'label_only': return random.float(1, 26);
    case 'delivered': return random.float(3, 96);
    case 'moving':
      if (stage.status === 'out_for_delivery') return random.float(0.5, 8);
      return stage.status === 'in_customs' ? random.float(2, 40) : random.float(1, 70);
    case 'anomaly':
      switch (stage.anomaly) {
        case 'no_scan': return random.float(6.5 * HOURS_PER_DAY, 16 * HOURS_PER_DAY);
        case 'stuck_in_customs': return random.float(4.5 * HOURS_PER_DAY, 12 * HOURS_PER_DAY);
        case 'exception': return random.float(2, 4 * HOURS_PER_DAY);
        case 'returned_to_sender': return random.float(1, 5 * HOURS_PER_DAY);
        case 'delivered_disputed': return random.float(2, 8 * HOURS_PER_DAY);
      }
  }
}

function lastScanFor(stage: ShipmentStage, now: Date, random: Random): Date {
  return addHours(now, -hoursSinceLastScan(stage, random));
}

function splitInTwo(count: number, random: Random): [number[], number[]] {
  const indexes = random.shuffle(Array.from({ length: count }, (_, i) => i));
  const cut = random.int(1, count - 1);
  return [indexes.slice(0, cut).sort((a, b) => a - b), indexes.slice(cut).sort((a, b) => a - b)];
}

function ship(context: PlanContext, profile: CustomerProfile, method: ShippingMethod, parcels: Parcel[]): Shipment[] {
  const { random } = context;
  return parcels.map((parcel, index) => buildShipment({
    id: `pending_${index}`,
    orderId: 'pending',
    itemIds: parcel.lineIndexes.map(String),
    carrier: chooseCarrier(profile.market.country, method, random),
    method,
    address: profile.address,
    countryName: profile.market.countryName,
    stage: parcel.stage,
    lastScanAt: parcel.lastScanAt,
  }, random));
}

/** Paid some hours before the first label was printed (the warehouse's processing time). */
function paidBeforeShipping(shipments: readonly Shipment[], random: Random): Date {
  const firstLabel = Math.min(...shipments.map((shipment) => Date.parse(shipment.shippedAt)));
  return addHours(new Date(firstLabel), -random.float(2, 40));
}

/** Delivered parcels of one order arrive within a few days of each other. */
function deliveredParcels(lineCount: number, firstScan: Date, split: boolean, random: Random, dispute: boolean): Parcel[] {
  const all = Array.from({ length: lineCount }, (_, i) => i);
  const firstStage: ShipmentStage = dispute ? { kind: 'anomaly', anomaly: 'delivered_disputed' } : { kind: 'delivered' };
  if (!split) return [{ stage: firstStage, lastScanAt: firstScan, lineIndexes: all }];
  const [a, b] = splitInTwo(lineCount, random);
  return [
    { stage: firstStage, lastScanAt: firstScan, lineIndexes: a },
    { stage: { kind: 'delivered' }, lastScanAt: addHours(firstScan, -random.float(12, 3 * HOURS_PER_DAY)), lineIndexes: b },
  ];
}

export function planOrder(state: OrderState, anomaly: ShipmentAnomaly | null, context: PlanContext): OrderPlan {
  const { now, random, products } = context;
  const profile = context.pickCustomer(random, anomaly === 'stuck_in_customs');
  const method = pickMethod(profile, random);
  const base = { state, profile, method, groupBuy: false };
  const unshipped = (lines: CartLine[]) => lines.map(() => 0);
  const shippedAll = (lines: CartLine[]) => lines.map((line) => line.quantity);

  switch (state) {
    case 'unpaid': {
      const lines = pickLines(products, random, { inStock: true });
      const paymentMethod = pickPayment(profile, random, true);
      // Payment codes expire after 24 to 72 hours, so anything still unpaid was placed within the day.
      return { ...base, lines, shippedQuantities: unshipped(lines), paymentMethod, placedAt: addHours(now, -random.float(0.2, 23)), shipments: [] };
    }
    case 'awaiting_group_buy':
    case 'paid': {
      const groupBuy = state === 'awaiting_group_buy';
      const lines = pickLines(products, random, { inStock: true, groupBuy });
      const paymentMethod = pickPayment(profile, random, false);
      // Group buys fill within 48 hours or are refunded, so anything waiting was paid recently.
      const paidAt = addHours(now, -(groupBuy ? random.float(0.5, 46) : random.float(0.3, 30)));
      return { ...base, groupBuy, lines, shippedQuantities: unshipped(lines), paymentMethod, paidAt, placedAt: placedBefore(paidAt, paymentMethod, random), shipments: [] };
    }
    case 'packed': {
      const lines = pickLines(products, random, { inStock: true });
      const paymentMethod = pickPayment(profile, random, false);
      const labelled = random.chance(0.5);
      const shipments = labelled
        ? ship(context, profile, method, [{ stage: { kind: 'label_only' }, lastScanAt: addHours(now, -random.float(1, 26)), lineIndexes: lines.map((_, i) => i) }])
        : [];
      const paidAt = labelled ? paidBeforeShipping(shipments, random) : addHours(now, -random.float(6, 50));
      return { ...base, lines, shippedQuantities: unshipped(lines), paymentMethod, paidAt, placedAt: placedBefore(paidAt, paymentMethod, random), shipments };
    }
    case 'partially_shipped': {
      let lines = pickLines(products, random, { inStock: true });
      let shippedQuantities: number[];
      const backordered = random.chance(0.8) ? backorderedLine(products, lines.map((line) => line.product), random) : null;
      if (backordered) {
        // Everything in stock went out; the sold-out line waits for the restock.
        lines = [...lines, backordered];
        shippedQuantities = lines.map((line, i) => (i === lines.length - 1 ? 0 : line.quantity));
      } else {
        // Only some units of the first line were on the shelf at packing time.
        lines = lines.map((line, i) => (i === 0 ? { ...line, quantity: Math.max(2, line.quantity) } : line));
        shippedQuantities = lines.map((line, i) => (i === 0 ? random.int(1, line.quantity - 1) : line.quantity));
      }
      const stage: ShipmentStage = anomaly ? { kind: 'anomaly', anomaly } : random.chance(0.4) ? { kind: 'delivered' } : movingStage(random);
      const lineIndexes = shippedQuantities.flatMap((quantity, i) => (quantity > 0 ? [i] : []));
      const shipments = ship(context, profile, method, [{ stage, lastScanAt: lastScanFor(stage, now, random), lineIndexes }]);
      const paymentMethod = pickPayment(profile, random, false);
      const paidAt = paidBeforeShipping(shipments, random);
      return { ...base, lines, shippedQuantities, paymentMethod, paidAt, placedAt: placedBefore(paidAt, paymentMethod, random), shipments };
    }
    case 'shipped': {
      const lines = pickLines(products, random, { inStock: false });
      const firstStage: ShipmentStage = anomaly ? { kind: 'anomaly', anomaly } : movingStage(random);
      const parcels: Parcel[] = [];
      if (lines.length >= 2 && random.chance(0.15)) {
        const [a, b] = splitInTwo(lines.length, random);
        const secondStage: ShipmentStage = random.chance(0.5) ? { kind: 'delivered' } : movingStage(random);
        parcels.push({ stage: firstStage, lastScanAt: lastScanFor(firstStage, now, random), lineIndexes: a });
        parcels.push({ stage: secondStage, lastScanAt: lastScanFor(secondStage, now, random), lineIndexes: b });
      } else {
        parcels.push({ stage: firstStage, lastScanAt: lastScanFor(firstStage, now, random), lineIndexes: lines.map((_, i) => i) });
      }
      const shipments = ship(context, profile, method, parcels);
      const paymentMethod = pickPayment(profile, random, false);
      const paidAt = paidBeforeShipping(shipments, random);
      return { ...base, lines, shippedQuantities: shippedAll(lines), paymentMethod, paidAt, placedAt: placedBefore(paidAt, paymentMethod, random), shipments };
    }
    case 'delivered':
    case 'closed': {
      const lines = pickLines(products, random, { inStock: false });
      // Delivered orders are still inside the 30-day return window; closed ones are long past it.
      const firstScan = state === 'delivered'
        ? addHours(now, -(anomaly === 'delivered_disputed' ? random.float(2, 8 * HOURS_PER_DAY) : random.float(4, 25 * HOURS_PER_DAY)))
        : addHours(now, -random.float(65 * HOURS_PER_DAY, 520 * HOURS_PER_DAY));
      const split = lines.length >= 2 && random.chance(0.12);
      const shipments = ship(context, profile, method, deliveredParcels(lines.length, firstScan, split, random, anomaly === 'delivered_disputed'));
      const paymentMethod = pickPayment(profile, random, false);
      const paidAt = paidBeforeShipping(shipments, random);
      return { ...base, lines, shippedQuantities: shippedAll(lines), paymentMethod, paidAt, placedAt: placedBefore(paidAt, paymentMethod, random), shipments };
    }
    case 'cancelled': {
      const lines = pickLines(products, random, { inStock: false });
      if (random.chance(0.55)) {
        // Never paid: the bank transfer or payment code expired and the order lapsed.
        const paymentMethod = pickPayment(profile, random, true);
        const placedAt = addHours(now, -random.float(73, 80 * HOURS_PER_DAY));
        return { ...base, lines, shippedQuantities: unshipped(lines), paymentMethod, placedAt, cancelledAt: addHours(placedAt, random.float(24, 72)), shipments: [] };
      }
      // Paid, then cancelled by the shopper before packing and refunded.
      const paymentMethod = pickPayment(profile, random, false);
      const placedAt = addHours(now, -random.float(21, 80 * HOURS_PER_DAY));
      const paidAt = addHours(placedAt, random.float(1, 15) / 60);
      return { ...base, lines, shippedQuantities: unshipped(lines), paymentMethod, placedAt, paidAt, cancelledAt: addHours(paidAt, random.float(0.5, 20)), shipments: [] };
    }
  }
}
