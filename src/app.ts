// Wires the product together: store, bus, ingest, pipeline, outbox, NLU and the HTTP server. One code
// path for both modes; the configuration decides SQLite + in-process bus or PostgreSQL + Redis.
import type { FastifyInstance } from 'fastify';
import { ApiKeyAuth } from './api/auth/api-key.js';
import type { AppContext } from './api/context.js';
import { buildServer } from './api/server.js';
import { RecordsReader } from './commerce/records.js';
import { generateDemoStore } from './commerce/demo/index.js';
import { seedDemoIfEmpty, type NewTenant } from './commerce/tenant-setup.js';
import { Ingest } from './ingest/ingest.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import { NluService } from './pipeline/nlu-service.js';
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
  const store = openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.PG_POOL_SIZE, sqliteSynchronous: config.SQLITE_SYNCHRONOUS });
  await migrate(store);
  let bus: Bus;
  if (config.REDIS_URL) bus = await RedisBus.connect(config.REDIS_URL, log);
  else {
    if (config.DATABASE_URL) log.warn('DATABASE_URL without REDIS_URL: realtime updates reach only clients of this replica');
    bus = new InProcessBus();
  }
  const metrics = createMetrics();
  const tenants = new TenantDirectory(store.db);
  const reader = new RecordsReader(store.db);
  const handoff = new HandoffRouter(store.db, reader, new RuleStore(store.db));
  const assigner = new AutoAssigner(store.db, bus, log);
  const visitorSecret = await ensureSetting(store.db, 'widget_visitor_secret', () => newSecret());
  const seeded = config.SEED_DEMO ? await seedDemoIfEmpty(store.db, () => generateDemoStore()) : undefined;

  const nlu = new NluService({ db: store.db, log, reader, tenants, pollMs: config.MODEL_POLL_MS });
  const outbox = new OutboxWorker(
    { store, log, metrics, tenants },
    { batch: config.OUTBOX_BATCH, concurrency: config.OUTBOX_CONCURRENCY, maxAttempts: config.OUTBOX_MAX_ATTEMPTS, timeoutMs: config.WEBHOOK_TIMEOUT_MS, leaseMs: config.LEASE_MS },
  );
  const pipeline = new PipelineWorker(
    { store, bus, log, metrics, reader, tenants, nluFor: (t) => nlu.forTenant(t), handoff, onOutbox: () => outbox.wake() },
    { batch: config.PIPELINE_BATCH, leaseMs: config.LEASE_MS },
  );
  const ingest = new Ingest(
    { store, bus, metrics, onQueued: () => pipeline.wake() },
    { maxBatch: config.INGEST_BATCH, maxQueue: config.MAX_INGEST_QUEUE, maxBacklog: config.MAX_BACKLOG },
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
    handoff,
    assigner,
    visitorSecret,
    wakeOutbox: () => outbox.wake(),
    async ready() {
      const checks: Record<string, boolean> = config.WORKERS ? { model: nlu.ready } : {};
      if (bus instanceof RedisBus) checks.redis = await bus.ping().catch(() => false);
      return { ok: Object.values(checks).every(Boolean), checks };
    },
  };
  const { app: http } = await buildServer(ctx);

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
        assigner.start();
      }
      return address;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      ingest.stop();
      await http.close();
      await pipeline.stop();
      await outbox.stop();
      await assigner.stop();
      await nlu.close();
      await bus.close();
      await store.close();
    },
  };
}
