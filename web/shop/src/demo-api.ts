// Loads the demo storefront from GET /api/shop/demo: the shop profile, its products and the widget key.
import { isRecord, isStringArray } from '../../shared/wire-guards.js';

export interface DemoShopProfile {
  name: string;
  slug: string;
  defaultCurrency: string;
  currencies: string[];
  languages: string[];
  supportEmail: string;
}

export interface DemoProduct {
  id: string;
  handle: string;
  title: Record<string, string>;
  description: Record<string, string>;
  category: string;
  priceMinor: number;
  currency: string;
  options: Record<string, string[]>;
  inStock: boolean;
}

export interface DemoShop {
  shop: DemoShopProfile;
  products: DemoProduct[];
  widgetKey: string;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
}

function isProfile(value: unknown): value is DemoShopProfile {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.slug === 'string' &&
    typeof value.defaultCurrency === 'string' &&
    isStringArray(value.currencies) &&
    isStringArray(value.languages) &&
    typeof value.supportEmail === 'string'
  );
}

function isProduct(value: unknown): value is DemoProduct {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.handle === 'string' &&
    isStringRecord(value.title) &&
    isStringRecord(value.description) &&
    typeof value.category === 'string' &&
    typeof value.priceMinor === 'number' &&
    Number.isFinite(value.priceMinor) &&
    typeof value.currency === 'string' &&
    isRecord(value.options) &&
    Object.values(value.options).every(isStringArray) &&
    typeof value.inStock === 'boolean'
  );
}

/** Checks a response body; products of an unexpected shape are left out rather than failing the page. */
export function parseDemoShop(body: unknown): DemoShop | null {
  if (!isRecord(body) || !isProfile(body.shop) || !Array.isArray(body.products) || typeof body.widgetKey !== 'string') return null;
  return { shop: body.shop, products: body.products.filter(isProduct), widgetKey: body.widgetKey };
}

export async function fetchDemoShop(fetcher: typeof fetch = fetch): Promise<DemoShop> {
  let response: Response;
  try {
    response = await fetcher('/api/shop/demo', { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('The shop server could not be reached.');
  }
  if (!response.ok) throw new Error(`The shop server answered ${response.status} ${response.statusText}`.trim() + '.');
  const shop = parseDemoShop(await response.json().catch(() => null));
  if (!shop) throw new Error('The shop server sent data this page does not understand.');
  return shop;
}
