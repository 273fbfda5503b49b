import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openStore, type Store } from '../../store/database.js';
import { createTenant } from '../tenant-setup.js';
import { claimSyncLease, loadConnection, saveConnection } from './connections.js';
import { SecretBox } from '../../runtime/secret-box.js';

describe('store connections', () => {
  let store: Store;
  let dir: string;
  let a: string;
  let b: string;
  const box = new SecretBox(randomBytes(32));
  const woo = { consumerKey: 'ck_' + 'a'.repeat(40), consumerSecret: 'cs_' + 'b'.repeat(40) };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-conn-'));
    store = openStore({ dataDir: dir });
    await migrate(store);
    a = (await createTenant(store.db, { slug: 'a', name: 'A', ownerEmail: 'a@a.test' })).tenantId;
    b = (await createTenant(store.db, { slug: 'b', name: 'B', ownerEmail: 'b@b.test' })).tenantId;
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores credentials sealed and reads them back for the same tenant only', async () => {
    await saveConnection(store.db, box, a, { platform: 'woocommerce', baseUrl: 'https://shop-a.example/', credentials: woo, webhookSecret: 'whsec-a-123' });
    const raw = await store.db.selectFrom('store_connections').selectAll().where('tenant_id', '=', a).executeTakeFirstOrThrow();
    expect(raw.credentials).not.toContain(woo.consumerSecret);
    expect(raw.webhook_secret).not.toContain('whsec-a-123');
    const conn = await loadConnection(store.db, box, a);
    expect(conn).toMatchObject({ platform: 'woocommerce', baseUrl: 'https://shop-a.example', credentials: woo, webhookSecret: 'whsec-a-123' });
    expect(await loadConnection(store.db, box, b)).toBeUndefined();
    // A sealed row moved onto another tenant does not open.
    await store.db.insertInto('store_connections').values({ ...raw, tenant_id: b }).execute();
    await expect(loadConnection(store.db, box, b)).rejects.toThrow(/failed authentication/);
    await store.db.deleteFrom('store_connections').where('tenant_id', '=', b).execute();
  });

  it('rejects bad input with a clear message', async () => {
    await expect(saveConnection(store.db, box, b, { platform: 'woocommerce', baseUrl: 'http://shop.example', credentials: woo, webhookSecret: 'secret-123' })).rejects.toThrow(/https/);
    await expect(saveConnection(store.db, box, b, { platform: 'shopify', baseUrl: 'https://b.myshopify.com', credentials: { accessToken: 'short' }, webhookSecret: 'secret-123' })).rejects.toThrow(/at least 20/);
    await expect(saveConnection(store.db, box, b, { platform: 'woocommerce', baseUrl: 'https://b.example', credentials: { consumerKey: 'x', consumerSecret: 'y' }, webhookSecret: 'secret-123' })).rejects.toThrow(/ck_/);
    expect(await loadConnection(store.db, box, b)).toBeUndefined();
  });

  it('gives the sync lease to one caller at a time', async () => {
    const got = await Promise.all([claimSyncLease(store.db, a, 10_000), claimSyncLease(store.db, a, 10_000)]);
    expect(got.filter(Boolean)).toHaveLength(1);
    expect(await claimSyncLease(store.db, b, 10_000)).toBe(false);
  });
});
