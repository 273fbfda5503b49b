// The scans a parcel collects on its way from the Singapore warehouse to the door, per carrier and
// destination: hubs, airports, customs, the delivery station. Wording is English, in each carrier's style.
import type { Address, ShipmentStatus } from '../types.js';
import type { CarrierId } from './carriers.js';
import type { Random } from './random.js';

export interface RouteStep {
  status: ShipmentStatus;
  description: string;
  location: string;
  /** Share of the transit time spent getting to this scan. */
  weight: number;
}

/** Latin-script place names for addresses written in Chinese, Japanese, Korean or Vietnamese. */
const ENGLISH_PLACES: Readonly<Record<string, string>> = {
  '上海市': 'Shanghai', '深圳市': 'Shenzhen', '北京市': 'Beijing',
  '台北市': 'Taipei', '台中市': 'Taichung', '高雄市': 'Kaohsiung',
  '渋谷区': 'Shibuya, Tokyo', '世田谷区': 'Setagaya, Tokyo', '大阪市北区': 'Kita-ku, Osaka',
  '강남구': 'Gangnam-gu, Seoul', '마포구': 'Mapo-gu, Seoul', '해운대구': 'Haeundae-gu, Busan',
  'Quận 1': 'District 1, Ho Chi Minh City', 'Quận 3': 'District 3, Ho Chi Minh City',
  'Quận Hoàn Kiếm': 'Hoan Kiem, Hanoi', 'Quận Hải Châu': 'Hai Chau, Da Nang',
};

export function deliveryPlace(address: Address): string {
  const city = ENGLISH_PLACES[address.city] ?? address.city;
  return address.country === 'US' && address.region ? `${city}, ${address.region}, US` : `${city}, ${address.country}`;
}

const AIR_GATEWAYS: Readonly<Record<string, string>> = {
  MY: 'Kuala Lumpur (KUL), MY', ID: 'Jakarta (CGK), ID', TH: 'Bangkok (BKK), TH', PH: 'Manila (MNL), PH',
  CN: 'Shanghai (PVG), CN', HK: 'Hong Kong (HKG), HK', TW: 'Taoyuan (TPE), TW', KR: 'Incheon (ICN), KR',
  AE: 'Dubai (DXB), AE', SA: 'Riyadh (RUH), SA', GB: 'London Heathrow (LHR), GB', ES: 'Madrid (MAD), ES',
  PT: 'Lisbon (LIS), PT', MX: 'Mexico City (MEX), MX', BR: 'São Paulo (GRU), BR', US: 'Los Angeles (LAX), US',
};

function airGateway(address: Address): string {
  if (address.country === 'VN') return address.region === 'Hà Nội' ? 'Hanoi (HAN), VN' : 'Ho Chi Minh City (SGN), VN';
  if (address.country === 'JP') return address.region === '大阪府' ? 'Osaka (KIX), JP' : 'Tokyo (NRT), JP';
  if (address.country === 'AU') return address.region === 'VIC' ? 'Melbourne (MEL), AU' : 'Sydney (SYD), AU';
  const gateway = AIR_GATEWAYS[address.country];
  if (!gateway) throw new Error(`no air gateway for ${address.country}`);
  return gateway;
}

/** The city part of "Jakarta (CGK), ID" → "Jakarta, ID": hubs sit near the airport. */
const hubNear = (gateway: string): string => gateway.replace(/ \([A-Z]{3}\)/, '');

const SINGAPORE = 'Singapore, SG';
const CHANGI = 'Changi Airport, SG';

const step = (status: ShipmentStatus, description: string, location: string, weight = 1): RouteStep => ({ status, description, location, weight });

function delivered(random: Random, place: string): RouteStep {
  return step('delivered', random.pick([
    'Delivered: received by recipient',
    'Delivered: left at the front door as requested',
    'Delivered: received by building security',
    'Delivered: signed for by recipient',
  ]), place, 0.5);
}

function localCourier(carrier: CarrierId, address: Address, random: Random): RouteStep[] {
  const name = carrier === 'ninja_van' ? 'Ninja Van' : 'J&T Express';
  const place = deliveryPlace(address);
  const start = [
    step('label_created', 'Shipment created by shipper; awaiting pickup', SINGAPORE, 0),
    step('in_transit', `Picked up by ${name} courier`, SINGAPORE, 0),
  ];
  const end = [
    step('in_transit', 'Arrived at delivery station', place),
    step('out_for_delivery', 'Out for delivery: parcel is with the driver', place),
    delivered(random, place),
  ];
  if (address.country === 'SG') return [...start, step('in_transit', 'Arrived at sorting hub', SINGAPORE), ...end];
  if (address.country === 'MY') {
    // Malaysia goes by road across the Causeway and clears customs in Johor Bahru.
    return [
      ...start,
      step('in_transit', 'Arrived at Singapore cross-border hub', SINGAPORE),
      step('in_transit', 'Departed Singapore by line-haul truck', 'Woodlands Checkpoint, SG'),
      step('in_customs', 'Arrived at Malaysian import customs; clearance in progress', 'Johor Bahru, MY', 1.5),
      step('in_transit', 'Import customs cleared', 'Johor Bahru, MY', 0.5),
      step('in_transit', 'Arrived at sorting hub', 'Shah Alam, MY'),
      ...end,
    ];
  }
  const gateway = airGateway(address);
  return [
    ...start,
    step('in_transit', 'Arrived at Singapore cross-border hub', SINGAPORE),
    step('in_transit', 'Handed over to airline for export', CHANGI),
    step('in_transit', 'Arrived at destination airport', gateway),
    step('in_customs', 'Import customs clearance in progress', gateway, 1.5),
    step('in_transit', 'Released by customs', gateway, 0.5),
    step('in_transit', 'Arrived at sorting hub', hubNear(gateway)),
    ...end,
  ];
}

function singPost(address: Address, countryName: string, random: Random): RouteStep[] {
  const gateway = airGateway(address);
  const place = deliveryPlace(address);
  return [
    step('label_created', 'Shipping information received', SINGAPORE, 0),
    step('in_transit', 'Item accepted at post office', SINGAPORE, 0),
    step('in_transit', 'Item processed at mail processing centre', SINGAPORE),
    step('in_transit', `Item dispatched to ${countryName}`, CHANGI),
    step('in_transit', 'Item arrived in destination country', gateway, 1.5),
    step('in_customs', 'Item presented to customs', gateway, 1.5),
    step('in_transit', 'Item released from customs', gateway, 0.5),
    step('in_transit', 'Item at local delivery office', place),
    step('out_for_delivery', 'Item out for delivery', place),
    delivered(random, place),
  ];
}

function sfExpress(address: Address, random: Random): RouteStep[] {
  const gateway = address.country === 'CN' ? 'Shenzhen, CN' : address.country === 'HK' ? 'Hong Kong, HK' : 'Taoyuan, TW';
  const place = deliveryPlace(address);
  return [
    step('label_created', 'Waybill created; awaiting pickup', SINGAPORE, 0),
    step('in_transit', 'Picked up by SF courier', SINGAPORE, 0),
    step('in_transit', 'Departed Singapore transit centre', CHANGI),
    step('in_transit', 'Arrived at import gateway', gateway),
    step('in_customs', 'Import declaration submitted; customs clearance in progress', gateway, 1.5),
    step('in_transit', 'Customs clearance completed', gateway, 0.5),
    step('in_transit', 'Arrived at distribution centre', place),
    step('out_for_delivery', 'Out for delivery with courier', place),
    random.chance(0.3) ? step('delivered', 'Delivered to SF self-service locker; pickup code sent to recipient', place, 0.5) : delivered(random, place),
  ];
}

function dhlTransitHub(country: string): string | null {
  if (['GB', 'ES', 'PT'].includes(country)) return 'Leipzig, DE';
  if (['MX', 'BR'].includes(country)) return 'Cincinnati, OH, US';
  if (['AE', 'SA'].includes(country)) return 'Bahrain, BH';
  if (['JP', 'KR', 'TW', 'CN'].includes(country)) return 'Hong Kong, HK';
  return null;
}

function dhlExpress(address: Address, random: Random): RouteStep[] {
  const gateway = address.country === 'US' ? 'Cincinnati, OH, US' : hubNear(airGateway(address));
  const hub = dhlTransitHub(address.country);
  const place = deliveryPlace(address);
  return [
    step('label_created', 'Shipment information received', SINGAPORE, 0),
    step('in_transit', 'Shipment picked up', SINGAPORE, 0),
    step('in_transit', 'Processed at SINGAPORE - SINGAPORE', SINGAPORE, 0.5),
    step('in_transit', 'Departed facility in SINGAPORE - SINGAPORE', SINGAPORE, 0.5),
    ...(hub ? [step('in_transit', 'Arrived at sort facility', hub), step('in_transit', 'Departed facility', hub, 0.5)] : []),
    step('in_transit', 'Arrived at destination gateway', gateway),
    step('in_customs', 'Customs status updated: clearance in progress', gateway),
    step('in_transit', 'Clearance processing complete', gateway, 0.5),
    step('in_transit', 'Arrived at delivery facility', place),
    step('out_for_delivery', 'Shipment is out with courier for delivery', place, 0.5),
    delivered(random, place),
  ];
}

function ups(address: Address): RouteStep[] {
  const place = deliveryPlace(address);
  return [
    step('label_created', 'Label created; UPS has not received the package yet', SINGAPORE, 0),
    step('in_transit', 'Picked up', SINGAPORE, 0),
    step('in_transit', 'Departed from facility', SINGAPORE, 0.5),
    step('in_transit', 'Arrived at facility', 'Anchorage, AK, US'),
    step('in_transit', 'Import scan', 'Louisville, KY, US'),
    step('in_customs', 'Your package is being cleared by customs', 'Louisville, KY, US'),
    step('in_transit', 'Released by customs', 'Louisville, KY, US', 0.5),
    step('in_transit', 'Arrived at facility', place),
    step('out_for_delivery', 'Out for delivery today', place, 0.5),
    step('delivered', 'Delivered: front door', place, 0.5),
  ];
}

function usps(address: Address): RouteStep[] {
  const place = deliveryPlace(address);
  const isc = 'Los Angeles, CA, US';
  return [
    step('label_created', 'Shipping label created, USPS awaiting item', SINGAPORE, 0),
    step('in_transit', 'Accepted by origin partner', SINGAPORE, 0),
    step('in_transit', 'Departed origin country', CHANGI),
    step('in_transit', 'Arrived at international service center', isc, 1.5),
    step('in_customs', 'Inbound into customs', isc, 1.5),
    step('in_transit', 'Processed through international service center', isc, 0.5),
    step('in_transit', 'Arrived at USPS regional facility', place),
    step('in_transit', 'Arrived at post office', place, 0.5),
    step('out_for_delivery', 'Out for delivery', place, 0.5),
    step('delivered', 'Delivered, in/at mailbox', place, 0.5),
  ];
}

/** Every scan from label to doorstep, in order, for one parcel. */
export function routeFor(carrier: CarrierId, address: Address, countryName: string, random: Random): RouteStep[] {
  switch (carrier) {
    case 'ninja_van':
    case 'jt_express':
      return localCourier(carrier, address, random);
    case 'singpost':
      return singPost(address, countryName, random);
    case 'sf_express':
      return sfExpress(address, random);
    case 'dhl_express':
      return dhlExpress(address, random);
    case 'ups':
      return ups(address);
    case 'usps':
      return usps(address);
  }
}
