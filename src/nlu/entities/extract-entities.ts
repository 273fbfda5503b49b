// Runs every entity extractor and settles overlaps: a stretch of text is one thing (an e-mail's
// digits are not a phone, a tracking number is not an order number), checked in this order.
// Products and variants may overlap what titles contain: colours, sizes, counts, day names, prices.
import type { Entity, Language } from '../types.js';
import type { CatalogIndex } from './catalog-index.js';
import { extractColours } from './colour.js';
import { extractDates } from './date.js';
import { extractEmails } from './email.js';
import { extractMoney } from './money.js';
import { extractOrderNumbers } from './order-number.js';
import { extractPhones } from './phone.js';
import { extractProducts } from './product.js';
import { extractQuantities } from './quantity.js';
import { extractSizes } from './size.js';
import { extractTrackingNumbers } from './tracking-number.js';

export interface ExtractOptions {
  language?: Language;
  catalog?: CatalogIndex;
  orderNumberPatterns?: RegExp[];
  now?: Date;
  timeZone?: string;
}

const overlaps = (a: Entity, b: Entity) => a.start < b.end && a.end > b.start;
const CATALOG_TYPES = new Set(['product', 'variant']);
/** What a product title may contain ("Sunday Harbour Gift Card", "Crew Socks (3 pairs)", "Blue Tee"). */
const INSIDE_TITLES = new Set(['colour', 'size', 'quantity', 'date', 'money', 'product', 'variant']);

function compatible(a: Entity, b: Entity): boolean {
  if (!overlaps(a, b)) return true;
  return (CATALOG_TYPES.has(a.type) && INSIDE_TITLES.has(b.type)) || (CATALOG_TYPES.has(b.type) && INSIDE_TITLES.has(a.type));
}

export function extractEntities(text: string, opts: ExtractOptions = {}): Entity[] {
  const kept: Entity[] = [];
  const offer = (candidates: Entity[]) => {
    for (const e of candidates) if (kept.every((k) => compatible(k, e))) kept.push(e);
  };
  offer(extractEmails(text));
  offer(extractTrackingNumbers(text));
  offer(extractOrderNumbers(text, opts.orderNumberPatterns));
  offer(extractDates(text, { now: opts.now ?? new Date(), timeZone: opts.timeZone ?? 'UTC', language: opts.language }));
  offer(extractMoney(text, opts.language));
  offer(extractPhones(text, opts.language));
  offer(extractQuantities(text));
  const options = [...extractSizes(text), ...extractColours(text)];
  offer(options);
  if (opts.catalog) offer(extractProducts(text, opts.catalog, kept.filter((e) => e.type === 'colour' || e.type === 'size')));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
