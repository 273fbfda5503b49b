import { describe, expect, it } from 'vitest';
import type { Shipment, ShipmentStatus, TrackingEvent } from '../../commerce/types.js';
import { detectAnomaly, routeOf } from './detect-anomaly.js';

const DAY = 86_400_000;
const now = Date.parse('2026-12-07T00:00:00Z');
const ev = (daysAgo: number, status: ShipmentStatus, location: string, description = 'scan'): TrackingEvent => ({
  at: new Date(now - daysAgo * DAY).toISOString(), status, description, location,
});
function parcel(status: ShipmentStatus, events: TrackingEvent[]): Shipment {
  return {
    id: 's', orderId: 'o', carrier: 'ninjavan', trackingNumber: 'T', trackingUrl: '/t', status, itemIds: [], shippedAt: events[0]!.at,
    estimatedDelivery: new Date(now + 2 * DAY).toISOString(), events,
  };
}

describe('detectAnomaly', () => {
  it('holds domestic parcels to a shorter silence than cross-border ones', () => {
    const domestic = parcel('in_transit', [ev(5, 'label_created', 'Singapore, SG'), ev(4, 'in_transit', 'Tampines, SG')]);
    expect(routeOf(domestic)).toBe('domestic');
    expect(detectAnomaly(domestic, now)).toEqual({ anomaly: 'no_scan', idleDays: 4, action: 'reassure' });
    const abroad = parcel('in_transit', [ev(5, 'label_created', 'Singapore, SG'), ev(4, 'in_transit', 'Jakarta, ID')]);
    expect(detectAnomaly(abroad, now)).toBeNull();
    const silent = parcel('in_transit', [ev(14, 'label_created', 'Singapore, SG'), ev(13, 'in_transit', 'Jakarta, ID')]);
    expect(detectAnomaly(silent, now)).toMatchObject({ anomaly: 'no_scan', action: 'escalate' });
  });

  it('reassures for a few extra days in customs, escalates beyond', () => {
    expect(detectAnomaly(parcel('in_customs', [ev(6, 'label_created', 'Singapore, SG'), ev(5, 'in_customs', 'Madrid, ES')]), now)).toMatchObject({ anomaly: 'stuck_in_customs', action: 'reassure' });
    expect(detectAnomaly(parcel('in_customs', [ev(12, 'label_created', 'Singapore, SG'), ev(9, 'in_customs', 'Madrid, ES')]), now)).toMatchObject({ anomaly: 'stuck_in_customs', action: 'escalate' });
    expect(detectAnomaly(parcel('in_customs', [ev(3, 'label_created', 'Singapore, SG'), ev(1, 'in_customs', 'Madrid, ES')]), now)).toBeNull();
  });

  it('escalates returns to sender, failed deliveries and disputed deliveries', () => {
    expect(detectAnomaly(parcel('returned_to_sender', [ev(2, 'returned_to_sender', 'Barcelona, ES')]), now)?.anomaly).toBe('returned_to_sender');
    expect(detectAnomaly(parcel('exception', [ev(1, 'exception', 'Barcelona, ES')]), now)?.action).toBe('escalate');
    const delivered = parcel('delivered', [ev(3, 'delivered', 'Bangkok, TH')]);
    expect(detectAnomaly(delivered, now)).toBeNull();
    expect(detectAnomaly(delivered, now, { disputed: true })?.anomaly).toBe('delivered_disputed');
    expect(detectAnomaly(parcel('delivered', [ev(3, 'delivered', 'Bangkok, TH'), ev(1, 'delivered', 'Bangkok, TH', 'Recipient reports the parcel was not received; carrier delivery investigation opened')]), now)?.anomaly).toBe('delivered_disputed');
  });

  it('flags a moving parcel that is past its promised date as late', () => {
    const moving = parcel('in_transit', [ev(3, 'label_created', 'Singapore, SG'), ev(0.5, 'in_transit', 'Kuala Lumpur, MY')]);
    expect(detectAnomaly(moving, now, { promisedBy: new Date(now - DAY).toISOString() })).toMatchObject({ anomaly: 'late', action: 'reassure' });
  });
});
