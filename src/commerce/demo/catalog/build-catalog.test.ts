// Checks the catalog is complete and consistent: translations, variants, SKUs, prices, size charts.
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../content-languages.js';
import { SHOP_CURRENCIES } from '../currencies.js';
import { createRandom } from '../random.js';
import { buildCatalog } from './build-catalog.js';
import { CATEGORIES, NON_RETURNABLE_CATEGORIES } from './product-spec.js';

const catalog = buildCatalog(createRandom(1));

describe('buildCatalog', () => {
  it('has at least 40 products across every category', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalog.map((product) => product.category))).toEqual(new Set(CATEGORIES));
  });

  it('translates every title and description into every content language', () => {
    for (const product of catalog) {
      for (const language of CONTENT_LANGUAGES) {
        expect(product.title[language], `${product.handle} title ${language}`).toBeTruthy();
        expect(product.description[language]?.length ?? 0, `${product.handle} description ${language}`).toBeGreaterThan(20);
      }
    }
  });

  it('gives every product variants priced in every shop currency', () => {
    for (const product of catalog) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      for (const variant of product.variants) {
        expect(variant.price.currency).toBe('USD');
        const currencies = [variant.price, ...variant.prices].map((price) => price.currency).sort();
        expect(currencies).toEqual([...SHOP_CURRENCIES].sort());
        for (const price of [variant.price, ...variant.prices]) expect(Number.isInteger(price.amountMinor) && price.amountMinor > 0).toBe(true);
        expect(Object.keys(variant.options)).toEqual(product.optionNames);
        for (const [key, value] of Object.entries(variant.options)) {
          expect(key).toBe(key.toLowerCase());
          expect(value).toBe(value.toLowerCase());
        }
      }
    }
  });

  it('uses unique ids, handles and SKUs', () => {
    const skus = catalog.flatMap((product) => product.variants.map((variant) => variant.sku));
    expect(new Set(skus).size).toBe(skus.length);
    expect(new Set(catalog.map((product) => product.handle)).size).toBe(catalog.length);
    for (const product of catalog) expect(product.url).toBe(`/shop/products/${product.handle}`);
  });

  it('has sold-out and low-stock variants as well as plenty in stock', () => {
    const stock = catalog.flatMap((product) => product.variants.map((variant) => variant.stock));
    expect(stock.filter((level) => level === 0).length).toBeGreaterThan(10);
    expect(stock.filter((level) => level > 0 && level < 5).length).toBeGreaterThan(10);
    expect(stock.filter((level) => level >= 20).length).toBeGreaterThan(100);
  });

  it('keeps size charts in step with the size option', () => {
    for (const product of catalog.filter((candidate) => candidate.sizeChart)) {
      const sizes = new Set(product.variants.map((variant) => variant.options.size));
      expect(new Set(product.sizeChart?.map((row) => String(row.size)))).toEqual(sizes);
    }
  });

  it('marks beauty, underwear and gift cards as not returnable', () => {
    for (const product of catalog) {
      expect(product.returnable).toBe(!NON_RETURNABLE_CATEGORIES.includes(product.category as never));
    }
  });

  it('sells phone cases per model and shoes in EU sizes with US equivalents', () => {
    const cases = catalog.filter((product) => product.optionNames.includes('model'));
    expect(cases.length).toBeGreaterThanOrEqual(2);
    const sneakers = catalog.find((product) => product.handle === 'canvas-low-top-sneakers');
    expect(sneakers?.sizeChart?.find((row) => row.size === '42')).toMatchObject({ us_men: 8.5, us_women: 10 });
  });
});
