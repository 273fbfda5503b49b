// The skills' own reads and writes on both databases: recent orders found by e-mail or phone inside
// the cached JSON, and shopper requests filed once per (order, kind, items), each kept to its tenant.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { RecordsReader, recentOrdersQuery, writeRecords } from '../../src/commerce/records.js';
import type { Order, Return } from '../../src/commerce/types.js';
import { conversationOrders } from '../../src/handoff/conversation-orders.js';
import * as m010 from '../../src/store/migrations/010-order-contacts.js';
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

  it('matches a phone written differently, and follows an order whose e-mail changed', async () => {
    const reader = new RecordsReader(store.db);
    expect((await reader.recentOrders('ten_a', { phone: '+65 9111 0001' }, 5)).map((o) => o.id)).toEqual(['ord_100002', 'ord_100001']);
    await writeRecords(store.db, 'ten_a', [{ kind: 'order', id: 'ord_100001', lookup: 'PD-100001', data: order('ord_100001', 'new@example.com', '+6591110009', '2026-12-01T00:00:00Z') }]);
    expect((await reader.recentOrders('ten_a', { email: 'ann_50%@example.com' }, 5)).map((o) => o.id)).toEqual(['ord_100002']);
    expect((await reader.recentOrders('ten_a', { email: 'NEW@example.com' }, 5)).map((o) => o.id)).toEqual(['ord_100001']);
  });

  it('lists recent orders through the contact index, not a scan of the tenant\'s orders', async () => {
    // A tenant with enough orders that a planner with statistics would scan if no index served the query.
    const many = Array.from({ length: 3000 }, (_, i) => order(`ord_9${String(i).padStart(5, '0')}`, `shopper${i % 600}@example.com`, `+659${String(i % 600).padStart(7, '0')}`, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()));
    await writeRecords(store.db, 'ten_big', many.map((o) => ({ kind: 'order' as const, id: o.id, lookup: o.number, data: o })));
    await sql`analyze`.execute(store.db);
    for (const [column, value, index] of [['contact_email', 'shopper7@example.com', 'commerce_records_email_recent'], ['contact_phone', '6590000007', 'commerce_records_phone_recent']] as const) {
      const q = recentOrdersQuery(store.db, 'ten_big', column, value, 4).compile();
      const explain = backend === 'postgres' ? 'explain ' : 'explain query plan ';
      const plan = (await store.db.executeQuery({ ...q, sql: explain + q.sql })).rows.map((r) => Object.values(r as object).join(' ')).join('\n');
      expect(plan).toContain(index);
      expect(plan).not.toMatch(/Seq Scan|SCAN commerce_records\b(?! USING)/);
      // Rows come out of the index already newest first: no sort step.
      expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
    }
    expect((await new RecordsReader(store.db).recentOrders('ten_big', { email: 'shopper7@example.com' }, 3)).map((o) => o.placedAt)).toEqual(
      many.filter((o) => o.email === 'shopper7@example.com').map((o) => o.placedAt).sort().reverse().slice(0, 3),
    );
  });

  it('back-fills the contact columns of orders cached before migration 010', async () => {
    await m010.down(store.db as never);
    await m010.up(store.db as never);
    const row = await store.db.selectFrom('commerce_records').select(['contact_email', 'contact_phone', 'placed_at']).where('tenant_id', '=', 'ten_a').where('kind', '=', 'order').where('id', '=', 'ord_100003').executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_email: 'annx50y@example.com', contact_phone: '6591110002', placed_at: '2026-12-04T00:00:00Z' });
    expect((await new RecordsReader(store.db).recentOrders('ten_a', { phone: '+6591110002' }, 5)).map((o) => o.id)).toEqual(['ord_100003']);
  });

  it('gives the console each order\'s returns on file, from its own tenant only', async () => {
    const ret = (id: string, orderId: string, state: Return['state'], createdAt: string): Return => ({ id, rma: `RMA-${id}`, orderId, orderNumber: 'PD-100002', items: [{ orderItemId: 'li_1', quantity: 1 }], state, createdAt });
    await writeRecords(store.db, 'ten_a', [
      { kind: 'return', id: 'ret_1', lookup: 'ord_100002', data: ret('ret_1', 'ord_100002', 'refunded', '2026-12-04T00:00:00Z') },
      { kind: 'return', id: 'ret_2', lookup: 'ord_100002', data: ret('ret_2', 'ord_100002', 'in_transit', '2026-12-05T00:00:00Z') },
    ]);
    await writeRecords(store.db, 'ten_b', [{ kind: 'return', id: 'ret_9', lookup: 'ord_100002', data: ret('ret_9', 'ord_100002', 'declined', '2026-12-06T00:00:00Z') }]);
    const reader = new RecordsReader(store.db);
    const meta = JSON.stringify({ entities: [{ type: 'order_number', value: 'PD-100002' }] });
    const [first] = await conversationOrders(reader, 'ten_a', [{ direction: 'in', meta }]);
    expect(first!.order.id).toBe('ord_100002');
    expect(first!.returns.map((r) => [r.id, r.state])).toEqual([['ret_2', 'in_transit'], ['ret_1', 'refunded']]);
    expect(typeof first!.returns[0]!.syncedAt).toBe('string');
    expect((await reader.returnsForOrder('ten_b', 'ord_100002')).map((r) => r.id)).toEqual(['ret_9']);
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
