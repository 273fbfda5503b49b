// Everything a route needs, built once by the app and passed down (no module-level singletons).
import type { CommerceReader } from '../commerce/records.js';
import type { AutoAssigner } from '../handoff/auto-assigner.js';
import type { HandoffRouter } from '../handoff/route-turn.js';
import type { Ingest } from '../ingest/ingest.js';
import type { Bus } from '../runtime/bus.js';
import type { Config } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';
import type { Metrics } from '../runtime/metrics.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import type { Store } from '../store/database.js';
import type { ApiKeyAuth } from './auth/api-key.js';
import type { ChannelAccounts } from '../channels/accounts.js';
import type { TranslationProvider } from '../translation/provider.js';
import type { PresenceTracker } from '../handoff/presence-tracker.js';
import type { ChannelEnv, ChannelHttp } from '../channels/types.js';
import type { NluService } from '../pipeline/nlu-service.js';
import type { NluJobs } from '../pipeline/nlu-jobs.js';
import type { MediaLinks } from '../media/media-links.js';

export interface AppContext {
  config: Config;
  log: Logger;
  store: Store;
  bus: Bus;
  metrics: Metrics;
  ingest: Ingest;
  apiKeys: ApiKeyAuth;
  tenants: TenantDirectory;
  reader: CommerceReader;
  /** The memo under `reader`: admin edits of articles, policy and promotions clear a tenant's lists. */
  commerceCache: { forget(tenantId: string): void };
  /** Handoff rules (rules.get/save) and routing after the bot's turn. */
  handoff: HandoffRouter;
  /** Matches waiting conversations to available agents (runs on worker replicas). */
  assigner: AutoAssigner;
  /** Secret for signing widget visitor tokens. */
  visitorSecret: string;
  /** Readiness beyond the database: model loaded, Redis reachable. */
  ready(): Promise<{ ok: boolean; checks: Record<string, boolean> }>;
  wakeOutbox(): void;
  /** Per-tenant channel accounts (WhatsApp numbers, bots, …) with their secrets. */
  channelAccounts: ChannelAccounts;
  /** Machine translation for agents; undefined when no provider is configured. */
  translation: TranslationProvider | undefined;
  /** Console sockets per agent; all closed past the grace period → offline. */
  presence: PresenceTracker;
  /** The platforms' APIs as the outbox reaches them (acknowledging taps from webhooks). */
  channelPlatform: { http: ChannelHttp; env: ChannelEnv };
  /** Per-tenant understanders (the admin "try it" box) and model deployment. */
  nlu: NluService;
  /** Retraining and cross-validation runs started from the admin pages. */
  nluJobs: NluJobs;
  /** Signed public links to agents' attachments (platforms fetch them by URL). */
  mediaLinks: MediaLinks;
}
