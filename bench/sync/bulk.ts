// Shopify initial import, paged GraphQL queries vs a bulk operation, over the same store on the local
// fake Shopify Admin API: the whole import (products, customers, discounts, then orders) through
// `importStore`, once with the orders paged (2 orders a query at ~364 cost points each) and once with
// them exported by bulkOperationRunQuery and streamed from the JSONL result. The fake's cost bucket
// is unlimited and its bulk operation completes at the first poll, so this measures our side only.
// Reports the median seconds of N runs of each and the ratio.
//   npx tsx bench/sync/bulk.ts [--runs 3] [--orders 20000] [--json]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConnection, saveConnection } from '../../src/commerce/connectors/connections.js';
import { createConnector } from '../../src/commerce/connectors/create-connector.js';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { importStore } from '../../src/commerce/sync/import-store.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { SecretBox } from '../../src/runtime/secret-box.js';
import { migrate, openStore } from '../../src/store/database.js';
import { FakeShopify, shopifyNodesFromDemo } from '../../test/connectors/fake-shopify.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, orders: { type: 'string', default: '20000' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));
const wanted = Math.max(1, Number(values.orders));
const demo = generateDemoStore();
// Repeat the demo's orders (new ids and numbers) until the order book holds `wanted` orders.
const copies = Math.ceil(wanted / demo.orders.length);
const data = {
  ...demo,
  orders: Array.from({ length: copies }, (_, k) =>
    demo.orders.map((o) => (k === 0 ? o : { ...o, id: `${o.id}${k}`, number: `${o.number}${k}`, items: o.items.map((it) => ({ ...it, id: `${it.id}${k}` })), shipmentIds: o.shipmentIds.map((id) => `${id}${k}`) })),
  ).flat().slice(0, wanted),
  shipments: Array.from({ length: copies }, (_, k) => demo.shipments.map((s) => (k === 0 ? s : { ...s, id: `${s.id}${k}`, orderId: `${s.orderId}${k}`, itemIds: s.itemIds.map((id) => `${id}${k}`) }))).flat(),
  returns: [],
};
const TOKEN = 'shpat_' + 'e'.repeat(32);
const shopify = await new FakeShopify({ token: TOKEN, bucketMax: 1e9, restoreRate: 1e9 }).start();
Object.assign(shopify, shopifyNodesFromDemo(data, { orders: data.orders.length, customers: data.customers.length, products: data.products.length }));
shopify.bulkRunningPolls = 0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const box = new SecretBox(randomBytes(32));
const results: Array<{ mode: 'paged' | 'bulk'; orders: number; records: number; medianSeconds: number; orderRequests: number; runs: number[] }> = [];

for (const mode of ['paged', 'bulk'] as const) {
  const seconds: number[] = [];
  let records = 0;
  let orders = 0;
  let orderRequests = 0;
  for (let i = 0; i < runs; i++) {
    const sent = shopify.requests.length;
    const dir = mkdtempSync(join(tmpdir(), 'peakdesk-bench-bulk-'));
    const store = openStore({ dataDir: dir });
    try {
      await migrate(store);
      const { tenantId } = await createTenant(store.db, { slug: 'bench', name: 'Bench', ownerEmail: 'bench@bench.test' });
      await saveConnection(store.db, box, tenantId, { platform: 'shopify', baseUrl: shopify.url, credentials: { accessToken: TOKEN }, webhookSecret: 'bench-secret' });
      const conn = (await loadConnection(store.db, box, tenantId))!;
      const summary = await importStore({ db: store.db, tenantId, connector: createConnector(conn, { pageSize: 50, bulk: { pollMs: 10 } }), state: conn.syncState, bulk: mode === 'bulk' ? 'always' : 'never' });
      if (summary.bulk !== (mode === 'bulk')) throw new Error(`the ${mode} run did not import as asked`);
      records = summary.written;
      orders = summary.kinds.orders ?? 0;
      // API calls spent on orders: order pages, or the count, the bulk mutation and its polls.
      orderRequests = shopify.requests.slice(sent).filter((r) => r.root === 'orders' || r.root === 'ordersCount' || r.root === 'unknown').length;
      seconds.push(summary.ms / 1000);
      process.stderr.write(`${mode} run ${i + 1}/${runs}: ${orders} orders, ${summary.written} records in ${(summary.ms / 1000).toFixed(2)} s\n`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  results.push({ mode, orders, records, medianSeconds: Number(median(seconds).toFixed(2)), orderRequests, runs: seconds.map((s) => Number(s.toFixed(2))) });
}
await shopify.close();

const ratio = Number((results[0]!.medianSeconds / results[1]!.medianSeconds).toFixed(2));
if (values.json) process.stdout.write(JSON.stringify({ node: process.version, runs, results, pagedOverBulk: ratio }) + '\n');
else {
  process.stdout.write(`| import | orders | records | API calls for orders | median s | runs (s) |\n|---|---|---|---|---|---|\n`);
  for (const r of results) process.stdout.write(`| ${r.mode} | ${r.orders.toLocaleString('en')} | ${r.records.toLocaleString('en')} | ${r.orderRequests.toLocaleString('en')} | ${r.medianSeconds} | ${r.runs.join(', ')} |\n`);
  process.stdout.write(`\nbulk is ${ratio}× as fast as paged (median seconds, paged / bulk)\n`);
}
