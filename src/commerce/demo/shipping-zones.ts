// Where the shop ships from Singapore, what it charges and how long it promises. The same numbers
// feed order pricing, delivery promises, tracking timelines and the help-centre articles.
import type { Money } from '../types.js';
import { usd } from './currencies.js';

export type ZoneId = 'singapore' | 'southeast_asia' | 'east_asia' | 'gulf_oceania' | 'europe_americas';
export type ShippingMethod = 'standard' | 'express';

export interface ShippingZone {
  id: ZoneId;
  name: string;
  countries: readonly string[];
  fee: Record<ShippingMethod, Money>;
  /** Business days in transit after dispatch, [fastest, promised]. */
  transitDays: Record<ShippingMethod, readonly [number, number]>;
}

export const SHIPPING_ZONES: readonly ShippingZone[] = [
  {
    id: 'singapore', name: 'Singapore', countries: ['SG'],
    fee: { standard: usd(2.9), express: usd(5.9) },
    transitDays: { standard: [1, 3], express: [1, 1] },
  },
  {
    id: 'southeast_asia', name: 'Southeast Asia', countries: ['MY', 'ID', 'TH', 'VN', 'PH'],
    fee: { standard: usd(7.9), express: usd(15.9) },
    transitDays: { standard: [4, 8], express: [2, 4] },
  },
  {
    id: 'east_asia', name: 'East Asia', countries: ['CN', 'HK', 'TW', 'JP', 'KR'],
    fee: { standard: usd(9.9), express: usd(19.9) },
    transitDays: { standard: [5, 9], express: [2, 4] },
  },
  {
    id: 'gulf_oceania', name: 'Gulf and Oceania', countries: ['AE', 'SA', 'AU'],
    fee: { standard: usd(12.9), express: usd(24.9) },
    transitDays: { standard: [6, 10], express: [3, 5] },
  },
  {
    id: 'europe_americas', name: 'Europe and the Americas', countries: ['GB', 'ES', 'PT', 'US', 'MX', 'BR'],
    fee: { standard: usd(14.9), express: usd(29.9) },
    transitDays: { standard: [7, 14], express: [3, 6] },
  },
];

/** Standard shipping is free from this order value (after discounts), everywhere. Express never is. */
export const FREE_SHIPPING_THRESHOLD: Money = usd(79);

/** Orders paid before 2 pm Singapore time on a business day leave the warehouse within this many business days. */
export const PROCESSING_BUSINESS_DAYS = 2;

export function zoneOf(country: string): ShippingZone {
  const zone = SHIPPING_ZONES.find((candidate) => candidate.countries.includes(country));
  if (!zone) throw new Error(`the demo shop does not ship to ${country}`);
  return zone;
}

/**
 * Tax the shop collects at checkout, so nothing is due on arrival: Singapore GST, Malaysia's
 * low-value goods tax, Australian GST, UK VAT and EU VAT through IOSS. Elsewhere the recipient
 * pays any import duty or tax to the carrier.
 */
export const TAX_COLLECTED_AT_CHECKOUT: Readonly<Record<string, number>> = {
  SG: 0.09, MY: 0.1, AU: 0.1, GB: 0.2, ES: 0.21, PT: 0.23,
};

export function checkoutTaxRate(country: string): number {
  return TAX_COLLECTED_AT_CHECKOUT[country] ?? 0;
}
