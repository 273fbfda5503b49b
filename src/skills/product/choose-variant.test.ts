import { describe, expect, it } from 'vitest';
import type { Product, Variant } from '../../commerce/types.js';
import { chooseVariant, optionMatches } from './choose-variant.js';

const variant = (id: string, color: string, size: string, stock = 3): Variant => ({
  id, sku: id, productId: 'p', options: { color, size }, price: { amountMinor: 1000, currency: 'USD' }, prices: [], stock,
});
const product: Product = {
  id: 'p', handle: 'p', title: { en: 'Dress' }, description: {}, category: 'apparel', brand: 'b', attributes: {}, tags: [],
  optionNames: ['color', 'size'], returnable: true, url: '/p',
  variants: [variant('a', 'navy floral', 's'), variant('b', 'navy floral', 'm'), variant('c', 'red floral', 's')],
};

describe('chooseVariant', () => {
  it('matches colour words inside option values and sizes canonically', () => {
    expect(optionMatches('color', 'navy floral', 'navy')).toBe(true);
    expect(optionMatches('color', 'navy floral', 'red')).toBe(false);
    expect(optionMatches('size', 'xxl', '2XL')).toBe(true);
  });

  it('asks for the option still open, offering only the values left', () => {
    expect(chooseVariant(product, { color: 'navy' })).toEqual({ kind: 'ask', option: 'size', values: ['s', 'm'] });
    expect(chooseVariant(product, { size: 'M' })).toEqual({ kind: 'variant', variant: product.variants[1] });
    expect(chooseVariant(product, {})).toEqual({ kind: 'ask', option: 'color', values: ['navy floral', 'red floral'] });
  });

  it('says what exists when the value is not offered', () => {
    expect(chooseVariant(product, { color: 'green' })).toEqual({ kind: 'unavailable', option: 'color', wanted: 'green', offered: ['navy floral', 'red floral'] });
    expect(chooseVariant(product, { color: 'red', size: 'm' })).toEqual({ kind: 'unavailable', option: 'size', wanted: 'm', offered: ['s'] });
  });

  it('takes a variant named by id', () => {
    expect(chooseVariant(product, { color: 'green' }, 'c')).toEqual({ kind: 'variant', variant: product.variants[2] });
  });
});
