// Wires the product together: store, bus, ingest, pipeline, outbox, NLU and the HTTP server. One code
// path for both modes; the configuration decides SQLite + in-process bus or PostgreSQL + Redis.
import type { FastifyInstance } from 'fastify';
import { ApiKeyAuth } from './api/auth/api-key.js';
import type { AppContext } from './api/context.js';
import { buildServer } from './api/server.js';
import { storeCredentialsBox } from './commerce/connectors/store-credentials-key.js';
import { RecordsReader } from './commerce/records.js';
import { SqlStoreActions } from './skills/sql-store-actions.js';
import { PlatformFilingActions } from './skills/returns/platform-filing.js';
import { RevalidatingReader } from './commerce/sync/revalidating-reader.js';
import { SyncScheduler } from './commerce/sync/sync-scheduler.js';
import { TenantConnectors } from './commerce/sync/tenant-connectors.js';
import { generateDemoStore } from './commerce/demo/index.js';
import { seedDemoIfEmpty, type NewTenant } from './commerce/tenant-setup.js';
import { Ingest } from './ingest/ingest.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import { ChannelAccounts } from './channels/accounts.js';
import { ChannelTokens } from './channels/access-tokens.js';
import { TokenKeeper } from './channels/token-keeper.js';
import { UnsentUploadSweeper } from './media/unsent-upload-sweeper.js';
import { SecretBox } from './runtime/secret-box.js';
import { resolveSecretsKey } from './channels/secrets-key.js';
import { ChannelSender } from './outbox/channel-sender.js';
import { UndiciChannelHttp } from './outbox/channel-http.js';
import { EmailInbox } from './channels/email/imap-inbox.js';
import { closeEmailTransports } from './channels/email/send-email.js';
import { NluService } from './pipeline/nlu-service.js';
import { NluJobs } from './pipeline/nlu-jobs.js';
import { AutoAssigner } from './handoff/auto-assigner.js';
import { HandoffRouter } from './handoff/route-turn.js';
import { RuleStore } from './handoff/rule-store.js';
import { PipelineWorker } from './pipeline/pipeline-worker.js';
import { InProcessBus, RedisBus, type Bus } from './runtime/bus.js';
import type { Config } from './runtime/config.js';
import { newSecret } from './runtime/ids.js';
import { createLogger, type Logger } from './runtime/logger.js';
import { createMetrics } from './runtime/metrics.js';
import { TenantDirectory } from './runtime/tenants.js';
import { migrate, openStore } from './store/database.js';
import { ensureSetting } from './store/settings.js';
import { MediaLinks } from './media/media-links.js';
import { createTranslationProvider } from './translation/create-provider.js';
import { PresenceTracker } from './handoff/presence-tracker.js';
import { presenceWrites } from './handoff/presence-writes.js';

export interface App {
  config: Config;
  ctx: AppContext;
  http: FastifyInstance;
  pipeline: PipelineWorker;
  outbox: OutboxWorker;
  /** Credentials of the demo shop when this start seeded it. */
  seeded: NewTenant | undefined;
  /** Listens, loads the model and starts the workers; resolves with the bound address. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, opts: { log?: Logger } = {}): Promise<App> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const store = openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.PG_POOL_SIZE,
    sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
    onError: (message) => log.warn(message),
  });
  await migrate(store);
  let bus: Bus;
  if (config.REDIS_URL) bus = await RedisBus.connect(config.REDIS_URL, log);
  else {
    if (config.DATABASE_URL) log.warn('DATABASE_URL without REDIS_URL: realtime updates reach only clients of this replica');
    bus = new InProcessBus();
  }
  const metrics = createMetrics();
  const tenants = new TenantDirectory(store.db);
  // Without STORE_CREDENTIALS_KEY no store can be connected: the cache (demo or imported) answers alone.
  const storeConnectors = config.STORE_CREDENTIALS_KEY ? new TenantConnectors(store.db, storeCredentialsBox(config.STORE_CREDENTIALS_KEY)) : undefined;
  const cacheReader = new RecordsReader(store.db);
  const revalidating = storeConnectors
    ? new RevalidatingReader(cacheReader, store.db, async (t) => (await storeConnectors.get(t))?.connector, {
        staleMs: config.STORE_STALE_MS,
        liveTimeoutMs: config.STORE_LIVE_TIMEOUT_MS,
        onError: (tenantId, err) => log.warn({ tenantId, err: err.message }, 'store refresh failed; answering from the cache'),
      })
    : undefined;
  const reader = revalidating ?? cacheReader;
  const storeSync = storeConnectors ? new SyncScheduler(store.db, storeConnectors, log, { reconcileMs: config.STORE_RECONCILE_MS }) : undefined;
  const handoff = new HandoffRouter(store.db, reader, new RuleStore(store.db));
  const assigner = new AutoAssigner(store.db, bus, log);
  const presence = new PresenceTracker(config.AGENT_OFFLINE_GRACE_MS, presenceWrites(store.db, (t) => assigner.kick(t)), log);
  const visitorSecret = await ensureSetting(store.db, 'widget_visitor_secret', () => newSecret());
  const mediaLinks = new MediaLinks(Buffer.from(await ensureSetting(store.db, 'media_link_key', () => MediaLinks.newKey()), 'base64url'), config.publicUrl, config.MEDIA_LINK_TTL_MS);
  const seeded = config.SEED_DEMO ? await seedDemoIfEmpty(store.db, () => generateDemoStore()) : undefined;

  const secretsKey = resolveSecretsKey(config, log);
  const channelBox = secretsKey ? new SecretBox(secretsKey, 'CHANNEL_SECRETS_KEY') : undefined;
  const channelAccounts = new ChannelAccounts(store.db, channelBox);
  const channelHttp = new UndiciChannelHttp();
  const channelTokens = new ChannelTokens(store.db, channelBox);
  const channelEnv = { graphApiUrl: config.GRAPH_API_URL, graphApiVersion: config.GRAPH_API_VERSION, telegramApiUrl: config.TELEGRAM_API_URL, lineApiUrl: config.LINE_API_URL, shopeeApiUrl: config.SHOPEE_API_URL, tiktokShopApiUrl: config.TIKTOK_SHOP_API_URL, tiktokShopAuthUrl: config.TIKTOK_SHOP_AUTH_URL, lazadaApiUrl: config.LAZADA_API_URL, lazadaAuthUrl: config.LAZADA_AUTH_URL };
  const channelSender = new ChannelSender({ db: store.db, accounts: channelAccounts, tokens: channelTokens, http: channelHttp, env: channelEnv, mediaLinks });
  const tokenKeeper = new TokenKeeper({ db: store.db, accounts: channelAccounts, tokens: channelTokens, http: channelHttp, env: channelEnv, log });

  const unsentUploads = new UnsentUploadSweeper(store.db, log, { ttlMs: config.MEDIA_UNSENT_TTL_MS, everyMs: Math.min(config.MEDIA_UNSENT_TTL_MS, 3_600_000), batch: 500 });

  const nlu = new NluService({ db: store.db, log, reader, tenants, pollMs: config.MODEL_POLL_MS });
  const nluJobs = new NluJobs({ db: store.db, nlu, log });
  const outbox = new OutboxWorker(
    { store, log, metrics, tenants, channels: channelSender, bus },
    { batch: config.OUTBOX_BATCH, concurrency: config.OUTBOX_CONCURRENCY, maxAttempts: config.OUTBOX_MAX_ATTEMPTS, timeoutMs: config.WEBHOOK_TIMEOUT_MS, leaseMs: config.LEASE_MS },
  );
  const pipeline = new PipelineWorker(
    { store, bus, log, metrics, reader, actions: storeConnectors ? new PlatformFilingActions(new SqlStoreActions(store.db), store.db, async (t) => (await storeConnectors.get(t))?.connector) : new SqlStoreActions(store.db), tenants, nluFor: (t) => nlu.forTenant(t), handoff, onOutbox: () => outbox.wake() },
    { batch: config.PIPELINE_BATCH, leaseMs: config.LEASE_MS },
  );
  const ingest = new Ingest(
    { store, bus, metrics, onQueued: () => pipeline.wake() },
    { maxBatch: config.INGEST_BATCH, maxQueue: config.MAX_INGEST_QUEUE, maxBacklog: config.MAX_BACKLOG, mediaMaxBytes: config.MEDIA_MAX_BYTES },
  );

  const ctx: AppContext = {
    config,
    log,
    store,
    bus,
    metrics,
    ingest,
    apiKeys: new ApiKeyAuth(store.db),
    tenants,
    reader,
    commerceCache: cacheReader,
    handoff,
    assigner,
    visitorSecret,
    wakeOutbox: () => outbox.wake(),
    channelAccounts,
    translation: createTranslationProvider(config),
    presence,
    channelPlatform: { http: channelHttp, env: channelEnv },
    nlu,
    nluJobs,
    mediaLinks,
    async ready() {
      const checks: Record<string, boolean> = config.WORKERS ? { model: nlu.ready } : {};
      if (bus instanceof RedisBus) checks.redis = await bus.ping().catch(() => false);
      return { ok: Object.values(checks).every(Boolean), checks };
    },
  };
  const { app: http } = await buildServer(ctx);
  const emailInbox = new EmailInbox({ db: store.db, ingest, accounts: channelAccounts, log });

  let stopped = false;
  return {
    config,
    ctx,
    http,
    pipeline,
    outbox,
    seeded,
    async start() {
      const address = await http.listen({ port: config.PORT, host: config.HOST });
      await ingest.start();
      if (config.WORKERS) {
        await nlu.load();
        pipeline.start();
        outbox.start();
        channelAccounts.onChange(() => void emailInbox.refresh().catch((err) => log.error({ err }, 'e-mail accounts refresh failed')));
        await emailInbox.start();
        if (channelBox) tokenKeeper.start();
        unsentUploads.start();
        storeSync?.start();
        assigner.start();
      }
      return address;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      ingest.stop();
      await storeSync?.stop();
      await http.close();
      await pipeline.stop();
      await revalidating?.close();
      await outbox.stop();
      await tokenKeeper.stop();
      await unsentUploads.stop();
      await channelHttp.close();
      await emailInbox.stop();
      closeEmailTransports();
      await assigner.stop();
      presence.close();
      await nlu.close();
      await nluJobs.idle();
      await bus.close();
      await store.close();
    },
  };
}
