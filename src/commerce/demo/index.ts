// Public surface of the demo store: the generator, and the helpers other modules (NLU, skills,
// connectors) reuse: tracking-number validators, parcel anomaly detection and checkout pricing.
export { generateDemoStore, DEFAULT_DEMO_SEED, type GenerateDemoStoreOptions } from './generate-demo-store.js';
export {
  TRACKING_FORMATS, TRACKING_VALIDATORS, NINJA_VAN_COUNTRIES, detectTrackingFormat, normaliseTrackingNumber,
  isValidUpsTracking, isValidUspsTracking, isValidDhlExpressTracking, isValidS10Tracking, isValidSfExpressTracking,
  isValidJtExpressTracking, isValidNinjaVanTracking, upsCheckDigit, uspsCheckDigit, dhlExpressCheckDigit, s10CheckDigit,
  type TrackingFormat,
} from './tracking-numbers.js';
export { CARRIERS, CARRIER_IDS, type Carrier, type CarrierId } from './carriers.js';
export {
  SHIPMENT_ANOMALIES, DELIVERY_DISPUTE_DESCRIPTION, NO_SCAN_HOURS, CUSTOMS_STUCK_HOURS, detectShipmentAnomaly,
  type ShipmentAnomaly,
} from './shipment-anomalies.js';
export { priceCart, unitPriceIn, type CartLine, type PricedCart, type PricingRequest } from './order-pricing.js';
export { SHOP_CURRENCIES, currencyExponent, formatMoney, localAmount, shelfPrice, type ShopCurrency } from './currencies.js';
export { CONTENT_LANGUAGES, type ContentLanguage } from './content-languages.js';
