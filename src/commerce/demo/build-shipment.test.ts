// Checks parcels end where their stage says, at the requested time, and that planted trouble is detectable.
import { describe, expect, it } from 'vitest';
import type { Address } from '../types.js';
import { buildShipment, type ShipmentStage } from './build-shipment.js';
import { CARRIER_IDS, CARRIERS, type CarrierId } from './carriers.js';
import { createRandom } from './random.js';
import { SHIPMENT_ANOMALIES, detectShipmentAnomaly } from './shipment-anomalies.js';
import { TRACKING_VALIDATORS } from './tracking-numbers.js';

const now = new Date('2026-06-15T04:00:00Z');
const addresses: Record<string, Address> = {
  SG: { name: 'Rachel Tan', line1: 'Blk 201 Tampines Street 21', city: 'Singapore', postalCode: '520201', country: 'SG' },
  ID: { name: 'Dewi Lestari', line1: 'Jl. Kemang Raya No. 15', city: 'Jakarta Selatan', region: 'DKI Jakarta', postalCode: '12730', country: 'ID' },
  US: { name: 'Emma Walker', line1: '1842 SE Hawthorne Blvd', city: 'Portland', region: 'OR', postalCode: '97214', country: 'US' },
  CN: { name: '王芳', line1: '静安区南京西路88号', city: '上海市', region: '上海市', postalCode: '200040', country: 'CN' },
};
const laneFor: Record<CarrierId, string> = {
  ninja_van: 'ID', jt_express: 'SG', singpost: 'ID', sf_express: 'CN', dhl_express: 'US', ups: 'US', usps: 'US',
};

function build(carrier: CarrierId, stage: ShipmentStage, hoursAgo: number, seed = 1) {
  const address = addresses[laneFor[carrier]] as Address;
  return buildShipment({
    id: 'shp_1', orderId: 'ord_1', itemIds: ['li_1'], carrier, method: carrier === 'ups' ? 'express' : 'standard',
    address, countryName: 'Somewhere', stage, lastScanAt: new Date(now.getTime() - hoursAgo * 3_600_000),
  }, createRandom(seed));
}

describe('buildShipment', () => {
  it('ends each parcel at its stage, on its last scan time, with a valid number', () => {
    for (const carrier of CARRIER_IDS) {
      const delivered = build(carrier, { kind: 'delivered' }, 30);
      expect(delivered.status).toBe('delivered');
      expect(delivered.events.at(-1)?.at).toBe('2026-06-13T22:00:00Z');
      expect(delivered.deliveredAt).toBe(delivered.events.at(-1)?.at);
      expect(TRACKING_VALIDATORS[CARRIERS[carrier].format](delivered.trackingNumber)).toBe(true);
      expect(build(carrier, { kind: 'label_only' }, 5).events.map((event) => event.status)).toEqual(['label_created']);
      expect(build(carrier, { kind: 'moving', status: 'out_for_delivery' }, 2).status).toBe('out_for_delivery');
    }
  });

  it('routes cross-border parcels through customs and domestic ones without it', () => {
    const abroad = build('ninja_van', { kind: 'delivered' }, 10);
    expect(abroad.events.some((event) => event.status === 'in_customs')).toBe(true);
    expect(abroad.events.some((event) => event.location.endsWith(', ID'))).toBe(true);
    const home = build('jt_express', { kind: 'delivered' }, 10);
    expect(home.events.some((event) => event.status === 'in_customs')).toBe(false);
    expect(() => build('jt_express', { kind: 'anomaly', anomaly: 'stuck_in_customs' }, 120)).toThrow();
  });

  it('writes Latin-script places for addresses in other scripts', () => {
    const shanghai = build('sf_express', { kind: 'delivered' }, 10);
    expect(shanghai.events.at(-1)?.location).toBe('Shanghai, CN');
  });

  it('plants each kind of trouble so the detector finds exactly that kind', () => {
    const hoursAgo: Record<string, number> = { no_scan: 200, stuck_in_customs: 130, exception: 10, returned_to_sender: 20, delivered_disputed: 30 };
    for (const anomaly of SHIPMENT_ANOMALIES) {
      for (let seed = 1; seed <= 20; seed++) {
        const shipment = build('singpost', { kind: 'anomaly', anomaly }, hoursAgo[anomaly] ?? 0, seed);
        expect(detectShipmentAnomaly(shipment, now), `${anomaly} seed ${seed}`).toBe(anomaly);
      }
    }
  });

  it('does not flag healthy parcels', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(detectShipmentAnomaly(build('singpost', { kind: 'moving', status: 'in_transit' }, 60, seed), now)).toBeNull();
      expect(detectShipmentAnomaly(build('singpost', { kind: 'moving', status: 'in_customs' }, 40, seed), now)).toBeNull();
      expect(detectShipmentAnomaly(build('singpost', { kind: 'delivered' }, 400, seed), now)).toBeNull();
    }
  });
});
