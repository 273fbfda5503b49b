// Store import throughput: the whole demo store imported through each connector's real code path
// (HTTP to the local fake Shopify Admin GraphQL / WooCommerce REST servers, zod validation, mapping,
// page + cursor transactions into SQLite). The baseline is the in-process demo connector in the same
// run: no HTTP, same writes. Reports the median records/s of N runs and the ratio to the baseline.
//   npx tsx bench/sync/run.ts [--runs 5] [--scale 10] [--json]
// --scale N repeats the demo's orders N times (new ids and numbers) for a peak-sized order book.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConnection, saveConnection, type ConnectionInput } from '../../src/commerce/connectors/connections.js';
import { createConnector } from '../../src/commerce/connectors/create-connector.js';
import { SecretBox } from '../../src/runtime/secret-box.js';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { importStore } from '../../src/commerce/sync/import-store.js';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { migrate, openStore } from '../../src/store/database.js';
import { FakeShopify, shopifyNodesFromDemo } from '../../test/connectors/fake-shopify.js';
import { FakeWoo, wooFromDemo } from '../../test/connectors/fake-woocommerce.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, scale: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));
const scale = Math.max(1, Number(values.scale));
const demo = generateDemoStore();
const data = {
  ...demo,
  orders: Array.from({ length: scale }, (_, k) =>
    demo.orders.map((o) => (k === 0 ? o : { ...o, id: `${o.id}${k}`, number: `${o.number}${k}`, items: o.items.map((it) => ({ ...it, id: `${it.id}${k}` })), shipmentIds: o.shipmentIds.map((id) => `${id}${k}`) })),
  ).flat(),
  shipments: Array.from({ length: scale }, (_, k) => demo.shipments.map((s) => (k === 0 ? s : { ...s, id: `${s.id}${k}`, orderId: `${s.orderId}${k}`, itemIds: s.itemIds.map((id) => `${id}${k}`) }))).flat(),
};
const all = { orders: data.orders.length, customers: data.customers.length, products: data.products.length };
const TOKEN = 'shpat_' + 'b'.repeat(32);
const KEY = 'ck_' + '7'.repeat(40);
const SECRET = 'cs_' + '8'.repeat(40);

// The fake Shopify's bucket is made large: this measures our client, not Shopify's rate limit.
const shopify = await new FakeShopify({ token: TOKEN, bucketMax: 1e9, restoreRate: 1e9 }).start();
Object.assign(shopify, shopifyNodesFromDemo(data, all));
const woo = await new FakeWoo(KEY, SECRET).start();
Object.assign(woo, wooFromDemo(data, all));

const targets: Array<{ name: string; input: ConnectionInput; pageSize: number }> = [
  { name: 'demo (baseline, no HTTP)', input: { platform: 'demo', baseUrl: 'http://localhost', credentials: {}, webhookSecret: '' }, pageSize: 250 },
  { name: 'shopify', input: { platform: 'shopify', baseUrl: shopify.url, credentials: { accessToken: TOKEN }, webhookSecret: 'bench-secret' }, pageSize: 50 },
  { name: 'woocommerce', input: { platform: 'woocommerce', baseUrl: woo.url, credentials: { consumerKey: KEY, consumerSecret: SECRET }, webhookSecret: 'bench-secret' }, pageSize: 100 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const box = new SecretBox(randomBytes(32));
const results: Array<{ connector: string; records: number; medianRecordsPerSecond: number; medianSeconds: number; ratioToBaseline: number; runs: number[] }> = [];

for (const t of targets) {
  const rates: number[] = [];
  const seconds: number[] = [];
  let records = 0;
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'peakdesk-bench-sync-'));
    const store = openStore({ dataDir: dir });
    try {
      await migrate(store);
      const { tenantId } = await createTenant(store.db, { slug: 'bench', name: 'Bench', ownerEmail: 'bench@bench.test' });
      await saveConnection(store.db, box, tenantId, t.input);
      const conn = (await loadConnection(store.db, box, tenantId))!;
      const connector = createConnector(conn, { pageSize: t.pageSize, demo: () => data });
      const summary = await importStore({ db: store.db, tenantId, connector, state: conn.syncState });
      records = summary.written;
      rates.push(summary.written / (summary.ms / 1000));
      seconds.push(summary.ms / 1000);
      process.stderr.write(`${t.name} run ${i + 1}/${runs}: ${summary.written} records in ${(summary.ms / 1000).toFixed(2)} s\n`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  results.push({ connector: t.name, records, medianRecordsPerSecond: Math.round(median(rates)), medianSeconds: Number(median(seconds).toFixed(2)), ratioToBaseline: 0, runs: rates.map(Math.round) });
}
const base = results[0]!.medianRecordsPerSecond;
for (const r of results) r.ratioToBaseline = Number((r.medianRecordsPerSecond / base).toFixed(2));

await shopify.close();
await woo.close();

if (values.json) process.stdout.write(JSON.stringify({ node: process.version, runs, scale, store: all, results }) + '\n');
else {
  process.stdout.write(`| connector | records | median s | median records/s | vs baseline |\n|---|---|---|---|---|\n`);
  for (const r of results) process.stdout.write(`| ${r.connector} | ${r.records} | ${r.medianSeconds} | ${r.medianRecordsPerSecond.toLocaleString('en')} | ${r.ratioToBaseline}× |\n`);
}
