// The PostgreSQL store survives the server dropping its idle connections (a restart, a failover, an
// administrator): the error is reported, not thrown, and the next query runs on a fresh connection.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, openStore } from '../src/store/database.js';
import { freshPostgres } from './support/harness.js';

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL store', () => {
  it('reports dropped idle connections and keeps answering', async () => {
    const pgdb = (await freshPostgres())!;
    const reported: string[] = [];
    const store = openStore({ databaseUrl: pgdb.url, dataDir: '.', onError: (m) => reported.push(m) });
    try {
      await migrate(store);
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(store.db)));
      const admin = openStore({ databaseUrl: process.env.DATABASE_URL!, dataDir: '.' });
      const dbName = new URL(pgdb.url).pathname.slice(1);
      const killed = await sql<{ pid: number }>`select pid, pg_terminate_backend(pid) from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`.execute(admin.db);
      await admin.close();
      expect(killed.rows.length).toBeGreaterThan(0);
      // Every dropped connection is reported (and so out of the pool) before the next query.
      await expect.poll(() => reported.length).toBe(killed.rows.length);
      expect(reported[0]).toMatch(/idle connection lost/);
      const row = await sql<{ one: number }>`select 1 as one`.execute(store.db);
      expect(row.rows[0]!.one).toBe(1);
    } finally {
      await store.close();
      await pgdb.drop();
    }
  });
});
