// The hand-written description of a demo product, before it becomes a contract Product with
// variants, SKUs, stock and prices in every currency.
import type { Localised } from '../content-languages.js';

export const CATEGORIES = [
  'apparel', 'underwear', 'socks', 'shoes', 'bags', 'accessories', 'home', 'gadgets', 'beauty', 'gift_cards',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Hygiene and digital goods the shop will not take back unless they arrive faulty or wrong. */
export const NON_RETURNABLE_CATEGORIES: readonly Category[] = ['beauty', 'underwear', 'gift_cards'];

export type SizeChart = ReadonlyArray<Readonly<Record<string, string | number>>>;

export interface OptionSpec {
  /** Lower-case English option name, e.g. 'color'. */
  name: string;
  /** Lower-case English values in display order. */
  values: readonly string[];
  /** US dollars added to the base price for some values (a king duvet costs more than a single). */
  surchargeUsd?: Readonly<Record<string, number>>;
}

export interface ProductSpec {
  handle: string;
  /** Three-or-four-letter product code used in SKUs. */
  code: string;
  category: Category;
  brand: string;
  /** Base list price in US dollars. */
  priceUsd: number;
  title: Localised;
  description: Localised;
  material?: string;
  attributes: Readonly<Record<string, string>>;
  tags: readonly string[];
  options: readonly OptionSpec[];
  sizeChart?: SizeChart;
  /** Gift cards sell at a round local face value instead of a charm price. */
  faceValue?: boolean;
}
