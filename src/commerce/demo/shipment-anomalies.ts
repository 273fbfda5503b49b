// Recognises the parcel problems support teams chase every day, from a shipment's tracking alone:
// no scan for days, stuck in customs, returned to sender, damaged, or delivered but not received.
import type { Shipment } from '../types.js';
import { hoursBetween } from './dates.js';

export const SHIPMENT_ANOMALIES = ['no_scan', 'stuck_in_customs', 'returned_to_sender', 'exception', 'delivered_disputed'] as const;
export type ShipmentAnomaly = (typeof SHIPMENT_ANOMALIES)[number];

/** A parcel with no new scan for this long is treated as stalled. */
export const NO_SCAN_HOURS = 6 * 24;
/** Customs clearance normally takes one to three days; longer than this is "stuck". */
export const CUSTOMS_STUCK_HOURS = 4 * 24;

/** The event added to a delivered parcel when the customer says it never arrived. */
export const DELIVERY_DISPUTE_DESCRIPTION = 'Recipient reports the parcel was not received; carrier delivery investigation opened';

export function detectShipmentAnomaly(shipment: Shipment, now: Date): ShipmentAnomaly | null {
  const last = shipment.events[shipment.events.length - 1];
  if (!last) return null;
  const idleHours = hoursBetween(new Date(last.at), now);
  switch (shipment.status) {
    case 'returned_to_sender':
      return 'returned_to_sender';
    case 'exception':
      return 'exception';
    case 'delivered':
      return shipment.events.some((event) => event.description === DELIVERY_DISPUTE_DESCRIPTION) ? 'delivered_disputed' : null;
    case 'in_customs':
      return idleHours >= CUSTOMS_STUCK_HOURS ? 'stuck_in_customs' : null;
    case 'label_created':
    case 'in_transit':
    case 'out_for_delivery':
      return idleHours >= NO_SCAN_HOURS ? 'no_scan' : null;
  }
}
