// Scale-out mode over real PostgreSQL and Redis: three replicas share one database; messages sent to
// any of them are answered exactly once, and a widget connected to an HTTP-only replica receives the
// reply a worker replica produced (through Redis pub/sub).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openStore, type Store } from '../src/store/database.js';
import { freshPostgres } from './support/harness.js';
import { spawnServer, type ServerProcess } from './support/server-process.js';
import type { WidgetServerFrame } from '../src/api/protocol.js';

const enabled = !!process.env.DATABASE_URL && !!process.env.REDIS_URL;
const servers: ServerProcess[] = [];
let drop: (() => Promise<void>) | undefined;
let store: Store | undefined;
let apiKey = '';

beforeAll(async () => {
  if (!enabled) return;
  const pgdb = (await freshPostgres())!;
  drop = pgdb.drop;
  const env = { DATABASE_URL: pgdb.url, REDIS_URL: process.env.REDIS_URL!, LOG_LEVEL: 'error', DATA_DIR: '/nonexistent-unused' };
  // A seeds the install and serves HTTP only; B and C run the workers.
  const a = await spawnServer({ ...env, WORKERS: 'false' });
  servers.push(a);
  apiKey = /API key:\s+(\S+)/.exec(a.output())![1]!;
  servers.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
  store = openStore({ databaseUrl: pgdb.url, dataDir: '/nonexistent-unused' });
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill('SIGTERM')));
  await store?.close();
  await drop?.();
});

describe.skipIf(!enabled)('scale-out on PostgreSQL + Redis', () => {
  it('answers messages sent to any replica exactly once', { timeout: 120_000 }, async () => {
    const total = 300;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, j) => i + j).map(async (n) => {
          const s = servers[n % servers.length]!;
          const res = await fetch(s.url + '/api/v1/messages', {
            method: 'POST',
            headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({ customer: { externalId: `so-${n % 25}` }, text: n % 3 ? 'what payment methods can I use?' : 'hello', externalMessageId: `so-${n}` }),
          });
          expect(res.status).toBe(202);
          return ((await res.json()) as { messageId: string }).messageId;
        }),
      );
      ids.push(...batch);
    }
    const deadline = Date.now() + 90_000;
    for (;;) {
      const left = await store!.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).where('direction', '=', 'in').where('processed_at', 'is', null).executeTakeFirstOrThrow();
      if (Number(left.n) === 0) break;
      if (Date.now() > deadline) throw new Error(`${left.n} unanswered`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const replies = await store!.db.selectFrom('messages').select('meta').where('direction', '=', 'out').execute();
    const per = new Map<string, number>();
    for (const r of replies) {
      const to = (JSON.parse(r.meta!) as { inReplyTo: string }).inReplyTo;
      per.set(to, (per.get(to) ?? 0) + 1);
    }
    expect(ids.map((id) => per.get(id) ?? 0)).toEqual(ids.map(() => 1));
  });

  it('delivers a reply produced by a worker replica to a widget connected to the HTTP-only replica', { timeout: 60_000 }, async () => {
    const a = servers[0]!;
    const shop = (await (await fetch(a.url + '/api/shop/demo')).json()) as { widgetKey: string };
    const ws = new WebSocket(`${a.url.replace('http', 'ws')}/api/widget/ws?key=${shop.widgetKey}`);
    const frames: WidgetServerFrame[] = [];
    ws.on('message', (d) => frames.push(JSON.parse(d.toString()) as WidgetServerFrame));
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'message', clientId: 'c-1', text: 'hello!' }));
    const until = Date.now() + 30_000;
    while (!frames.some((f) => f.type === 'message' && f.message.author === 'bot')) {
      if (Date.now() > until) throw new Error('no bot reply reached the widget: ' + JSON.stringify(frames));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(frames[0]!.type).toBe('session');
    expect(frames.some((f) => f.type === 'ack' && f.clientId === 'c-1')).toBe(true);
    ws.close();
  });
});
