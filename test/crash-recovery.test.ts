// Zero loss, zero duplicates: a stream of messages, the server killed with SIGKILL in the middle of it,
// a restart, the client retrying what was not acknowledged (same externalMessageId, as the API asks),
// and then every accepted message has exactly one answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/database.js';
import { backends, freshPostgres, startWebhookReceiver } from './support/harness.js';
import { spawnServer, type ServerProcess } from './support/server-process.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.each(backends())('crash between stages (%s)', (backend) => {
  it('answers every accepted message exactly once across a SIGKILL and restart', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const pgdb = backend === 'postgres' ? await freshPostgres() : undefined;
    if (pgdb) cleanups.push(() => pgdb.drop());
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
      ...(pgdb && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      // A short lease so the killed process's claims are picked up quickly after the restart.
      LEASE_MS: '1000',
    };
    const hook = await startWebhookReceiver();
    cleanups.push(() => hook.close());

    let server: ServerProcess = await spawnServer(env);
    cleanups.push(() => server.kill('SIGKILL'));
    const apiKey = /API key:\s+(\S+)/.exec(server.output())![1]!;
    const put = await fetch(server.url + '/api/v1/webhook', { method: 'PUT', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: hook.url }) });
    hook.setSecret(((await put.json()) as { secret: string }).secret);

    const total = 600;
    const acked = new Map<number, string>();
    const send = async (i: number) => {
      try {
        const res = await fetch(server.url + '/api/v1/messages', {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ customer: { externalId: `crash-${i % 40}` }, text: i % 2 ? 'how much is shipping to Malaysia?' : 'hi', externalMessageId: `crash-msg-${i}` }),
        });
        if (res.status === 202) acked.set(i, ((await res.json()) as { messageId: string }).messageId);
      } catch {
        // connection refused or reset by the kill: the client retries later
      }
    };

    // Stream with 16 in flight; kill the process once a third has been acknowledged.
    let next = 0;
    let killed = false;
    const streamer = async () => {
      while (next < total) {
        const i = next++;
        await send(i);
        if (!killed && acked.size >= total / 3) {
          killed = true;
          await server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, streamer));
    expect(killed).toBe(true);
    expect(acked.size).toBeLessThan(total);

    server = await spawnServer(env);
    // Retry everything not acknowledged, plus a sample of acknowledged ones (a client that never saw the 202).
    const retry = Array.from({ length: total }, (_, i) => i).filter((i) => !acked.has(i) || i % 7 === 0);
    const before = new Map(acked);
    for (let i = 0; i < retry.length; i += 16) await Promise.all(retry.slice(i, i + 16).map(send));
    expect(acked.size).toBe(total);
    for (const [i, id] of before) expect(acked.get(i)).toBe(id);

    // Wait for the answers, then count them in the database.
    const store = openStore({ databaseUrl: env.DATABASE_URL, dataDir });
    cleanups.push(() => store.close());
    const deadline = Date.now() + 120_000;
    for (;;) {
      const pending = await store.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).where('direction', '=', 'in').where('processed_at', 'is', null).executeTakeFirstOrThrow();
      if (Number(pending.n) === 0) break;
      if (Date.now() > deadline) throw new Error(`${pending.n} messages never answered\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const inbound = await store.db.selectFrom('messages').select(['id', 'external_id']).where('direction', '=', 'in').execute();
    expect(inbound).toHaveLength(total);
    const replies = await store.db
      .selectFrom('messages')
      .select(['meta'])
      .where('direction', '=', 'out')
      .where('author', '=', 'bot')
      .execute();
    const perInbound = new Map<string, number>();
    for (const r of replies) {
      const to = (JSON.parse(r.meta!) as { inReplyTo: string }).inReplyTo;
      perInbound.set(to, (perInbound.get(to) ?? 0) + 1);
    }
    const counts = inbound.map((m) => perInbound.get(m.id) ?? 0);
    expect(counts.filter((c) => c === 0)).toHaveLength(0);
    expect(counts.filter((c) => c > 1)).toHaveLength(0);

    // Webhooks are at-least-once; deduped on the delivery id, each answer arrives exactly once.
    await hook.waitFor((r) => new Set(r.map((x) => x.headers['peakdesk-delivery'])).size >= total, 60_000);
    const deliveries = new Map<string, string>();
    for (const r of hook.received) deliveries.set(r.headers['peakdesk-delivery'] as string, r.json.data.inReplyTo!.messageId);
    expect(new Set(deliveries.values()).size).toBe(total);
    // Every delivery ends up marked sent (just after its receiver answered): none parked as dead.
    const unsent = async () => Number((await store.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '!=', 'sent').executeTakeFirstOrThrow()).n);
    const until = Date.now() + 30_000;
    while ((await unsent()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await unsent()).toBe(0);
  });
});
