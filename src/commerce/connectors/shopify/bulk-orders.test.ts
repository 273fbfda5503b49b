import { describe, expect, it } from 'vitest';
import { assembleBulkOrders } from './bulk-orders.js';

const money = (amount: string) => ({ presentmentMoney: { amount, currencyCode: 'USD' } });
const order = (n: number) => ({
  id: `gid://shopify/Order/${n}`, name: `#${1000 + n}`, email: 'a@b.test', phone: null, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z',
  processedAt: '2026-11-01T00:00:00Z', cancelledAt: null, closedAt: null, displayFinancialStatus: 'PAID', displayFulfillmentStatus: 'UNFULFILLED', presentmentCurrencyCode: 'USD',
  subtotalPriceSet: money('10.00'), totalShippingPriceSet: money('0.00'), totalDiscountsSet: money('0.00'), totalTaxSet: money('0.00'), totalPriceSet: money('10.00'),
  discountCodes: [], paymentGatewayNames: ['card'], customer: null, shippingAddress: null, fulfillments: [],
});
const line = (n: number, parent: number) => ({ id: `gid://shopify/LineItem/${n}`, title: 'Tee', sku: 'T', quantity: 2, unfulfilledQuantity: 1, variant: null, product: null, originalUnitPriceSet: money('5.00'), __parentId: `gid://shopify/Order/${parent}` });
const ret = (n: number, parent: number) => ({ id: `gid://shopify/Return/${n}`, name: `#R${n}`, status: 'REQUESTED', createdAt: '2026-11-03T00:00:00Z', closedAt: null, requestApprovedAt: null, decline: null, __parentId: `gid://shopify/Order/${parent}` });

async function* rows(xs: Array<Record<string, unknown>>) {
  yield* xs;
}
async function all(xs: Array<Record<string, unknown>>, batch = 2) {
  const out = [];
  for await (const b of assembleBulkOrders(rows(xs), batch)) out.push(b);
  return out;
}

describe('assembleBulkOrders', () => {
  it('puts each child row under its order and hands orders on in batches', async () => {
    const batches = await all([order(1), line(11, 1), line(12, 1), ret(13, 1), order(2), order(3), line(31, 3)]);
    expect(batches.map((b) => b.orders)).toEqual([2, 1]);
    const [o1, r1] = batches[0]!.entities;
    expect(o1).toMatchObject({ kind: 'order', value: { id: 'gid://shopify/Order/1', items: [{ id: 'gid://shopify/LineItem/11', shippedQuantity: 1 }, { id: 'gid://shopify/LineItem/12' }] } });
    expect(r1).toMatchObject({ kind: 'return', value: { id: 'gid://shopify/Return/13', orderId: 'gid://shopify/Order/1', state: 'requested', items: [] } });
    expect(batches[1]!.entities[0]).toMatchObject({ value: { number: '#1003', items: [{ id: 'gid://shopify/LineItem/31' }] } });
  });

  it('yields nothing for an empty file', async () => {
    expect(await all([])).toEqual([]);
  });

  it('refuses child rows outside their order, unknown rows and invalid orders', async () => {
    await expect(all([order(1), order(2), line(11, 1)])).rejects.toMatchObject({ reason: 'bad_response', message: expect.stringContaining('outside its order') });
    await expect(all([line(11, 1)])).rejects.toMatchObject({ reason: 'bad_response' });
    await expect(all([{ id: 'gid://shopify/Product/1' }])).rejects.toMatchObject({ message: expect.stringContaining('not an order') });
    await expect(all([order(1), { id: 'gid://shopify/Fulfillment/1', __parentId: 'gid://shopify/Order/1' }])).rejects.toMatchObject({ message: expect.stringContaining('unexpected child') });
    await expect(all([{ ...order(1), totalPriceSet: null }])).rejects.toMatchObject({ message: expect.stringContaining('totalPriceSet') });
  });
});
