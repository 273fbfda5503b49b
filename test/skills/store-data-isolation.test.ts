// The skills' own reads and writes on both databases: recent orders found by e-mail or phone inside
// the cached JSON, and shopper requests filed once per (order, kind, items), each kept to its tenant.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordsReader, writeRecords } from '../../src/commerce/records.js';
import type { Order } from '../../src/commerce/types.js';
import { SqlStoreActions } from '../../src/skills/sql-store-actions.js';
import { migrate, openStore, type Store } from '../../src/store/database.js';
import { backends, freshPostgres } from '../support/harness.js';

function order(id: string, email: string, phone: string, placedAt: string): Order {
  return {
    id, number: `PD-${id.slice(-6)}`, customerId: 'c', email, phone, state: 'paid', currency: 'USD', items: [],
    subtotal: { amountMinor: 1, currency: 'USD' }, shippingFee: { amountMinor: 0, currency: 'USD' }, discount: { amountMinor: 0, currency: 'USD' },
    tax: { amountMinor: 0, currency: 'USD' }, total: { amountMinor: 1, currency: 'USD' }, couponCodes: [], paymentMethod: 'card', placedAt,
    shippingAddress: { name: 'n', line1: 'l', city: 'c', postalCode: '1', country: 'SG' }, shipmentIds: [],
  };
}

describe.each(backends())('skills store data (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peakdesk-skills-store-'));
    const pg = backend === 'postgres' ? await freshPostgres() : undefined;
    store = openStore({ dataDir: dir, ...(pg ? { databaseUrl: pg.url } : {}) });
    await migrate(store);
    cleanup = async () => {
      await store.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    };
    const records = (orders: Order[]) => orders.map((o) => ({ kind: 'order' as const, id: o.id, lookup: o.number, data: o }));
    await writeRecords(store.db, 'ten_a', records([
      order('ord_100001', 'Ann_50%@example.com', '+6591110001', '2026-12-01T00:00:00Z'),
      order('ord_100002', 'ann_50%@example.com', '+6591110001', '2026-12-03T00:00:00Z'),
      order('ord_100003', 'annx50y@example.com', '+6591110002', '2026-12-04T00:00:00Z'),
    ]));
    await writeRecords(store.db, 'ten_b', records([order('ord_200001', 'ann_50%@example.com', '+6591110001', '2026-12-05T00:00:00Z')]));
  }, 60_000);
  afterAll(() => cleanup?.());

  it('finds a shopper\'s recent orders by e-mail (any case, LIKE wildcards taken literally) or phone, newest first, in one tenant', async () => {
    const reader = new RecordsReader(store.db);
    expect((await reader.recentOrders('ten_a', { email: 'ANN_50%@example.com' }, 5)).map((o) => o.id)).toEqual(['ord_100002', 'ord_100001']);
    expect((await reader.recentOrders('ten_a', { phone: '+6591110002' }, 5)).map((o) => o.id)).toEqual(['ord_100003']);
    expect((await reader.recentOrders('ten_b', { email: 'ann_50%@example.com' }, 5)).map((o) => o.id)).toEqual(['ord_200001']);
    expect(await reader.recentOrders('ten_a', {}, 5)).toEqual([]);
  });

  it('files a request once per order, kind and items, per tenant', async () => {
    const actions = new SqlStoreActions(store.db);
    const input = { kind: 'return' as const, orderId: 'ord_1', orderNumber: 'PD-1', itemIds: ['li_2', 'li_1'], status: 'approved' as const, reason: 'size', details: {} };
    const first = await actions.recordRequest('ten_a', input, 1);
    const again = await actions.recordRequest('ten_a', { ...input, itemIds: ['li_1', 'li_2'] }, 2);
    expect(again.id).toBe(first.id);
    expect(first.labelUrl).toBe(`/shop/returns/${first.id}/label`);
    const other = await actions.recordRequest('ten_b', input, 3);
    expect(other.id).not.toBe(first.id);
    const cancel = await actions.recordRequest('ten_a', { ...input, kind: 'cancel', status: 'requested' }, 4);
    expect(cancel.labelUrl).toBeUndefined();
    const rows = await store.db.selectFrom('shopper_requests').select(['tenant_id', 'kind']).orderBy('created_at').execute();
    expect(rows).toEqual([{ tenant_id: 'ten_a', kind: 'return' }, { tenant_id: 'ten_b', kind: 'return' }, { tenant_id: 'ten_a', kind: 'cancel' }]);
  });
});
