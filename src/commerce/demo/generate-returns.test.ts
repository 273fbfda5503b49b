import { describe, expect, it } from 'vitest';
import { generateDemoStore } from './generate-demo-store.js';

describe('demo returns', () => {
  const now = new Date('2026-12-07T04:00:00Z');
  const data = generateDemoStore({ now });
  const returns = data.returns!;

  it('files returns only on received orders, after delivery and before now, for an item of the order', () => {
    expect(returns.length).toBeGreaterThan(20);
    for (const r of returns) {
      const order = data.orders.find((o) => o.id === r.orderId)!;
      expect(['delivered', 'closed']).toContain(order.state);
      expect(r.orderNumber).toBe(order.number);
      expect(r.createdAt > order.deliveredAt!).toBe(true);
      expect(Date.parse(r.createdAt)).toBeLessThan(now.getTime());
      expect(order.items.map((i) => i.id)).toContain(r.items[0]!.orderItemId);
    }
  });

  it('ages each return through the states; only issued returns carry a label, only refunded ones a refund', () => {
    const states = new Set(returns.map((r) => r.state));
    for (const s of ['requested', 'approved', 'in_transit', 'received', 'refunded', 'declined']) expect(states).toContain(s);
    for (const r of returns) {
      expect(Boolean(r.labelUrl)).toBe(!['requested', 'declined'].includes(r.state));
      expect(Boolean(r.refunded && r.refundedAt)).toBe(r.state === 'refunded');
      if (r.refundedAt) expect(Date.parse(r.refundedAt)).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('is the same for the same seed and moment', () => {
    expect(generateDemoStore({ now }).returns).toEqual(returns);
  });
});
