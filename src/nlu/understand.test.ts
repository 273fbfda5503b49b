// Tests of createNlu().understand composing every stage.
import { describe, expect, it } from 'vitest';
import type { Product } from '../commerce/types.js';
import { buildCatalogIndex } from './entities/catalog-index.js';
import { trainIntentModel } from './intent/intent-model.js';
import { createNlu } from './understand.js';

const model = trainIntentModel([
  ...['where is my order', 'order status', 'has my order shipped', 'pesanan saya di mana', '我的订单在哪里', 'dónde está mi pedido'].map((text) => ({ text, intent: 'order_status' })),
  ...['cancel my order', 'batalkan pesanan', '取消订单', 'cancelar mi pedido', 'please cancel', 'i want to cancel'].map((text) => ({ text, intent: 'cancel_order' })),
  ...['do you have this shirt in blue', 'is the linen shirt in stock', 'ada stok?', '有货吗', 'hay stock', 'available in size M?'].map((text) => ({ text, intent: 'stock_availability' })),
], { seed: 1 });

const shirt: Product = {
  id: 'p-shirt', handle: 'linen-shirt', title: { en: 'Linen Shirt', id: 'Kemeja Linen' }, description: {}, category: 'shirts', brand: 'Acme',
  attributes: {}, tags: [], optionNames: ['color', 'size'], returnable: true, url: 'https://shop.example/linen-shirt',
  variants: [
    { id: 'v-blue-m', sku: 'LS-BLU-M', productId: 'p-shirt', options: { color: 'blue', size: 'M' }, price: { amountMinor: 2500, currency: 'USD' }, prices: [], stock: 4 },
    { id: 'v-blue-l', sku: 'LS-BLU-L', productId: 'p-shirt', options: { color: 'blue', size: 'L' }, price: { amountMinor: 2500, currency: 'USD' }, prices: [], stock: 0 },
  ],
};

describe('createNlu().understand', () => {
  const nlu = createNlu({ model, catalog: buildCatalogIndex([shirt]), timeZone: 'Asia/Jakarta' });
  const now = new Date('2025-11-05T20:00:00Z'); // 6 November 03:00 in Jakarta

  it('composes language, intent, entities and sentiment', () => {
    const u = nlu.understand('Where is my order PD-123456?? I ordered it yesterday!!!', { now });
    expect(u.language).toBe('en');
    expect(u.intent.intent).toBe('order_status');
    expect(u.entities.map((e) => [e.type, e.value])).toEqual([
      ['order_number', 'PD-123456'],
      ['date', '2025-11-05'],
    ]);
    expect(u.sentiment.urgency).toBeGreaterThan(0);
  });

  it('finds the product and the one variant that fits colour and size', () => {
    const u = nlu.understand('do you have the linen shrt in blue, size M?', { now });
    expect(u.intent.intent).toBe('stock_availability');
    const types = u.entities.map((e) => `${e.type}:${e.value}`);
    expect(types).toEqual(expect.arrayContaining(['product:p-shirt', 'variant:v-blue-m', 'colour:blue', 'size:M']));
  });

  it('uses the conversation context for ambiguous languages', () => {
    expect(nlu.understand('boleh tak cancel order saya', { now }).language).toBe('ms');
    expect(nlu.understand('bisa batalkan pesanan saya?', { now }).language).toBe('id');
    expect(nlu.understand('好的', { now, previousLanguage: 'zh-Hant' }).language).toBe('zh-Hant');
  });

  it('is pure: the same input gives the same output', () => {
    const a = nlu.understand('cancel my order please', { now, locale: 'en-SG' });
    const b = nlu.understand('cancel my order please', { now, locale: 'en-SG' });
    expect(a).toEqual(b);
  });
});
