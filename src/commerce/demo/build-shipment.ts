// Builds one parcel: picks the scans it has reached (or the trouble it ran into), times them
// backwards from its latest scan, and issues a valid tracking number.
import type { Address, Shipment, TrackingEvent } from '../types.js';
import { CARRIERS, UPS_SHIPPER_ACCOUNT, trackingUrl, type CarrierId } from './carriers.js';
import { addBusinessDays, addHours, iso } from './dates.js';
import { makeTrackingNumber } from './make-tracking-number.js';
import type { Random } from './random.js';
import { DELIVERY_DISPUTE_DESCRIPTION, type ShipmentAnomaly } from './shipment-anomalies.js';
import { routeFor, type RouteStep } from './shipment-routes.js';
import { zoneOf, type ShippingMethod } from './shipping-zones.js';

/** How far along the parcel is. */
export type ShipmentStage =
  | { kind: 'label_only' }
  | { kind: 'moving'; status: 'in_transit' | 'in_customs' | 'out_for_delivery' }
  | { kind: 'delivered' }
  | { kind: 'anomaly'; anomaly: ShipmentAnomaly };

export interface ShipmentRequest {
  id: string;
  orderId: string;
  itemIds: string[];
  carrier: CarrierId;
  method: ShippingMethod;
  address: Address;
  countryName: string;
  stage: ShipmentStage;
  /** When the parcel's latest scan happened. */
  lastScanAt: Date;
}

interface TimedStep {
  step: RouteStep;
  /** Hours since the previous scan. */
  gapHours: number;
}

function indexOfStatus(route: readonly RouteStep[], status: RouteStep['status']): number {
  return route.findIndex((candidate) => candidate.status === status);
}

/** Spreads the parcel's total transit time over the route's steps by their weights. */
function timeRoute(route: readonly RouteStep[], method: ShippingMethod, country: string, random: Random): TimedStep[] {
  const [fastest, slowest] = zoneOf(country).transitDays[method];
  // Business days stretch over weekends: roughly 1.3 calendar days each.
  const transitHours = random.float(fastest, slowest) * 24 * 1.3;
  const totalWeight = route.reduce((sum, step) => sum + step.weight, 0);
  return route.map((step, index) => {
    if (index === 0) return { step, gapHours: 0 };
    if (index === 1) return { step, gapHours: random.float(3, 20) };
    return { step, gapHours: (transitHours * step.weight * random.float(0.6, 1.4)) / totalWeight };
  });
}

const extra = (status: RouteStep['status'], description: string, location: string, gapHours: number): TimedStep => ({
  step: { status, description, location, weight: 0 }, gapHours,
});

function pickIndex(candidates: number[], random: Random): number {
  return candidates.length > 0 ? random.pick(candidates) : 1;
}

/** The scans this parcel actually has, given how far it got and what went wrong. */
function scansFor(stage: ShipmentStage, timed: TimedStep[], random: Random): TimedStep[] {
  const route = timed.map((entry) => entry.step);
  const customs = indexOfStatus(route, 'in_customs');
  const outForDelivery = indexOfStatus(route, 'out_for_delivery');
  const movingIndexes = route.map((step, index) => (step.status === 'in_transit' && index >= 1 && index < outForDelivery ? index : -1)).filter((index) => index >= 0);
  switch (stage.kind) {
    case 'label_only':
      return timed.slice(0, 1);
    case 'delivered':
      return timed;
    case 'moving': {
      if (stage.status === 'out_for_delivery') return timed.slice(0, outForDelivery + 1);
      if (stage.status === 'in_customs' && customs >= 0) return timed.slice(0, customs + 1);
      return timed.slice(0, pickIndex(movingIndexes, random) + 1);
    }
    case 'anomaly':
      switch (stage.anomaly) {
        case 'no_scan':
          // Parcels go quiet between hand-overs: after pickup, before the destination scans.
          return timed.slice(0, pickIndex(movingIndexes.filter((index) => customs < 0 || index < customs), random) + 1);
        case 'stuck_in_customs': {
          if (customs < 0) throw new Error('a parcel cannot be stuck in customs on a domestic route');
          const held = timed.slice(0, customs + 1);
          const place = route[customs]?.location ?? '';
          return [...held, extra('in_customs', random.pick([
            'Held by customs: awaiting import documents from the recipient',
            'Held by customs: import duties and taxes unpaid',
            'Held by customs for inspection',
          ]), place, random.float(12, 36))];
        }
        case 'exception': {
          const at = pickIndex(movingIndexes.filter((index) => index >= 2), random);
          return [...timed.slice(0, at + 1), extra('exception',
            'Parcel damaged in transit; contents being inspected and the shipper has been notified', route[at]?.location ?? '', random.float(2, 10))];
        }
        case 'returned_to_sender': {
          const place = route[outForDelivery]?.location ?? '';
          return [
            ...timed.slice(0, outForDelivery + 1),
            extra('exception', 'Delivery attempted: recipient not available, notice left', place, random.float(4, 9)),
            extra('out_for_delivery', 'Out for delivery: second attempt', place, random.float(14, 20)),
            extra('exception', 'Delivery failed: address incomplete and recipient could not be reached', place, random.float(4, 9)),
            extra('returned_to_sender', 'Not collected within 7 days: returned to sender', place, random.float(160, 180)),
            extra('returned_to_sender', 'Return shipment in transit to Singapore', place, random.float(20, 48)),
          ];
        }
        case 'delivered_disputed': {
          const place = route[route.length - 1]?.location ?? '';
          return [...timed, extra('delivered', DELIVERY_DISPUTE_DESCRIPTION, place, random.float(20, 60))];
        }
      }
  }
}

export function buildShipment(request: ShipmentRequest, random: Random): Shipment {
  const { address, carrier, method } = request;
  const route = routeFor(carrier, address, request.countryName, random);
  const scans = scansFor(request.stage, timeRoute(route, method, address.country, random), random);
  // Walk backwards from the latest scan so the parcel is exactly where the story needs it today.
  const times: Date[] = new Array<Date>(scans.length);
  let cursor = request.lastScanAt;
  for (let i = scans.length - 1; i >= 0; i--) {
    times[i] = cursor;
    cursor = addHours(cursor, -(scans[i]?.gapHours ?? 0));
  }
  const events: TrackingEvent[] = scans.map((scan, i) => ({
    at: iso(times[i] ?? request.lastScanAt),
    status: scan.step.status,
    description: scan.step.description,
    location: scan.step.location,
  }));
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) throw new Error(`shipment ${request.id} has no scans`);
  const deliveredEvent = events.find((event) => event.status === 'delivered');
  const shippedAt = new Date(first.at);
  const trackingNumber = makeTrackingNumber(CARRIERS[carrier].format, random, {
    upsShipper: UPS_SHIPPER_ACCOUNT,
    s10Country: 'SG',
    s10Service: random.pick(['RR', 'CP']),
    ninjaVanCountry: address.country,
  });
  return {
    id: request.id,
    orderId: request.orderId,
    carrier,
    trackingNumber,
    trackingUrl: trackingUrl(trackingNumber),
    status: last.status,
    itemIds: [...request.itemIds],
    shippedAt: first.at,
    estimatedDelivery: iso(addBusinessDays(shippedAt, zoneOf(address.country).transitDays[method][1])),
    ...(deliveredEvent ? { deliveredAt: deliveredEvent.at } : {}),
    events,
  };
}
