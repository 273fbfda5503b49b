// `npx tsx bench/inbox/run.ts [--json] [--quick]`: inbox update latency to connected agents. Starts a
// real Peakdesk process (embedded, fresh data dir), hands 5,000 conversations to people through the
// API (1,000 of them into a private team's queue), signs in 50 agents (five teams of ten) and
// connects their console websockets. Then, at a steady rate, a supervisor assigns waiting
// conversations and shoppers write into others; for every update we time, from the request leaving
// this process, the arrival of the matching inbox frame at each agent allowed to see it.
// Baseline, same run, same triggers: the design without deltas — each agent refetches the first page
// of its priority inbox (GET /api/console/inbox, 5,000 entries scored and sorted per call) whenever a
// conversation changes, one refetch in flight per agent; the update counts as seen when a refetch
// started after the change completes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { fromRoot } from '../../src/runtime/paths.js';
import { percentile } from '../pipeline/load.js';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const WAITING = quick ? 1000 : 5000;
const PRIVATE = WAITING / 5;
const AGENTS = 50;
const TEAMS = 5;
const RATE = 10;
const SECONDS = quick ? 5 : 20;
const log = (s: string) => process.stderr.write(s + '\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Item {
  conversation: { id: string };
  assigneeId: string | null;
  unread: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startPeakdesk(dataDir: string): Promise<{ proc: ChildProcess; base: string; out: () => string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _d, REDIS_URL: _r, ...inherited } = process.env;
  const proc = spawn(process.execPath, ['--import', 'tsx', fromRoot('src', 'main.ts')], {
    cwd: fromRoot(),
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DATA_DIR: dataDir, LOG_LEVEL: 'warn', MAX_BACKLOG: '200000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 180_000;
  while (!/API key:/.test(out)) {
    if (proc.exitCode !== null || Date.now() > until) throw new Error(`Peakdesk did not start:\n${out}`);
    await sleep(100);
  }
  return { proc, base, out: () => out };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-inbox-bench-'));
  log('starting Peakdesk (embedded)…');
  const pd = await startPeakdesk(dataDir);
  try {
    const base = pd.base;
    const apiKey = /API key:\s+(\S+)/.exec(pd.out())![1]!;
    const ownerEmail = /Admin login:\s+(\S+)/.exec(pd.out())![1]!;
    const ownerPassword = /Password:\s+(\S+)/.exec(pd.out())![1]!;
    const login = async (email: string, password: string) => {
      const res = await fetch(base + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const owner = await login(ownerEmail, ownerPassword);
    const call = async (cookie: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(base + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text) as Record<string, unknown>;
    };

    log(`creating ${AGENTS} agents in ${TEAMS} teams…`);
    const agents: { id: string; email: string; team: number }[] = [];
    for (let i = 0; i < AGENTS; i++) {
      const email = `agent${i}@bench.test`;
      const u = (await call(owner, 'POST', '/api/console/agents', { email, name: `Agent ${i}`, role: 'agent', password: 'bench-password-123' })).user as { id: string };
      agents.push({ id: u.id, email, team: i % TEAMS });
    }
    const teamIds: string[] = [];
    for (let t = 0; t < TEAMS; t++) {
      const team = (await call(owner, 'POST', '/api/console/teams', { name: `Team ${t}`, private: t === 0, members: agents.filter((a) => a.team === t).map((a) => a.id) })).team as { id: string };
      teamIds.push(team.id);
    }
    const rules = (await call(owner, 'GET', '/api/console/handoff-rules')).ruleSet as { rules: unknown[] };
    await call(owner, 'PUT', '/api/console/handoff-rules', {
      ...rules,
      rules: [{ id: 'private', name: 'Private desk', conditions: [{ type: 'keyword', any: ['platinum'] }], actions: [{ type: 'handoff', team: teamIds[0] }] }, ...rules.rules],
    });

    log(`handing ${WAITING} conversations off through the API…`);
    const post = (i: number, text: string) =>
      fetch(base + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: `shopper-${i}` }, text }) });
    for (let i = 0; i < WAITING; i += 100) {
      await Promise.all(Array.from({ length: Math.min(100, WAITING - i) }, (_, k) => post(i + k, i + k >= WAITING - PRIVATE ? 'platinum member here, I need a person' : 'I want to talk to a human agent please')));
    }
    for (const until = Date.now() + 120_000; Date.now() < until; await sleep(500)) {
      const page = (await call(owner, 'GET', '/api/console/inbox?view=unassigned&limit=500')) as unknown as { counts: { unassigned: number }; items: (Item & { teamPrivate: boolean })[] };
      log(`  ${page.counts.unassigned} waiting`);
      if (page.counts.unassigned >= WAITING) break;
    }
    // The oldest waiting (shared, handed off first) and the private team's queue.
    const byId = new Map<string, Item & { teamPrivate: boolean }>();
    for (const query of ['view=unassigned', `view=team&team=${teamIds[0]}`]) {
      const page = (await call(owner, 'GET', `/api/console/inbox?${query}&limit=500`)) as unknown as { items: (Item & { teamPrivate: boolean })[] };
      for (const i of page.items) byId.set(i.conversation.id, i);
    }
    const waiting = [...byId.values()];

    log(`signing in ${AGENTS} agents and connecting their consoles…`);
    const cookies = await Promise.all(agents.map((a) => login(a.email, 'bench-password-123')));
    type Listener = (agent: number, frame: { type: string; items?: Item[]; conversation?: { id: string } }, at: number) => void;
    let listener: Listener = () => undefined;
    const sockets = await Promise.all(
      cookies.map(
        (cookie, n) =>
          new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(base.replace('http', 'ws') + '/api/console/ws', { headers: { cookie, origin: base } });
            ws.on('message', (d) => {
              const at = performance.now();
              const frame = JSON.parse(String(d)) as { type: string };
              if (frame.type === 'hello') resolve(ws);
              listener(n, frame, at);
            });
            ws.on('error', reject);
          }),
      ),
    );

    // Which agents may see a conversation: private → team 0 members; else everyone.
    const audience = (c: { teamPrivate: boolean }) => agents.map((a, n) => (c.teamPrivate ? (a.team === 0 ? n : -1) : n)).filter((n) => n >= 0);
    const shopperOf = async (conversationId: string) =>
      ((await call(owner, 'GET', `/api/console/conversations/${conversationId}`)).conversation as { customer: { externalId: string } }).customer.externalId;

    // Distinct conversations per trigger (one in five private), half assignments, half shopper
    // messages; the shoppers' ids are looked up before timing starts.
    const privates = waiting.filter((p) => p.teamPrivate);
    const shared = waiting.filter((p) => !p.teamPrivate);
    const plan: { conv: (typeof waiting)[number]; external: string }[] = [];
    for (let k = 0; k < 2 * RATE * SECONDS; k++) {
      const conv = (k % 5 === 0 ? privates.pop() : shared.pop()) ?? shared.pop() ?? privates.pop();
      if (!conv) break;
      plan.push({ conv, external: await shopperOf(conv.conversation.id) });
    }
    let planned = 0;

    async function phase(name: string, mode: 'delta' | 'refetch'): Promise<{ assign: number[]; message: number[]; all: number[]; events: number; missing: number }> {
      const pending = new Map<string, { t0: number; kind: 'assign' | 'message'; waitingFor: Set<number>; startedAfter: Map<number, number> }>();
      const lat: { kind: 'assign' | 'message'; ms: number }[] = [];
      const inflight = new Set<number>();
      const dirty = new Set<number>();
      let over = false;
      const refetch = (n: number) => {
        if (over) return;
        if (inflight.has(n)) {
          dirty.add(n);
          return;
        }
        inflight.add(n);
        const started = performance.now();
        void fetch(base + '/api/console/inbox?limit=100', { headers: { cookie: cookies[n]! } })
          .then((r) => r.arrayBuffer())
          .then(() => {
            const done = performance.now();
            for (const p of pending.values()) {
              const seenAt = p.startedAfter.get(n);
              if (seenAt !== undefined && started >= seenAt && p.waitingFor.has(n)) {
                p.waitingFor.delete(n);
                lat.push({ kind: p.kind, ms: done - p.t0 });
              }
            }
            inflight.delete(n);
            if (dirty.delete(n)) refetch(n);
          })
          .catch((err: unknown) => {
            inflight.delete(n);
            if (!over) log(`  refetch failed: ${String(err)}`);
          });
      };
      listener = (n, frame, at) => {
        if (mode === 'delta' && frame.type === 'inbox') {
          for (const item of frame.items ?? []) {
            const p = pending.get(item.conversation.id);
            if (p && p.waitingFor.has(n) && (p.kind === 'assign' ? item.assigneeId !== null : item.unread >= 2)) {
              p.waitingFor.delete(n);
              lat.push({ kind: p.kind, ms: at - p.t0 });
            }
          }
        } else if (mode === 'refetch' && frame.type === 'conversation') {
          const p = pending.get(frame.conversation!.id);
          if (p && p.waitingFor.has(n) && !p.startedAfter.has(n)) p.startedAfter.set(n, at);
          if (p) refetch(n);
        }
      };
      log(`${name}: ${RATE} updates/s for ${SECONDS} s to ${AGENTS} agents…`);
      const total = RATE * SECONDS;
      const start = performance.now();
      const sends: Promise<unknown>[] = [];
      for (let k = 0; k < total; k++) {
        const due = start + (k * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const next = plan[planned++];
        if (!next) break;
        const conv = next.conv;
        const kind = k % 2 === 0 ? 'assign' : 'message';
        const entry = { t0: 0, kind: kind as 'assign' | 'message', waitingFor: new Set(audience(conv)), startedAfter: new Map<number, number>() };
        if (kind === 'assign') {
          const target = conv.teamPrivate ? agents.find((a) => a.team === 0)! : agents[k % AGENTS]!;
          entry.t0 = performance.now();
          pending.set(conv.conversation.id, entry);
          sends.push(call(owner, 'POST', `/api/console/conversations/${conv.conversation.id}/assign`, { userId: target.id }));
        } else {
          const external = next.external;
          entry.t0 = performance.now();
          pending.set(conv.conversation.id, entry);
          sends.push(fetch(base + '/api/v1/messages', { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ customer: { externalId: external }, text: 'hello? still waiting' }) }));
        }
      }
      await Promise.all(sends);
      for (const until = Date.now() + 15_000; Date.now() < until && [...pending.values()].some((p) => p.waitingFor.size > 0); ) await sleep(100);
      over = true;
      listener = () => undefined;
      while (inflight.size > 0) await sleep(50);
      const missing = [...pending.values()].reduce((s, p) => s + p.waitingFor.size, 0);
      const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
      return {
        assign: sorted(lat.filter((l) => l.kind === 'assign').map((l) => l.ms)),
        message: sorted(lat.filter((l) => l.kind === 'message').map((l) => l.ms)),
        all: sorted(lat.map((l) => l.ms)),
        events: pending.size,
        missing,
      };
    }

    const delta = await phase('inbox frames (ours)', 'delta');
    const refetch = await phase('baseline: refetch the inbox on every change', 'refetch');
    for (const ws of sockets) ws.close();

    const summary = (r: Awaited<ReturnType<typeof phase>>) => ({
      events: r.events,
      deliveries: r.all.length,
      missing: r.missing,
      p50Ms: round(percentile(r.all, 50)),
      p99Ms: round(percentile(r.all, 99)),
      assignP50Ms: round(percentile(r.assign, 50)),
      assignP99Ms: round(percentile(r.assign, 99)),
      messageP50Ms: round(percentile(r.message, 50)),
      messageP99Ms: round(percentile(r.message, 99)),
    });
    const result = {
      waiting: WAITING,
      privateQueue: PRIVATE,
      agents: AGENTS,
      ratePerSec: RATE,
      seconds: SECONDS,
      ours: summary(delta),
      baselineRefetch: summary(refetch),
      p99Ratio: round(percentile(refetch.all, 99) / percentile(delta.all, 99)),
    };
    if (json) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      process.stdout.write(`\n${WAITING} waiting (${PRIVATE} in a private queue), ${AGENTS} agents, ${RATE} updates/s for ${SECONDS} s\n`);
      process.stdout.write('| design | deliveries | missing | p50 ms | p99 ms | assign p50/p99 | shopper message p50/p99 |\n|---|---|---|---|---|---|---|\n');
      for (const [label, r] of [['inbox frames (ours)', result.ours], ['refetch inbox (baseline)', result.baselineRefetch]] as const) {
        process.stdout.write(`| ${label} | ${r.deliveries} | ${r.missing} | ${r.p50Ms} | ${r.p99Ms} | ${r.assignP50Ms} / ${r.assignP99Ms} | ${r.messageP50Ms} / ${r.messageP99Ms} |\n`);
      }
      process.stdout.write(`p99 ratio baseline/ours: ${result.p99Ratio}×\n`);
    }
  } finally {
    pd.proc.kill('SIGTERM');
    await new Promise((r) => pd.proc.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
