// Configuration from the environment (plus an optional JSON file named by PEAKDESK_CONFIG), validated
// with zod so each bad value gets its own clear message before anything starts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const boolish = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

export const configSchema = z
  .object({
    PORT: intFrom(0, 65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://support.example.com' }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^(postgres|postgresql):\/\//, 'must start with postgres:// (leave unset for the embedded SQLite database)')
      .optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
    PG_POOL_SIZE: intFrom(1, 200).default(10),
    /** Most accepted-but-unanswered messages this process holds before it sheds load with 503. */
    MAX_BACKLOG: intFrom(100, 1_000_000).default(20_000),
    /** Most messages waiting for the ingest transaction before it sheds load with 503. */
    MAX_INGEST_QUEUE: intFrom(10, 100_000).default(5_000),
    INGEST_BATCH: intFrom(1, 5_000).default(500),
    PIPELINE_BATCH: intFrom(1, 5_000).default(256),
    OUTBOX_BATCH: intFrom(1, 5_000).default(256),
    OUTBOX_CONCURRENCY: intFrom(1, 1_000).default(64),
    OUTBOX_MAX_ATTEMPTS: intFrom(1, 100).default(12),
    WEBHOOK_TIMEOUT_MS: intFrom(100, 120_000).default(10_000),
    /** Lease on a claimed job; a crashed worker's work is picked up after it expires. */
    LEASE_MS: intFrom(500, 600_000).default(15_000),
    /** How often a replica looks for newly deployed tenant intent models. */
    MODEL_POLL_MS: intFrom(200, 600_000).default(15_000),
    /** Run the pipeline and outbox workers in this process (false: an HTTP-only replica). */
    WORKERS: boolish.default(true),
    /** Seeds the demo shop on first start. */
    SEED_DEMO: boolish.default(true),
    /** 32 random bytes, base64: seals channel secrets (AES-256-GCM). Required with DATABASE_URL. */
    CHANNEL_SECRETS_KEY: z
      .string()
      .refine((v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)')
      .optional(),
    /** Base URLs of the platforms' APIs (tests point them at local servers). */
    GRAPH_API_URL: z.url().default('https://graph.facebook.com'),
    GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/, 'must look like v21.0').default('v21.0'),
    TELEGRAM_API_URL: z.url().default('https://api.telegram.org'),
    LINE_API_URL: z.url().default('https://api.line.me'),
    SHOPEE_API_URL: z.url().default('https://partner.shopeemobile.com'),
    TIKTOK_SHOP_API_URL: z.url().default('https://open-api.tiktokglobalshop.com'),
    TIKTOK_SHOP_AUTH_URL: z.url().default('https://auth.tiktok-shops.com'),
    LAZADA_API_URL: z.url().optional(),
    LAZADA_AUTH_URL: z.url().default('https://auth.lazada.com/rest'),
    /** 32-byte key (base64 or 64 hex digits) that seals store credentials at rest; `openssl rand -base64 32`. */
    STORE_CREDENTIALS_KEY: z
      .string()
      .refine((v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, 'base64').length === 32, 'must be 32 bytes as base64 or 64 hex digits (generate one with: openssl rand -base64 32)')
      .optional(),
    /** How often connected stores are reconciled (changes since the last run are fetched). */
    STORE_RECONCILE_MS: intFrom(10_000, 86_400_000).default(300_000),
    /** A cached order older than this is refreshed from the store in the background when read. */
    STORE_STALE_MS: intFrom(1_000, 86_400_000).default(60_000),
    /** Longest a read waits for the store's API on a cache miss before answering from the cache alone. */
    STORE_LIVE_TIMEOUT_MS: intFrom(100, 60_000).default(1_500),
    /** Machine translation for the console: 'libretranslate' or 'deepl'; unset = translation off. */
    TRANSLATION_PROVIDER: z.enum(['libretranslate', 'deepl']).optional(),
    /** The provider's base URL (LibreTranslate: required; DeepL: defaults to the free API). */
    TRANSLATION_URL: z.url().optional(),
    /** LibreTranslate api_key (when the server asks for one) or the DeepL auth key (required). */
    TRANSLATION_API_KEY: z.string().min(1).max(500).optional(),
    TRANSLATION_TIMEOUT_MS: intFrom(100, 60_000).default(5_000),
    /** An agent whose console sockets are all closed goes offline after this long (reloads stay online). */
    AGENT_OFFLINE_GRACE_MS: intFrom(0, 3_600_000).default(30_000),
    /** How long after a resolve the shopper's rating is taken as the answer to the satisfaction question. */
    CSAT_ANSWER_WINDOW_MS: intFrom(60_000, 2_592_000_000).default(86_400_000),
    /** Largest attachment stored, fetched from a platform or uploaded by an agent (bytes). */
    MEDIA_MAX_BYTES: intFrom(1_024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
    /** How long a signed public link to an agent's attachment (sent to platforms that fetch by URL) stays valid. */
    MEDIA_LINK_TTL_MS: intFrom(60_000, 30 * 86_400_000).default(7 * 86_400_000),
    /** An agent's upload never sent in a reply is deleted after this long. */
    MEDIA_UNSENT_TTL_MS: intFrom(600_000, 30 * 86_400_000).default(86_400_000),
    /** Allow webhook URLs on private addresses (needed for local testing; off in production). */
    ALLOW_PRIVATE_WEBHOOKS: boolish.default(true),
  })
  .strict();

export type Config = z.infer<typeof configSchema> & { publicUrl: string; mode: 'embedded' | 'scale-out' };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super('Invalid configuration:\n' + problems.map((p) => '  - ' + p).join('\n'));
  }
}

const KEYS = Object.keys(configSchema.shape);

/** Reads config from a file (if PEAKDESK_CONFIG is set) overlaid with environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  let fromFile: Record<string, unknown> = {};
  if (env.PEAKDESK_CONFIG) {
    const path = resolve(env.PEAKDESK_CONFIG);
    try {
      fromFile = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError([`PEAKDESK_CONFIG: cannot read ${path} as JSON (${(err as Error).message})`]);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
      throw new ConfigError([`PEAKDESK_CONFIG: ${path} must hold a JSON object`]);
    }
  }
  const merged: Record<string, unknown> = { ...fromFile };
  for (const key of KEYS) if (env[key] !== undefined && env[key] !== '') merged[key] = env[key];
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = i.path.join('.') || '(file)';
        const got = key in merged ? ` (got ${JSON.stringify(merged[key])})` : '';
        return `${key}: ${i.message}${got}`;
      }),
    );
  }
  const c = parsed.data;
  return {
    ...c,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    mode: c.DATABASE_URL ? 'scale-out' : 'embedded',
  };
}
