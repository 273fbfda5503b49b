import { describe, expect, it } from 'vitest';
import { generateDemoStore } from '../../demo/index.js';
import { SYNC_KINDS } from '../connector.js';
import { entityRecord } from '../entity-records.js';
import { DemoConnector } from './demo-connector.js';

describe('DemoConnector', () => {
  const data = generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') });
  const connector = new DemoConnector(data, 100);

  it('pages through every kind and yields each record exactly once, orders with their shipments', async () => {
    const seen = new Map<string, number>();
    for (const kind of SYNC_KINDS) {
      let cursor: string | null | undefined;
      do {
        const page = await connector.fetchPage(kind, { cursor });
        for (const e of page.entities) {
          const r = entityRecord(e);
          const k = `${r.kind}:${r.id}`;
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
        cursor = page.next;
      } while (cursor);
    }
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const count = (kind: string) => [...seen.keys()].filter((k) => k.startsWith(kind + ':')).length;
    expect(count('order')).toBe(data.orders.length);
    expect(count('product')).toBe(data.products.length);
    expect(count('shipment')).toBe(data.shipments.filter((s) => data.orders.some((o) => o.shipmentIds.includes(s.id))).length);
    expect(count('coupon')).toBe(data.coupons.length);
    expect(count('return')).toBe(data.returns!.length);
  });

  it('brings an order\'s returns with it, and counts a return\'s last change as the order\'s when reconciling', async () => {
    const ret = data.returns!.find((r) => r.state === 'refunded')!;
    const found = await connector.fetchOrder(ret.orderNumber);
    expect(found.filter((e) => e.kind === 'return')).toEqual([{ kind: 'return', value: ret }]);
    const order = data.orders.find((o) => o.id === ret.orderId)!;
    expect(ret.refundedAt! > order.deliveredAt!).toBe(true);
    const page = await new DemoConnector(data, 10_000).fetchPage('orders', { updatedSince: ret.refundedAt! });
    expect(page.entities.some((e) => e.kind === 'order' && e.value.id === ret.orderId)).toBe(true);
  });

  it('returns only orders changed since a time when reconciling', async () => {
    const since = '2026-11-15T00:00:00Z';
    const page = await connector.fetchPage('orders', { updatedSince: since });
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(data.orders.length);
    expect((await connector.fetchPage('products', { updatedSince: since })).entities).toEqual([]);
  });

  it('finds one order by number, case-insensitively, or nothing', async () => {
    const order = data.orders.find((o) => o.shipmentIds.length > 0)!;
    const found = await connector.fetchOrder(order.number.toLowerCase());
    expect(found[0]).toEqual({ kind: 'order', value: order });
    expect(found.filter((e) => e.kind === 'shipment').map((e) => entityRecord(e).id)).toEqual(order.shipmentIds);
    expect(await connector.fetchOrder('PD-000000')).toEqual([]);
  });
});
