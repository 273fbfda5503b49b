// Spots the parcel problems support teams chase, from tracking alone, with limits per route: a
// domestic parcel silent for 3 days is as worrying as a cross-border one silent for 6. Each anomaly
// says whether the bot reassures (a normal wait that ran long) or escalates to a person.
import type { Shipment } from '../../commerce/types.js';

export type Anomaly =
  | 'no_scan' | 'stuck_in_customs' | 'returned_to_sender' | 'delivery_failed' | 'delivered_disputed' | 'late';

export interface AnomalyFinding {
  anomaly: Anomaly;
  /** Whole days since the last scan. */
  idleDays: number;
  /** escalate = a person must act; reassure = tell the shopper what happens next. */
  action: 'escalate' | 'reassure';
}

/** Hours without a new scan that count as stalled, by route. */
export const NO_SCAN_LIMIT_HOURS = { domestic: 3 * 24, cross_border: 6 * 24 } as const;
/** Customs normally clears in one to three days. */
export const CUSTOMS_LIMIT_HOURS = 4 * 24;
/** Past a limit by this factor the bot stops reassuring and escalates. */
const ESCALATE_FACTOR = 2;

/** Carrier wording that reports a shopper's "never received it" on a delivered parcel. */
const DISPUTE = /not received|investigation|claim/i;

function originCountry(shipment: Shipment): string | undefined {
  return shipment.events[0]?.location.match(/,\s*([A-Z]{2})$/)?.[1];
}

function destinationCountry(shipment: Shipment): string | undefined {
  return shipment.events.at(-1)?.location.match(/,\s*([A-Z]{2})$/)?.[1];
}

export function routeOf(shipment: Shipment, destination?: string): 'domestic' | 'cross_border' {
  const from = originCountry(shipment);
  const to = destination ?? destinationCountry(shipment);
  return from && to && from === to ? 'domestic' : 'cross_border';
}

export function detectAnomaly(shipment: Shipment, now: number, opts: { destination?: string; promisedBy?: string; disputed?: boolean } = {}): AnomalyFinding | null {
  const last = shipment.events.at(-1);
  if (!last) return null;
  const idleHours = (now - Date.parse(last.at)) / 3_600_000;
  const idleDays = Math.floor(idleHours / 24);
  const finding = (anomaly: Anomaly, action: AnomalyFinding['action']): AnomalyFinding => ({ anomaly, idleDays, action });
  switch (shipment.status) {
    case 'returned_to_sender':
      return finding('returned_to_sender', 'escalate');
    case 'exception':
      return finding('delivery_failed', 'escalate');
    case 'delivered':
      return opts.disputed || shipment.events.some((e) => DISPUTE.test(e.description)) ? finding('delivered_disputed', 'escalate') : null;
    case 'in_customs':
      if (idleHours < CUSTOMS_LIMIT_HOURS) return null;
      return finding('stuck_in_customs', idleHours >= CUSTOMS_LIMIT_HOURS * ESCALATE_FACTOR ? 'escalate' : 'reassure');
    case 'label_created':
    case 'in_transit':
    case 'out_for_delivery': {
      const limit = NO_SCAN_LIMIT_HOURS[routeOf(shipment, opts.destination)];
      if (idleHours >= limit) return finding('no_scan', idleHours >= limit * ESCALATE_FACTOR ? 'escalate' : 'reassure');
      const promised = opts.promisedBy ? Date.parse(opts.promisedBy) : NaN;
      return promised < now ? finding('late', 'reassure') : null;
    }
  }
}
