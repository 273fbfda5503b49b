import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../commerce/tenant-setup.js';
import { SecretBox } from '../runtime/secret-box.js';
import { migrate, openStore, type Store } from '../store/database.js';
import { ChannelTokens, REFRESH_MARGIN_MS } from './access-tokens.js';
import type { Account, ChannelEnv, ChannelHttp, RefreshResult, TokenLifecycle } from './types.js';

type Secrets = { refreshToken: string };

describe('ChannelTokens', () => {
  let store: Store;
  let dir: string;
  let tenantId: string;
  let now = 1_000_000_000;
  const box = new SecretBox(randomBytes(32));
  const http = {} as ChannelHttp;
  const env = {} as ChannelEnv;
  const account = (id: string): Account<unknown, Secrets> => ({ id, tenantId, type: 'shopee', name: id, externalId: id, config: {}, secrets: { refreshToken: `rt-${id}-0` } });

  /** A platform that rotates tokens: each refresh token works once. */
  function platform(ttlMs = 4 * 3_600_000) {
    const used: string[] = [];
    let n = 0;
    const lifecycle: TokenLifecycle<unknown, Secrets> = {
      initialRefreshToken: (s) => s.refreshToken,
      refresh: async (refreshToken): Promise<RefreshResult> => {
        used.push(refreshToken);
        await new Promise((r) => setTimeout(r, 5));
        n++;
        return { ok: true, grant: { accessToken: `at-${n}`, refreshToken: `rt-${n}`, accessExpiresAt: now + ttlMs } };
      },
    };
    return { lifecycle, used };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-tokens-'));
    store = openStore({ dataDir: dir });
    await migrate(store);
    tenantId = (await createTenant(store.db, { slug: 't', name: 'T', ownerEmail: 't@t.test' })).tenantId;
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes once for concurrent sends, stores the grant sealed, and reuses it until the margin', async () => {
    const tokens = new ChannelTokens(store.db, box, () => now);
    const p = platform();
    const a = account('cha_a');
    const got = await Promise.all([1, 2, 3].map(() => tokens.accessToken(a, p.lifecycle, http, env)));
    expect(got).toEqual([1, 2, 3].map(() => ({ ok: true, token: 'at-1' })));
    expect(p.used).toEqual(['rt-cha_a-0']);
    const row = await store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', 'cha_a').executeTakeFirstOrThrow();
    expect(row.grant).not.toContain('at-1');
    now += 4 * 3_600_000 - REFRESH_MARGIN_MS - 1;
    expect(await tokens.accessToken(a, p.lifecycle, http, env)).toEqual({ ok: true, token: 'at-1' });
    now += 2;
    expect(await tokens.accessToken(a, p.lifecycle, http, env)).toEqual({ ok: true, token: 'at-2' });
    // The rotated refresh token, not the merchant's first one.
    expect(p.used).toEqual(['rt-cha_a-0', 'rt-1']);
  });

  it("takes another replica's fresh grant when its own refresh loses the race", async () => {
    const a = account('cha_b');
    const mine = new ChannelTokens(store.db, box, () => now);
    const theirs = new ChannelTokens(store.db, box, () => now);
    const p = platform();
    expect(await theirs.accessToken(a, p.lifecycle, http, env)).toEqual({ ok: true, token: 'at-1' });
    await store.db.updateTable('channel_tokens').set({ access_expires_at: now }).where('account_id', '=', 'cha_b').execute();
    const losing: TokenLifecycle<unknown, Secrets> = {
      initialRefreshToken: (s) => s.refreshToken,
      refresh: async () => {
        // Meanwhile the other replica refreshed and rotated the refresh token.
        now += 1;
        expect(await theirs.accessToken(a, p.lifecycle, http, env)).toEqual({ ok: true, token: 'at-2' });
        return { ok: false, permanent: true, error: 'refresh token already used' };
      },
    };
    expect(await mine.accessToken(a, losing, http, env)).toEqual({ ok: true, token: 'at-2' });
  });

  it('passes a failed refresh on, and refuses an expired refresh token without calling the platform', async () => {
    const tokens = new ChannelTokens(store.db, box, () => now);
    const failing: TokenLifecycle<unknown, Secrets> = { initialRefreshToken: (s) => s.refreshToken, refresh: async () => ({ ok: false, permanent: false, error: 'HTTP 503', retryAfterMs: 2_000 }) };
    expect(await tokens.accessToken(account('cha_c'), failing, http, env)).toEqual({ ok: false, permanent: false, error: 'HTTP 503', retryAfterMs: 2_000 });
    let called = 0;
    const expiring: TokenLifecycle<unknown, Secrets> = {
      initialRefreshToken: (s) => s.refreshToken,
      refresh: async () => {
        called++;
        return { ok: true, grant: { accessToken: 'at', refreshToken: 'rt', accessExpiresAt: now + 1_000, refreshExpiresAt: now + 10 } };
      },
    };
    const d = account('cha_d');
    expect(await tokens.accessToken(d, expiring, http, env)).toEqual({ ok: true, token: 'at' });
    now += 20;
    expect(await tokens.accessToken(d, expiring, http, env)).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('authorize the app again') });
    expect(called).toBe(1);
  });

  it("keeps each tenant's grant to itself: a row moved to another tenant does not open", async () => {
    const other = (await createTenant(store.db, { slug: 'o', name: 'O', ownerEmail: 'o@o.test' })).tenantId;
    const row = await store.db.selectFrom('channel_tokens').selectAll().where('account_id', '=', 'cha_a').executeTakeFirstOrThrow();
    await store.db.insertInto('channel_tokens').values({ ...row, tenant_id: other }).execute();
    const tokens = new ChannelTokens(store.db, box, () => now);
    await expect(tokens.accessToken({ ...account('cha_a'), tenantId: other }, platform().lifecycle, http, env)).rejects.toThrow(/failed authentication/);
  });
});
