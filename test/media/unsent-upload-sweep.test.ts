// The sweep of agents' uploads never sent in a reply, on SQLite and (with DATABASE_URL) PostgreSQL,
// with a controlled clock: only unsent uploads older than the TTL go, with their bytes, batch by
// batch; a sent upload, an inbound file and a fresh upload stay; an upload claimed by a reply is
// never deleted, and one swept first can no longer be claimed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimUploads, storeInboundAttachments, storeUpload } from '../../src/media/media-store.js';
import { UnsentUploadSweeper } from '../../src/media/unsent-upload-sweeper.js';
import { createLogger } from '../../src/runtime/logger.js';
import { migrate, openStore, type Store } from '../../src/store/database.js';
import { backends, freshPostgres } from '../support/harness.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 1);

describe.each(backends())('unsent upload sweep (%s)', (backend) => {
  let store: Store;
  let dir: string;
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peakdesk-sweep-'));
    pgdb = backend === 'postgres' ? await freshPostgres() : undefined;
    store = openStore({ dataDir: dir, ...(pgdb ? { databaseUrl: pgdb.url } : {}) });
    await migrate(store);
  });
  afterAll(async () => {
    await store.close();
    await pgdb?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (tenantId: string, conversationId: string, at: number) =>
    storeUpload(store.db, { tenantId, conversationId, userId: 'usr_a', kind: 'image', mime: 'image/png', filename: 'a.png', bytes: Buffer.from('png') }, at);
  const ids = async () => (await store.db.selectFrom('media').select('id').execute()).map((r) => r.id).sort();
  const contentIds = async () => (await store.db.selectFrom('media_content').select('media_id').execute()).map((r) => r.media_id).sort();

  it('deletes only unsent uploads older than the TTL, with their bytes, in batches', async () => {
    const sweeper = new UnsentUploadSweeper(store.db, createLogger('silent'), { ttlMs: 24 * HOUR, everyMs: HOUR, batch: 2 });
    const stale = [await upload('t1', 'c1', T0), await upload('t1', 'c1', T0 + 1), await upload('t2', 'c2', T0 + 2), await upload('t2', 'c2', T0 + 3), await upload('t1', 'c3', T0 + 4)];
    const fresh = await upload('t1', 'c1', T0 + 23 * HOUR);
    const sent = await upload('t1', 'c1', T0);
    expect(await claimUploads(store.db, 't1', 'c1', 'msg_1', [sent.id])).toHaveLength(1);
    await storeInboundAttachments(store.db, [{ tenantId: 't1', conversationId: 'c1', messageId: 'msg_in', attachments: [{ kind: 'image', mime: 'image/png', content: Buffer.from('in') }] }], 1024, T0);
    const inbound = (await store.db.selectFrom('media').select('id').where('direction', '=', 'in').execute()).map((r) => r.id);
    expect(inbound).toHaveLength(1);

    // Just under the TTL: nothing goes.
    expect(await sweeper.sweep(T0 + 24 * HOUR)).toBe(0);
    // Past it: the five stale uploads of both tenants go (three batches of two), the rest stay.
    expect(await sweeper.sweep(T0 + 24 * HOUR + 10)).toBe(5);
    const kept = [fresh.id, sent.id, ...inbound].sort();
    expect(await ids()).toEqual(kept);
    expect(await contentIds()).toEqual(kept);
    expect(stale.some((s) => kept.includes(s.id))).toBe(false);
    // The fresh one goes a day after its own upload; the sent and inbound files never.
    expect(await sweeper.sweep(T0 + 48 * HOUR)).toBe(1);
    expect(await ids()).toEqual([sent.id, ...inbound].sort());
  });

  it('never deletes an upload a reply claimed, and a swept upload cannot be claimed', async () => {
    const sweeper = new UnsentUploadSweeper(store.db, createLogger('silent'), { ttlMs: HOUR, everyMs: HOUR, batch: 100 });
    const a = await upload('t3', 'c9', T0);
    const b = await upload('t3', 'c9', T0);
    // A reply claims `a` while the sweep runs: the claim's transaction and the sweep race; whichever
    // order they land in, `a` ends either sent and kept, or deleted and unclaimed, never both.
    const [claimed, swept] = await Promise.all([store.db.transaction().execute((trx) => claimUploads(trx, 't3', 'c9', 'msg_9', [a.id])), sweeper.sweep(T0 + 2 * HOUR)]);
    const row = await store.db.selectFrom('media').select(['id', 'message_id']).where('id', '=', a.id).executeTakeFirst();
    if (claimed.length === 1) expect(row).toEqual({ id: a.id, message_id: 'msg_9' });
    else expect(row).toBeUndefined();
    expect(swept).toBe(claimed.length === 1 ? 1 : 2);
    // `b` was swept: a reply naming it now claims nothing (the reply then fails and rolls back).
    expect(await claimUploads(store.db, 't3', 'c9', 'msg_10', [b.id])).toEqual([]);
    expect(await store.db.selectFrom('media_content').select('media_id').where('media_id', '=', b.id).execute()).toEqual([]);
  });
});
