// Narrows a product's variants to what the shopper named ("blue", "size M") and says what is still
// missing: a value the product does not come in, the next option to ask for, or the one variant.
import type { Product, Variant } from '../../commerce/types.js';
import { canonicalSize } from '../../nlu/entities/size.js';

export type VariantChoice =
  | { kind: 'variant'; variant: Variant }
  | { kind: 'unavailable'; option: string; wanted: string; offered: string[] }
  | { kind: 'ask'; option: string; values: string[] };

/** "navy floral" is navy; "sky blue" is blue; sizes compare canonically ("2xl" = "XXL"). */
export function optionMatches(option: string, value: string, wanted: string): boolean {
  if (option === 'size') return canonicalSize(value) === canonicalSize(wanted);
  const v = value.toLowerCase();
  const w = wanted.toLowerCase();
  return v === w || v.split(/[\s/-]+/).includes(w);
}

export function optionValues(product: Product, option: string, variants: Variant[] = product.variants): string[] {
  return [...new Set(variants.map((v) => v.options[option]).filter((x): x is string => x !== undefined))];
}

export function chooseVariant(product: Product, wanted: Record<string, string | undefined>, variantId?: string): VariantChoice {
  const named = variantId ? product.variants.find((v) => v.id === variantId) : undefined;
  if (named) return { kind: 'variant', variant: named };
  let candidates = product.variants;
  for (const option of product.optionNames) {
    const want = wanted[option];
    if (!want) continue;
    const fit = candidates.filter((v) => v.options[option] !== undefined && optionMatches(option, v.options[option]!, want));
    if (fit.length === 0) return { kind: 'unavailable', option, wanted: want, offered: optionValues(product, option, candidates) };
    candidates = fit;
  }
  if (candidates.length === 1) return { kind: 'variant', variant: candidates[0]! };
  // Ask for the first option that still varies, offering only values left after the shopper's choices.
  for (const option of product.optionNames) {
    const values = optionValues(product, option, candidates);
    if (values.length > 1) return { kind: 'ask', option, values };
  }
  return { kind: 'variant', variant: candidates[0]! };
}
