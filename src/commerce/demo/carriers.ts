// The carriers Sunday Harbour ships with from Singapore, which lane each destination uses, and
// how their tracking numbers are issued.
import type { Random } from './random.js';
import type { ShippingMethod } from './shipping-zones.js';
import type { TrackingFormat } from './tracking-numbers.js';

export const CARRIER_IDS = ['ninja_van', 'jt_express', 'singpost', 'sf_express', 'dhl_express', 'ups', 'usps'] as const;
export type CarrierId = (typeof CARRIER_IDS)[number];

export interface Carrier {
  id: CarrierId;
  name: string;
  format: TrackingFormat;
}

export const CARRIERS: Readonly<Record<CarrierId, Carrier>> = {
  ninja_van: { id: 'ninja_van', name: 'Ninja Van', format: 'ninja_van' },
  jt_express: { id: 'jt_express', name: 'J&T Express', format: 'jt_express' },
  singpost: { id: 'singpost', name: 'SingPost', format: 'upu_s10' },
  sf_express: { id: 'sf_express', name: 'SF Express', format: 'sf_express' },
  dhl_express: { id: 'dhl_express', name: 'DHL Express', format: 'dhl_express' },
  ups: { id: 'ups', name: 'UPS', format: 'ups' },
  // US economy parcels leave Singapore with a consolidator and are handed to USPS for the last mile.
  usps: { id: 'usps', name: 'USPS', format: 'usps' },
};

/** The shop's UPS shipper account number, printed in every 1Z number it issues. */
export const UPS_SHIPPER_ACCOUNT = '8R47V2';

type Lane = ReadonlyArray<readonly [CarrierId, number]>;

const SOUTHEAST_ASIA: Lane = [['ninja_van', 45], ['jt_express', 35], ['singpost', 20]];

const STANDARD_LANES: Readonly<Record<string, Lane>> = {
  SG: [['ninja_van', 60], ['jt_express', 40]],
  MY: SOUTHEAST_ASIA, ID: SOUTHEAST_ASIA, TH: SOUTHEAST_ASIA, VN: SOUTHEAST_ASIA, PH: SOUTHEAST_ASIA,
  CN: [['sf_express', 85], ['singpost', 15]], HK: [['sf_express', 85], ['singpost', 15]], TW: [['sf_express', 85], ['singpost', 15]],
  US: [['usps', 1]],
};

const EXPRESS_LANES: Readonly<Record<string, Lane>> = {
  SG: [['ninja_van', 1]],
  CN: [['sf_express', 1]], HK: [['sf_express', 1]], TW: [['sf_express', 1]],
  US: [['ups', 60], ['dhl_express', 40]],
};

export function chooseCarrier(country: string, method: ShippingMethod, random: Random): CarrierId {
  const lane = method === 'express' ? EXPRESS_LANES[country] ?? [['dhl_express', 1]] : STANDARD_LANES[country] ?? [['singpost', 1]];
  return random.weighted(lane);
}

/** Tracking page on the demo storefront; the numbers are made up, so carrier sites would not know them. */
export function trackingUrl(trackingNumber: string): string {
  return `/shop/track/${trackingNumber}`;
}
