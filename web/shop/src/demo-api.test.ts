// Tests for loading and checking GET /api/shop/demo.
import { describe, expect, it } from 'vitest';
import { fetchDemoShop, parseDemoShop } from './demo-api.js';

const product = {
  id: 'p1',
  handle: 'linen-shirt',
  title: { en: 'Linen shirt' },
  description: { en: 'Breathable.' },
  category: 'shirts',
  priceMinor: 4900,
  currency: 'USD',
  options: { size: ['S', 'M'] },
  inStock: true,
};
const body = {
  shop: { name: 'Demo', slug: 'demo', defaultCurrency: 'USD', currencies: ['USD'], languages: ['en'], supportEmail: 'help@demo.test' },
  products: [product, { id: 'broken' }],
  widgetKey: 'wk_demo',
};

function respond(status: number, payload: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(payload), { status, statusText: status === 200 ? 'OK' : 'Server Error' });
}

describe('demo shop API', () => {
  it('keeps well-formed products and rejects a body without a shop', () => {
    expect(parseDemoShop(body)?.products).toEqual([product]);
    expect(parseDemoShop({ products: [] })).toBeNull();
  });

  it('fetches /api/shop/demo', async () => {
    let requested = '';
    const shop = await fetchDemoShop(async (input) => {
      requested = String(input);
      return new Response(JSON.stringify(body), { status: 200 });
    });
    expect(requested).toBe('/api/shop/demo');
    expect(shop.widgetKey).toBe('wk_demo');
  });

  it('explains failures', async () => {
    await expect(fetchDemoShop(respond(500, {}))).rejects.toThrow('The shop server answered 500 Server Error.');
    await expect(fetchDemoShop(respond(200, { nope: true }))).rejects.toThrow('does not understand');
    await expect(
      fetchDemoShop(async () => {
        throw new TypeError('fetch failed');
      }),
    ).rejects.toThrow('could not be reached');
  });
});
