// What goes in a basket: a few products, bestsellers and cheap basics more often, realistic
// quantities (socks by the three, mugs in pairs), in-stock variants for orders still to ship.
import type { Product, Variant } from '../types.js';
import type { CartLine } from './order-pricing.js';
import { weightedPicker, type Random } from './random.js';

export interface LineOptions {
  /** Orders not yet shipped can only hold variants that were in stock. */
  inStock: boolean;
  minLines?: number;
  /** Group-buy orders hold a single group-buy product. */
  groupBuy?: boolean;
}

/** Gift cards are e-mailed, not shipped, so physical orders never carry them. */
const shippable = (product: Product): boolean => product.category !== 'gift_cards';

function popularity(product: Product): number {
  const price = product.variants[0]?.price.amountMinor ?? 0;
  return (product.tags.includes('bestseller') ? 3 : 1) * (price < 3000 ? 1.5 : 1);
}

function quantityFor(product: Product, random: Random): number {
  if (product.category === 'socks') return random.weighted([[1, 50], [2, 20], [3, 30]]);
  const price = product.variants[0]?.price.amountMinor ?? 0;
  if (price < 3000) return random.weighted([[1, 70], [2, 20], [3, 10]]);
  return random.weighted([[1, 90], [2, 10]]);
}

function variantFor(product: Product, inStock: boolean, random: Random): Variant {
  const available = product.variants.filter((variant) => variant.stock > 0);
  return random.pick(inStock && available.length > 0 ? available : product.variants);
}

interface Shelves {
  popular: (random: Random) => Product;
  groupBuy: readonly Product[];
}

// Two thousand baskets draw from the same catalog, so its weights are worked out once per catalog.
const shelvesByCatalog = new WeakMap<readonly Product[], Shelves>();

function shelvesFor(products: readonly Product[]): Shelves {
  let shelves = shelvesByCatalog.get(products);
  if (!shelves) {
    shelves = {
      popular: weightedPicker(products.filter(shippable).map((product) => [product, popularity(product)] as const)),
      groupBuy: products.filter((product) => product.tags.includes('group-buy')),
    };
    shelvesByCatalog.set(products, shelves);
  }
  return shelves;
}

export function pickLines(products: readonly Product[], random: Random, options: LineOptions): CartLine[] {
  const shelves = shelvesFor(products);
  if (options.groupBuy) {
    const product = random.pick(shelves.groupBuy);
    return [{ product, variant: variantFor(product, true, random), quantity: random.weighted([[1, 75], [2, 25]]) }];
  }
  const count = Math.max(options.minLines ?? 1, random.weighted([[1, 45], [2, 30], [3, 17], [4, 8]]));
  const chosen: Product[] = [];
  while (chosen.length < count) {
    // Drawing again on a repeat keeps each product once per basket without rebuilding the weights.
    const product = shelves.popular(random);
    if (!chosen.includes(product)) chosen.push(product);
  }
  return chosen.map((product) => ({ product, variant: variantFor(product, options.inStock, random), quantity: quantityFor(product, random) }));
}

/** A sold-out variant someone ordered before it ran out: the line a partial shipment leaves behind. */
export function backorderedLine(products: readonly Product[], exclude: readonly Product[], random: Random): CartLine | null {
  const soldOut = products.filter(shippable).filter((product) => !exclude.includes(product))
    .flatMap((product) => product.variants.filter((variant) => variant.stock === 0).map((variant) => ({ product, variant })));
  if (soldOut.length === 0) return null;
  const { product, variant } = random.pick(soldOut);
  return { product, variant, quantity: 1 };
}
