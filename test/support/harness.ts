// Test harness: starts the real app (createApp) on a free port against a fresh SQLite directory or, when
// DATABASE_URL is set, a fresh PostgreSQL database created for the test and dropped after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { verifyWebhook } from '../../src/outbox/webhook-event.js';

export interface Harness {
  app: App;
  url: string;
  apiKey: string;
  tenantId: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A PostgreSQL database of its own for one test file; undefined when DATABASE_URL is not set. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const name = `peakdesk_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type Backend = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL + Redis too when DATABASE_URL is set (CI sets it). */
export function backends(): Backend[] {
  return process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function startHarness(backend: Backend, extraEnv: Record<string, string> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-test-'));
  const pgdb = backend === 'postgres' ? await freshPostgres() : undefined;
  if (backend === 'postgres' && !pgdb) throw new Error('postgres backend needs DATABASE_URL');
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
    ...(pgdb && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...extraEnv,
  };
  const config = loadConfig(env);
  const app = await createApp(config, { log: createLogger(env.LOG_LEVEL!) });
  const address = await app.start();
  if (!app.seeded) throw new Error('harness expects a fresh install with the demo shop');
  return {
    app,
    url: address,
    apiKey: app.seeded.apiKey,
    tenantId: app.seeded.tenantId,
    env,
    async close() {
      await app.stop();
      await pgdb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ReceivedWebhook {
  headers: IncomingMessage['headers'];
  body: string;
  json: { id: string; type: string; data: { conversationId: string; messageId: string; text: string; author: string; inReplyTo?: { messageId: string; externalMessageId: string | null } } };
  verified: boolean;
}

/** A local webhook receiver that checks each delivery's signature with the tenant's secret. */
export async function startWebhookReceiver(opts: { fail?: (n: number) => number | undefined } = {}): Promise<{ url: string; received: ReceivedWebhook[]; setSecret(s: string): void; waitFor(pred: (r: ReceivedWebhook[]) => boolean, ms?: number): Promise<void>; close(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  let secret = '';
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      n++;
      const status = opts.fail?.(n);
      if (status) {
        res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {});
        res.end();
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body), verified: verifyWebhook(secret, body, req.headers['peakdesk-signature'] as string, Math.floor(Date.now() / 1000)) });
      res.writeHead(204);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    setSecret(s: string) {
      secret = s;
    },
    async waitFor(pred, ms = 15_000) {
      const until = Date.now() + ms;
      while (!pred(received)) {
        if (Date.now() > until) throw new Error(`webhook condition not met within ${ms} ms (got ${received.length})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function eventually<T>(fn: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
