// Shopify's order and fulfillment statuses onto Peakdesk's order states and shipment statuses.
// Shared by the GraphQL mapping (upper-case enums) and the webhook mapping (lower-case REST values).
import type { OrderState, ShipmentStatus } from '../../types.js';

export function shopifyOrderState(o: { cancelled: boolean; financial: string | null | undefined; fulfillment: string | null | undefined; allDelivered: boolean }): OrderState {
  const financial = (o.financial ?? '').toUpperCase();
  const fulfillment = (o.fulfillment ?? '').toUpperCase();
  if (o.cancelled) return 'cancelled';
  if (financial === 'REFUNDED' || financial === 'VOIDED') return 'closed';
  if (financial === 'PENDING' || financial === 'EXPIRED' || financial === 'PARTIALLY_PAID') return 'unpaid';
  if (fulfillment === 'FULFILLED') return o.allDelivered ? 'delivered' : 'shipped';
  if (fulfillment === 'PARTIALLY_FULFILLED' || fulfillment === 'PARTIAL') return 'partially_shipped';
  if (fulfillment === 'IN_PROGRESS') return 'packed';
  return 'paid';
}

/** Fulfillment displayStatus / REST shipment_status / event status → our shipment status. */
export function shopifyShipmentStatus(status: string | null | undefined): ShipmentStatus {
  switch ((status ?? '').toUpperCase()) {
    case 'DELIVERED':
      return 'delivered';
    case 'OUT_FOR_DELIVERY':
      return 'out_for_delivery';
    case 'IN_TRANSIT':
    case 'CARRIER_PICKED_UP':
    case 'PICKED_UP':
    case 'CONFIRMED':
    case 'DELAYED':
    case 'READY_FOR_PICKUP':
      return 'in_transit';
    case 'ATTEMPTED_DELIVERY':
    case 'FAILURE':
    case 'NOT_DELIVERED':
    case 'CANCELED':
      return 'exception';
    default:
      return 'label_created';
  }
}

/** A decimal string such as "19.99" in integer minor units of its currency. */
export function decimalToMinor(amount: string | number, digits: number): number {
  return Math.round(Number(amount) * 10 ** digits);
}
