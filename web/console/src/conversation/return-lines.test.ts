import { describe, expect, it } from 'vitest';
import type { OrderItem, Return } from '../../../../src/commerce/types.js';
import { returnLines, safeHref } from './return-lines.js';

const item = (id: string, title: string): OrderItem => ({ id, productId: 'p', variantId: 'v', title, sku: 's', quantity: 2, unitPrice: { amountMinor: 100, currency: 'USD' }, shippedQuantity: 2 });
const ret = (over: Partial<Return>): Return => ({ id: 'r1', rma: 'RMA-1', orderId: 'o1', orderNumber: '#1001', items: [], state: 'approved', createdAt: '2026-11-01T00:00:00Z', ...over });

describe('returnLines', () => {
  it('names the items by their order line, says the state in words and keeps the refund', () => {
    const [line] = returnLines([ret({ state: 'refunded', items: [{ orderItemId: 'li1', quantity: 1 }, { orderItemId: 'gone', quantity: 1 }], refunded: { amountMinor: 2500, currency: 'EUR' }, labelUrl: 'https://cdn.shopify.example/label.pdf' })], [item('li1', 'Linen shirt (M)')]);
    expect(line).toEqual({ rma: 'RMA-1', state: 'refunded', items: ['1 × Linen shirt (M)', '1 × gone'], labelHref: 'https://cdn.shopify.example/label.pdf', refunded: { amountMinor: 2500, currency: 'EUR' }, open: false });
    expect(returnLines([ret({ state: 'in_transit' })], [])[0]).toMatchObject({ state: 'on its way back', open: true, refunded: null, labelHref: null });
  });

  it('links only web addresses and local paths', () => {
    expect(safeHref('/shop/returns/rma_1/label')).toBe('/shop/returns/rma_1/label');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
