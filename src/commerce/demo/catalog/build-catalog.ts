// Turns the hand-written product specs into contract Products: one variant per option
// combination, readable SKUs, seeded stock levels and a price in every shop currency.
import type { Money, Product, Variant } from '../../types.js';
import { SHOP_CURRENCIES, localAmount, shelfPrice, usd } from '../currencies.js';
import type { Random } from '../random.js';
import { APPAREL } from './apparel.js';
import { BAGS_AND_ACCESSORIES } from './bags-accessories.js';
import { BEAUTY_AND_GIFTS } from './beauty-gifts.js';
import { GADGETS } from './gadgets.js';
import { HOME } from './home.js';
import { NON_RETURNABLE_CATEGORIES, type ProductSpec } from './product-spec.js';
import { SHOES } from './shoes.js';
import { UNDERWEAR_AND_SOCKS } from './underwear-socks.js';

export const PRODUCT_SPECS: readonly ProductSpec[] = [
  ...APPAREL, ...UNDERWEAR_AND_SOCKS, ...SHOES, ...BAGS_AND_ACCESSORIES, ...HOME, ...GADGETS, ...BEAUTY_AND_GIFTS,
];

const BRAND_PREFIX: Record<string, string> = {
  'Sunday Harbour': 'SH', 'Kampong Clay': 'KC', Tidewell: 'TW', 'Serai Botanics': 'SB',
};

/** 'sage' → SAGE, 'terracotta' → TERR, 'iphone 16 pro max' → I16PM, 'galaxy s24' → GS24, 'sea glass' → SG. */
function valueCode(value: string): string {
  const words = value.split(' ');
  if (words.length === 1) return value.slice(0, 4).toUpperCase();
  return words.map((word) => (/\d/.test(word) ? word : word[0] ?? '')).join('').toUpperCase();
}

function combinations(spec: ProductSpec): Array<Record<string, string>> {
  let result: Array<Record<string, string>> = [{}];
  for (const option of spec.options) {
    result = result.flatMap((partial) => option.values.map((value) => ({ ...partial, [option.name]: value })));
  }
  return result;
}

/** Most variants are in stock; some are sold out and some are down to the last few. */
function stockLevel(spec: ProductSpec, random: Random): number {
  if (spec.category === 'gift_cards') return 9999;
  const roll = random.next();
  if (roll < 0.1) return 0;
  if (roll < 0.25) return random.int(1, 4);
  return spec.priceUsd < 40 ? random.int(20, 240) : random.int(6, 80);
}

function pricesFor(spec: ProductSpec, listPrice: Money): Money[] {
  return SHOP_CURRENCIES.filter((currency) => currency !== 'USD')
    .map((currency) => (spec.faceValue ? localAmount(listPrice, currency) : shelfPrice(listPrice, currency)));
}

function buildProduct(spec: ProductSpec, index: number, random: Random): Product {
  const productId = `prod_${1001 + index}`;
  const prefix = BRAND_PREFIX[spec.brand];
  if (!prefix) throw new Error(`no SKU prefix for brand ${spec.brand}`);
  const variants: Variant[] = combinations(spec).map((options, variantIndex) => {
    const surcharge = spec.options.reduce((sum, option) => sum + (option.surchargeUsd?.[options[option.name] ?? ''] ?? 0), 0);
    const price = usd(spec.priceUsd + surcharge);
    const codes = spec.options.map((option) => valueCode(options[option.name] ?? ''));
    return {
      id: `var_${1001 + index}${String(variantIndex + 1).padStart(2, '0')}`,
      sku: [prefix, spec.code, ...codes].join('-'),
      productId,
      options,
      price,
      prices: pricesFor(spec, price),
      stock: stockLevel(spec, random),
    };
  });
  return {
    id: productId,
    handle: spec.handle,
    title: { ...spec.title },
    description: { ...spec.description },
    category: spec.category,
    brand: spec.brand,
    ...(spec.material ? { material: spec.material } : {}),
    attributes: { ...(spec.material ? { material: spec.material } : {}), ...spec.attributes },
    tags: [...spec.tags],
    optionNames: spec.options.map((option) => option.name),
    variants,
    ...(spec.sizeChart ? { sizeChart: spec.sizeChart.map((row) => ({ ...row })) } : {}),
    returnable: !NON_RETURNABLE_CATEGORIES.includes(spec.category),
    url: `/shop/products/${spec.handle}`,
  };
}

export function buildCatalog(random: Random): Product[] {
  return PRODUCT_SPECS.map((spec, index) => buildProduct(spec, index, random));
}
