// Opens the system of record: embedded SQLite (better-sqlite3, WAL) by default, PostgreSQL when a
// DATABASE_URL is given. Both sit behind one Kysely instance so repositories have one code path.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import * as m001 from './migrations/001-initial.js';
import * as m002 from './migrations/002-channels.js';
import * as m003 from './migrations/003-handoff.js';
import * as m004 from './migrations/004-skills.js';
import * as m005 from './migrations/005-connectors.js';
import * as m006 from './migrations/006-conversation-tools.js';
import * as m007 from './migrations/007-admin.js';
import * as m008 from './migrations/008-customer-identity.js';
import * as m009 from './migrations/009-channel-tokens.js';
import * as m010 from './migrations/010-order-contacts.js';
import * as m011 from './migrations/011-media.js';
import { BackgroundCheckpointer, withStatementCache } from './sqlite-tuning.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the SQLite file lives (embedded mode only). */
  path?: string;
  close(): Promise<void>;
}

// int8 columns (our epoch-ms times) come back as JS numbers, not strings; ms epochs fit exactly.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  sqliteSynchronous?: 'normal' | 'full';
  /** Where background errors are reported: checkpoints (embedded), dropped idle connections (PostgreSQL). */
  onError?: (message: string) => void;
}

export function openStore(opts: OpenOptions): Store {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle connection the server drops (restart, failover, admin) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', (err) => (opts.onError ?? ((m) => process.stderr.write(`postgres: ${m}\n`)))(`idle connection lost: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'peakdesk.db');
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL survives a killed process (commits are in the WAL); FULL also survives power loss.
  sqlite.pragma(`synchronous = ${opts.sqliteSynchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('wal_autocheckpoint = 0');
  const checkpointer = new BackgroundCheckpointer(path, opts.onError ?? ((m) => process.stderr.write(`sqlite checkpoint: ${m}\n`)));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    path,
    close: async () => {
      await db.destroy();
      await checkpointer.close();
    },
  };
}

const migrations: Record<string, Migration> = { '001-initial': m001, '002-channels': m002, '003-handoff': m003, '004-skills': m004, '005-connectors': m005, '006-conversation-tools': m006, '007-admin': m007, '008-customer-identity': m008, '009-channel-tokens': m009, '010-order-contacts': m010, '011-media': m011 };

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: new StaticMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown error'}`);
  }
}
