// Tests of product and variant matching, on a small catalog and on the demo store.
import { describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../commerce/demo/index.js';
import type { Product } from '../../commerce/types.js';
import { buildCatalogIndex } from './catalog-index.js';
import { extractEntities } from './extract-entities.js';

const price = { amountMinor: 2500, currency: 'USD' };
const product = (id: string, title: Record<string, string>, variants: Array<[string, string, Record<string, string>]>): Product => ({
  id, handle: title.en!.toLowerCase().replace(/ /g, '-'), title, description: {}, category: 'apparel', brand: 'Acme', attributes: {}, tags: [],
  optionNames: ['color', 'size'], returnable: true, url: '',
  variants: variants.map(([vid, sku, options]) => ({ id: vid, sku, productId: id, options, price, prices: [], stock: 1 })),
});

const catalog = buildCatalogIndex([
  product('shirt', { en: 'Classic Linen Shirt', id: 'Kemeja Linen Klasik', 'zh-Hans': '经典亚麻衬衫' }, [
    ['shirt-blue-m', 'CLS-BLU-M', { color: 'blue', size: 'M' }],
    ['shirt-black-l', 'CLS-BLK-L', { color: 'black', size: 'L' }],
  ]),
  product('tee', { en: 'Organic Cotton Tee' }, [
    ['tee-navy-xxl', 'OCT-NVF-XXL', { color: 'navy floral', size: 'xxl' }],
    ['tee-navy-m', 'OCT-NVF-M', { color: 'navy floral', size: 'm' }],
  ]),
  product('sneaker', { en: 'Cloud Runner Sneaker' }, [
    ['sneaker-42', 'CRS-42', { size: '42' }],
    ['sneaker-43', 'CRS-43', { size: '43' }],
  ]),
]);

const found = (text: string) => extractEntities(text, { catalog, now: new Date(0) }).filter((e) => e.type === 'product' || e.type === 'variant').map((e) => [e.type, e.value, e.text]);

describe('product and variant entities', () => {
  it('matches titles in any language despite typos', () => {
    expect(found('do you have the clasic linen shrt?')).toEqual([['product', 'shirt', 'clasic linen shrt']]);
    expect(found('kemeja linen klasik masih ada?')).toEqual([['product', 'shirt', 'kemeja linen klasik']]);
    expect(found('经典亚麻衬衫有货吗')[0]).toEqual(['product', 'shirt', '经典亚麻衬衫']);
  });

  it('names the variant that fits the colour and size in the message', () => {
    expect(found('classic linen shirt in blue size M')).toEqual([
      ['product', 'shirt', 'classic linen shirt'],
      ['variant', 'shirt-blue-m', 'classic linen shirt'],
    ]);
    expect(found('cloud runner sneaker size 43').map(([t, v]) => `${t}:${v}`)).toEqual(['product:sneaker', 'variant:sneaker-43']);
  });

  it('matches catalog option spellings: colour words inside a pattern name, 2XL for xxl', () => {
    expect(found('organic cotton tee in navy, 2XL').map(([t, v]) => `${t}:${v}`)).toEqual(['product:tee', 'variant:tee-navy-xxl']);
  });

  it('names no variant when the options fit none or several', () => {
    expect(found('classic linen shirt in red').map(([t]) => t)).toEqual(['product']);
  });

  it('finds a variant by SKU', () => {
    expect(found('2 pcs of CLS-BLK-L')).toEqual([['variant', 'shirt-black-l', 'CLS-BLK-L']]);
  });

  it('does not match unrelated text', () => {
    expect(found('where is my order')).toEqual([]);
    expect(found('linen')).toEqual([]);
  });
});

describe('product matching against the demo store catalog', () => {
  const store = generateDemoStore();
  const demo = buildCatalogIndex(store.products);
  const products = (text: string) => extractEntities(text, { catalog: demo, now: new Date(0) }).filter((e) => e.type === 'product');

  it('finds every product by each of its localised titles, with the span in the original text', () => {
    for (const p of store.products) {
      for (const title of Object.values(p.title)) {
        // Thai titles change length under NFKC ("ำ"), CJK ones hold counts ("3 双装"), some name days.
        const text = `do you still have the ${title}?`;
        const [first] = products(text);
        expect(first?.value, title).toBe(p.id);
        expect(text.slice(first!.start, first!.end)).toBe(first!.text);
      }
    }
  });

  it('finds every product when a letter is missing from its English title', () => {
    for (const p of store.products) {
      const t = p.title.en!.toLowerCase();
      const typo = t.slice(0, t.length >> 1) + t.slice((t.length >> 1) + 1);
      expect(products(`is the ${typo} in stock`)[0]?.value, typo).toBe(p.id);
    }
  });
});
