// Keeps the refresh tokens of quiet marketplace accounts alive. Access tokens are refreshed when a
// reply goes out, but a refresh token lapses too (Shopee: 30 days), so a shop that sends nothing for
// a month would need authorizing again. Every hour, each active account of a channel with short-lived
// tokens whose grant was not refreshed for `idleMs` (or never) is refreshed once.
import type { Kysely } from 'kysely';
import type { Logger } from '../runtime/logger.js';
import { PeriodicJob } from '../runtime/periodic-job.js';
import type { Database } from '../store/schema.js';
import type { ChannelTokens } from './access-tokens.js';
import type { ChannelAccounts } from './accounts.js';
import { channelDefinition, channelTypes } from './registry.js';
import type { ChannelEnv, ChannelHttp } from './types.js';

export interface TokenKeeperDeps {
  db: Kysely<Database>;
  accounts: ChannelAccounts;
  tokens: ChannelTokens;
  http: ChannelHttp;
  env: ChannelEnv;
  log: Logger;
}

export class TokenKeeper {
  private readonly job: PeriodicJob;

  constructor(
    private readonly deps: TokenKeeperDeps,
    private readonly opts: { idleMs: number; everyMs: number } = { idleMs: 7 * 86_400_000, everyMs: 3_600_000 },
  ) {
    this.job = new PeriodicJob(() => this.sweep(), this.opts.everyMs, this.deps.log, 'channel token keep-alive failed');
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Refreshes every idle grant once; returns how many were refreshed. */
  async sweep(now = Date.now()): Promise<number> {
    const types = channelTypes().filter((t) => channelDefinition(t)!.tokens);
    if (types.length === 0) return 0;
    const rows = await this.deps.db
      .selectFrom('channel_accounts')
      .leftJoin('channel_tokens', (j) => j.onRef('channel_tokens.account_id', '=', 'channel_accounts.id').onRef('channel_tokens.tenant_id', '=', 'channel_accounts.tenant_id'))
      .select(['channel_accounts.id as id'])
      .where('channel_accounts.status', '=', 'active')
      .where('channel_accounts.type', 'in', types)
      .where((eb) => eb.or([eb('channel_tokens.updated_at', 'is', null), eb('channel_tokens.updated_at', '<', now - this.opts.idleMs)]))
      .execute();
    let refreshed = 0;
    for (const { id } of rows) {
      const account = await this.deps.accounts.get(id);
      const lifecycle = account && channelDefinition(account.type)?.tokens;
      if (!account || !lifecycle) continue;
      const r = await this.deps.tokens.refreshNow(account, lifecycle, this.deps.http, this.deps.env);
      if (r.ok) refreshed++;
      else this.deps.log.warn({ accountId: id, tenantId: account.tenantId, channel: account.type, error: r.error, permanent: r.permanent }, 'channel token keep-alive refresh failed');
    }
    return refreshed;
  }
}
