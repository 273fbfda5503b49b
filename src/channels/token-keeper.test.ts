import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ID, PARTNER_KEY, REFRESH_TOKEN, SHOP_ID } from '../../test/channels/fixtures/shopee.js';
import { startPlatformServer, type PlatformServer } from '../../test/channels/support/platform-server.js';
import { shopeeApi } from '../../test/channels/support/shopee-api.js';
import { createTenant } from '../commerce/tenant-setup.js';
import { UndiciChannelHttp } from '../outbox/channel-http.js';
import { createLogger } from '../runtime/logger.js';
import { SecretBox } from '../runtime/secret-box.js';
import { migrate, openStore, type Store } from '../store/database.js';
import { ChannelTokens } from './access-tokens.js';
import { ChannelAccounts } from './accounts.js';
import { TokenKeeper } from './token-keeper.js';
import type { ChannelEnv } from './types.js';

describe('TokenKeeper', () => {
  let store: Store;
  let dir: string;
  let shopee: PlatformServer;
  const http = new UndiciChannelHttp();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-keeper-'));
    store = openStore({ dataDir: dir });
    await migrate(store);
    shopee = await startPlatformServer(shopeeApi({ partnerId: PARTNER_ID, partnerKey: PARTNER_KEY, shopId: SHOP_ID, refreshToken: REFRESH_TOKEN }).handler);
  });
  afterAll(async () => {
    await http.close();
    await shopee.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes grants that are missing or idle, once, and leaves fresh and disabled accounts alone', async () => {
    const box = new SecretBox(randomBytes(32));
    const accounts = new ChannelAccounts(store.db, box, 0);
    const tokens = new ChannelTokens(store.db, box);
    const env = { shopeeApiUrl: shopee.url } as ChannelEnv;
    const keeper = new TokenKeeper({ db: store.db, accounts, tokens, http, env, log: createLogger('silent') }, { idleMs: 7 * 86_400_000, everyMs: 3_600_000 });
    const { tenantId } = await createTenant(store.db, { slug: 'k', name: 'K', ownerEmail: 'k@k.test' });
    const shop = { type: 'shopee', name: 'Shop', config: { partnerId: PARTNER_ID, shopId: SHOP_ID }, secrets: { partnerKey: PARTNER_KEY, refreshToken: REFRESH_TOKEN } };
    const live = (await accounts.create(tenantId, shop)).view;
    const off = (await accounts.create(tenantId, { ...shop, config: { partnerId: PARTNER_ID, shopId: '999' } })).view;
    await accounts.disable(tenantId, off.id);
    const refreshes = () => shopee.requests.filter((r) => r.path.startsWith('/api/v2/auth/access_token/get')).length;

    expect(await keeper.sweep()).toBe(1);
    expect(refreshes()).toBe(1);
    // Just refreshed: nothing to do.
    expect(await keeper.sweep()).toBe(0);
    // Eight days on, the grant is idle: refreshed with the rotated refresh token (the fake accepts each once).
    expect(await keeper.sweep(Date.now() + 8 * 86_400_000)).toBe(1);
    expect(refreshes()).toBe(2);
    expect(await store.db.selectFrom('channel_tokens').select('account_id').execute()).toEqual([{ account_id: live.id }]);
  });
});
