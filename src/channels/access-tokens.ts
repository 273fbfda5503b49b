// Keeps the short-lived access tokens of platforms that hand them out (Shopee, TikTok Shop): the
// current grant is stored sealed per account and refreshed a few minutes before it lapses, once per
// process at a time. The first refresh uses the refresh token the merchant entered. A replica that
// loses a refresh race to another (the platform rotated the refresh token under it) takes the
// winner's grant from the database instead of failing the send.
import type { Kysely } from 'kysely';
import type { SecretBox } from '../runtime/secret-box.js';
import type { Database } from '../store/schema.js';
import { MissingSecretsKeyError } from './secrets-key.js';
import type { Account, ChannelEnv, ChannelHttp, RefreshResult, TokenGrant, TokenLifecycle } from './types.js';

/** Refresh this long before the access token lapses, so a send never carries an expiring token. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export type AccessTokenResult = { ok: true; token: string } | Extract<RefreshResult, { ok: false }>;

const sealContext = (tenantId: string, accountId: string) => `channel-token:${tenantId}:${accountId}`;

export class ChannelTokens {
  private readonly inflight = new Map<string, Promise<AccessTokenResult>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh access token for the account, refreshed first when it lapses within the margin. */
  accessToken<C, S>(account: Account<C, S>, lifecycle: TokenLifecycle<C, S>, http: ChannelHttp, env: ChannelEnv): Promise<AccessTokenResult> {
    return this.once(account, () => this.current(account, lifecycle, http, env, false));
  }

  /** Refreshes now whatever the expiry (keeps a quiet account's refresh token from lapsing). */
  refreshNow<C, S>(account: Account<C, S>, lifecycle: TokenLifecycle<C, S>, http: ChannelHttp, env: ChannelEnv): Promise<AccessTokenResult> {
    return this.once(account, () => this.current(account, lifecycle, http, env, true));
  }

  private once(account: { id: string }, run: () => Promise<AccessTokenResult>): Promise<AccessTokenResult> {
    const running = this.inflight.get(account.id);
    if (running) return running;
    const p = run().finally(() => this.inflight.delete(account.id));
    this.inflight.set(account.id, p);
    return p;
  }

  private async current<C, S>(account: Account<C, S>, lifecycle: TokenLifecycle<C, S>, http: ChannelHttp, env: ChannelEnv, force: boolean): Promise<AccessTokenResult> {
    const stored = await this.read(account);
    if (!force && stored && stored.accessExpiresAt - this.now() > REFRESH_MARGIN_MS) return { ok: true, token: stored.grant.accessToken };
    const refreshToken = stored?.grant.refreshToken ?? lifecycle.initialRefreshToken(account.secrets);
    if (stored?.grant.refreshExpiresAt !== undefined && stored.grant.refreshExpiresAt <= this.now()) {
      return { ok: false, permanent: true, error: 'the refresh token has expired: authorize the app again and reconnect the channel account' };
    }
    const r = await lifecycle.refresh(refreshToken, account, http, env);
    if (!r.ok) {
      // Another replica may have refreshed (and rotated the refresh token) meanwhile.
      const again = await this.read(account);
      if (again && again.updatedAt !== stored?.updatedAt && again.accessExpiresAt - this.now() > REFRESH_MARGIN_MS) return { ok: true, token: again.grant.accessToken };
      return r;
    }
    await this.write(account, r.grant);
    return { ok: true, token: r.grant.accessToken };
  }

  private get sealer(): SecretBox {
    if (!this.box) throw new MissingSecretsKeyError();
    return this.box;
  }

  /** The grant, with its expiry from the clear column (what refresh decisions read). */
  private async read(account: { tenantId: string; id: string }): Promise<{ grant: TokenGrant; accessExpiresAt: number; updatedAt: number } | undefined> {
    const row = await this.db.selectFrom('channel_tokens').selectAll().where('tenant_id', '=', account.tenantId).where('account_id', '=', account.id).executeTakeFirst();
    if (!row) return undefined;
    return { grant: JSON.parse(this.sealer.open(row.grant, sealContext(account.tenantId, account.id))) as TokenGrant, accessExpiresAt: Number(row.access_expires_at), updatedAt: Number(row.updated_at) };
  }

  private async write(account: { tenantId: string; id: string }, grant: TokenGrant): Promise<void> {
    const sealed = this.sealer.seal(JSON.stringify(grant), sealContext(account.tenantId, account.id));
    const now = this.now();
    await this.db
      .insertInto('channel_tokens')
      .values({ tenant_id: account.tenantId, account_id: account.id, grant: sealed, access_expires_at: grant.accessExpiresAt, updated_at: now })
      .onConflict((oc) => oc.columns(['tenant_id', 'account_id']).doUpdateSet({ grant: sealed, access_expires_at: grant.accessExpiresAt, updated_at: now }))
      .execute();
  }
}
