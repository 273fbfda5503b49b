// `peakdesk store …` against a local fake WooCommerce store: connect (verified), sync with progress
// on stderr, resume after an outage, status, and clear errors for bad input.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoStore } from '../commerce/demo/index.js';
import { FakeShopify, shopifyNodesFromDemo } from '../../test/connectors/fake-shopify.js';
import { FakeWoo, wooFromDemo } from '../../test/connectors/fake-woocommerce.js';
import { runCli } from './main.js';

const KEY = 'ck_' + '5'.repeat(40);
const SECRET = 'cs_' + '6'.repeat(40);

describe('peakdesk store', () => {
  let dir: string;
  let woo: FakeWoo;
  const saved = { ...process.env };

  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const lines: string[] = [];
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    try {
      const code = await runCli(args, (s) => lines.push(s));
      return { code, out: lines.join('\n'), err };
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-store-cli-'));
    Object.assign(process.env, { DATA_DIR: dir, STORE_CREDENTIALS_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent' });
    delete process.env.DATABASE_URL;
    woo = await new FakeWoo(KEY, SECRET).start();
    Object.assign(woo, wooFromDemo(generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') }), { orders: 250, customers: 30, products: 20 }));
    expect((await cli('tenant', 'create', '--slug', 'acme', '--name', 'Acme', '--owner', 'owner@acme.test')).code).toBe(0);
  });
  afterAll(async () => {
    process.env = saved;
    await woo.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad input and wrong keys with a clear message, storing nothing', async () => {
    const bad = await cli('store', 'connect', '--tenant', 'acme', '--platform', 'magento', '--url', woo.url);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--platform must be one of demo, shopify, woocommerce/);
    const key = await cli('store', 'connect', '--tenant', 'acme', '--platform', 'woocommerce', '--url', woo.url, '--consumer-key', 'nope', '--consumer-secret', SECRET, '--webhook-secret', 'whsecret-1');
    expect(key.err).toMatch(/consumer key looks like ck_/);
    const wrong = await cli('store', 'connect', '--tenant', 'acme', '--platform', 'woocommerce', '--url', woo.url, '--consumer-key', KEY, '--consumer-secret', 'cs_' + '0'.repeat(40), '--webhook-secret', 'whsecret-1');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/refused the credentials \(HTTP 401\)/);
    expect((await cli('store', 'status', '--tenant', 'acme')).out).toMatch(/no store connected/);
    const noKey = process.env.STORE_CREDENTIALS_KEY;
    delete process.env.STORE_CREDENTIALS_KEY;
    expect((await cli('store', 'sync', '--tenant', 'acme')).err).toMatch(/STORE_CREDENTIALS_KEY is not set.*openssl rand -base64 32/);
    process.env.STORE_CREDENTIALS_KEY = noKey;
  });

  it('connects, imports with progress on stderr, resumes after the store fails midway, and reports status', async () => {
    process.env.WOO_CONSUMER_SECRET = SECRET;
    const connect = await cli('store', 'connect', '--tenant', 'acme', '--platform', 'woocommerce', '--url', woo.url, '--consumer-key', KEY, '--webhook-secret', 'whsecret-1');
    expect(connect.code).toBe(0);
    expect(connect.out).toMatch(/Connected acme to woocommerce .*\(20 products\)/);
    expect(connect.out).toContain('/webhooks/store/acme');

    // The store goes down after the third page of orders.
    let served = 0;
    const orig = woo.requests.push.bind(woo.requests);
    woo.requests.push = (...r) => {
      if (r[0]!.path.endsWith('/orders') && ++served === 3) woo.mode = 'down';
      return orig(...r);
    };
    const failed = await cli('store', 'sync', '--tenant', 'acme');
    expect(failed.code).toBe(2);
    expect(failed.err).toMatch(/kept answering HTTP 503/);
    expect(failed.err).toMatch(/products .*20\/20 records/);

    woo.mode = 'ok';
    const resumed = await cli('store', 'sync', '--tenant', 'acme', '--json');
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(/resuming the import/);
    const summary = JSON.parse(resumed.out);
    expect(summary).toMatchObject({ tenant: 'acme', platform: 'woocommerce', resumed: true, kinds: { products: 20, customers: 30, orders: 250 } });
    expect(summary.recordsPerSecond).toBeGreaterThan(0);

    const hooks = await cli('store', 'webhooks', '--tenant', 'acme', '--base-url', 'https://support.example.com');
    expect(hooks.out).toBe('Webhooks to https://support.example.com/webhooks/store/acme: 3 subscribed (order.created, order.updated, order.restored), 0 already there.');
    expect(woo.webhooks.map((w) => [w.topic, w.delivery_url, w.secret])).toContainEqual(['order.updated', 'https://support.example.com/webhooks/store/acme', 'whsecret-1']);
    expect((await cli('store', 'webhooks', '--tenant', 'acme', '--base-url', 'https://support.example.com')).out).toMatch(/0 subscribed .* 3 already there/);

    const status = JSON.parse((await cli('store', 'status', '--tenant', 'acme', '--json')).out);
    expect(status).toMatchObject({ platform: 'woocommerce', importRunning: false, lastError: null, records: { order: 250, product: 20, customer: 30 } });
    expect(status.syncedAt).not.toBeNull();
  });

  it('imports a Shopify store\'s orders through a bulk operation with --bulk, showing the export on the progress line', async () => {
    const token = 'shpat_' + '9'.repeat(32);
    const shop = await new FakeShopify({ token, bucketMax: 100_000, restoreRate: 100_000 }).start();
    try {
      Object.assign(shop, shopifyNodesFromDemo(generateDemoStore({ now: new Date('2026-11-20T00:00:00Z') }), { orders: 300, customers: 10, products: 10 }));
      shop.bulkRunningPolls = 0;
      expect((await cli('tenant', 'create', '--slug', 'bigshop', '--name', 'Big', '--owner', 'owner@big.test')).code).toBe(0);
      expect((await cli('store', 'connect', '--tenant', 'bigshop', '--platform', 'shopify', '--url', shop.url, '--token', token, '--webhook-secret', 'whsecret-2')).code).toBe(0);
      expect((await cli('store', 'sync', '--tenant', 'bigshop', '--bulk', '--paged')).err).toMatch(/exclude each other/);
      const r = await cli('store', 'sync', '--tenant', 'bigshop', '--bulk');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/orders by bulk export/);
      expect(r.out).toMatch(/orders\s+300/);
      expect(r.err).toMatch(/store exporting: \d+ objects/);
      expect(shop.bulkOps).toHaveLength(1);
      expect(shop.requests.filter((x) => x.root === 'orders')).toHaveLength(0);
    } finally {
      await shop.close();
    }
  });
});
