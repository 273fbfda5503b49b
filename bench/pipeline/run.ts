// `npm run bench:pipeline [-- --json] [-- --quick] [-- --profile=DIR]`: drives the generic API channel of a real Peakdesk
// process (embedded mode, fresh data dir) from this separate process, at increasing rates, and counts
// answers arriving at a local signed webhook. The HTTP ceiling is a bare node:http server measured in
// the same run by the same load generator. Prints one JSON object with --json, a table and chart otherwise.
// --profile=DIR writes a V8 CPU profile of the Peakdesk process into DIR (open it in Chrome DevTools).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../src/runtime/paths.js';
import { LoadGenerator, percentile, type Sent } from './load.js';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const profileDir = process.argv.slice(2).find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const log = (s: string) => process.stderr.write(s + '\n');

interface Child {
  proc: ChildProcess;
  port: number;
  out: () => string;
}

async function start(cmd: string[], env: Record<string, string>, ready: RegExp): Promise<Child> {
  let out = '';
  // Embedded mode: a DATABASE_URL or REDIS_URL in the caller's environment must not leak in.
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const proc = spawn(process.execPath, cmd, { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 120_000;
  for (;;) {
    const m = ready.exec(out);
    if (m) return { proc, port: Number(m[1]), out: () => out };
    if (proc.exitCode !== null) throw new Error(`child exited:\n${out}`);
    if (Date.now() > until) throw new Error(`child not ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Receives reply webhooks and timestamps them by the inbound message they answer. */
function startReceiver(): Promise<{ url: string; replies: Map<string, { at: number; ids: Set<string> }>; close(): void }> {
  const replies = new Map<string, { at: number; ids: Set<string> }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const ev = JSON.parse(Buffer.concat(chunks).toString()) as { data: { messageId: string; inReplyTo?: { messageId: string } } };
      const to = ev.data.inReplyTo?.messageId;
      if (to) {
        const r = replies.get(to);
        if (r) r.ids.add(ev.data.messageId);
        else replies.set(to, { at, ids: new Set([ev.data.messageId]) });
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, replies, close: () => server.close() })),
  );
}

const TEXTS = ['hi', 'how much is shipping?', 'what payment methods do you accept?', 'thanks!', 'what is your return policy?', 'do you ship to Malaysia? how long does it take'];

async function main(): Promise<void> {
  const steps = quick ? [500, 1000, 2000] : [500, 1000, 2000, 3000, 4000, 5000];
  const stepMs = quick ? 3000 : 6000;

  // 1. Baseline: the bare HTTP ceiling with the same generator.
  log('measuring the node:http ceiling…');
  const echo = await start([fromRoot('dist', 'bench', 'pipeline', 'echo-server.js')], { PORT: '0' }, /listening (\d+)/);
  const echoGen = new LoadGenerator(`http://127.0.0.1:${echo.port}`, '/api/v1/messages', { 'content-type': 'application/json' }, 64);
  const body = (i: number) => JSON.stringify({ customer: { externalId: `bench-${i % 5000}` }, text: TEXTS[i % TEXTS.length], externalMessageId: `b-${i}` });
  await echoGen.closedLoop(body, 64, 1000);
  const ceil = await echoGen.closedLoop(body, 64, quick ? 3000 : 5000);
  const httpCeilingPerSec = ceil.sent.filter((s) => s.status === 202).length / ceil.seconds;
  await echoGen.close();
  echo.proc.kill('SIGKILL');

  // 2. Peakdesk, embedded, fresh database.
  const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-bench-'));
  const receiver = await startReceiver();
  log('starting Peakdesk (embedded)…');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const pd = await start(
    [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), fromRoot('dist', 'src', 'main.js')],
    { PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DATA_DIR: dataDir, LOG_LEVEL: 'warn', MAX_BACKLOG: '200000', MAX_INGEST_QUEUE: '20000' },
    /Agent console:\s+http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const apiKey = /API key:\s+(\S+)/.exec(pd.out())![1]!;
  await fetch(base + '/api/v1/webhook', { method: 'PUT', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: receiver.url }) });
  const gen = new LoadGenerator(base, '/api/v1/messages', { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }, 256);

  const all: Sent[] = [];
  log('warming up…');
  all.push(...(await gen.openLoop(body, 300, 2000)).sent);

  const results: Array<{ offered: number; accepted: number; answeredPerSec: number; p50Ms: number; p99Ms: number; shed: number; serverCpuUsPerMsg: number }> = [];
  for (const rate of steps) {
    log(`step: ${rate} messages/s for ${stepMs / 1000} s…`);
    const cpuBefore = cpuSeconds(pd);
    const { sent, seconds } = await gen.openLoop(body, rate, stepMs);
    all.push(...sent);
    const ok = sent.filter((s) => s.messageId);
    await drain(receiver.replies, ok, 20_000);
    const cpuUsed = cpuSeconds(pd) - cpuBefore;
    const lat = ok.map((s) => receiver.replies.get(s.messageId!)?.at).map((at, k) => (at === undefined ? Infinity : at - ok[k]!.sentAt)).sort((a, b) => a - b);
    const lastAnswer = Math.max(...ok.map((s) => receiver.replies.get(s.messageId!)?.at ?? 0));
    const firstSent = Math.min(...sent.map((s) => s.sentAt));
    const answered = ok.filter((s) => receiver.replies.has(s.messageId!)).length;
    results.push({
      offered: rate,
      accepted: Math.round(ok.length / seconds),
      answeredPerSec: Math.round(answered / ((lastAnswer - firstSent) / 1000)),
      p50Ms: round(percentile(lat, 50)),
      p99Ms: round(percentile(lat, 99)),
      shed: sent.length - ok.length,
      serverCpuUsPerMsg: Math.round((cpuUsed * 1e6) / Math.max(1, answered)),
    });
    log(`  answered ${results.at(-1)!.answeredPerSec}/s, p50 ${results.at(-1)!.p50Ms} ms, p99 ${results.at(-1)!.p99Ms} ms, shed ${results.at(-1)!.shed}, server CPU ${results.at(-1)!.serverCpuUsPerMsg} µs/message`);
    // Stop climbing once the server clearly saturates.
    if (results.at(-1)!.p99Ms > 2000) break;
  }

  // 3. Peak throughput, closed loop.
  log('closed loop: as fast as it answers…');
  const closedCpuBefore = cpuSeconds(pd);
  const closed = await gen.closedLoop(body, 128, stepMs);
  all.push(...closed.sent);
  const closedOk = closed.sent.filter((s) => s.messageId);
  await drain(receiver.replies, closedOk, 60_000);
  const closedCpuUsPerMsg = Math.round(((cpuSeconds(pd) - closedCpuBefore) * 1e6) / Math.max(1, closedOk.length));
  const closedLast = Math.max(...closedOk.map((s) => receiver.replies.get(s.messageId!)?.at ?? 0));
  const closedFirst = Math.min(...closed.sent.map((s) => s.sentAt));
  const closedPerSec = closedOk.length / ((closedLast - closedFirst) / 1000);

  const accepted = all.filter((s) => s.messageId);
  await drain(receiver.replies, accepted, 60_000);
  const lost = accepted.filter((s) => !receiver.replies.has(s.messageId!)).length;
  const duplicated = accepted.filter((s) => (receiver.replies.get(s.messageId!)?.ids.size ?? 0) > 1).length;
  const at1000 = results.find((r) => r.offered === 1000);
  const sustained = results.filter((r) => r.shed === 0 && r.p99Ms < 1000).map((r) => r.answeredPerSec);
  const rssMb = await serverRss(pd);

  const out = {
    messagesPerSec: Math.round(Math.max(closedPerSec, ...sustained)),
    p50Ms: at1000?.p50Ms ?? null,
    p99Ms: at1000?.p99Ms ?? null,
    lost,
    duplicated,
    httpCeilingPerSec: Math.round(httpCeilingPerSec),
    ratioToCeiling: Math.round((1000 * Math.max(closedPerSec, ...sustained)) / httpCeilingPerSec) / 1000,
    closedLoopPerSec: Math.round(closedPerSec),
    // Server CPU time (all threads) per answered message in the closed loop: steadier than
    // throughput on a shared machine, so optimisations are compared on it.
    serverCpuUsPerMsg: closedCpuUsPerMsg,
    steps: results,
    totalAccepted: accepted.length,
    serverRssMb: rssMb,
    node: process.version,
  };
  await gen.close();
  pd.proc.kill('SIGTERM');
  await new Promise((r) => (pd.proc.exitCode !== null ? r(null) : pd.proc.once('exit', r)));
  receiver.close();
  rmSync(dataDir, { recursive: true, force: true });

  if (json) process.stdout.write(JSON.stringify(out) + '\n');
  else printReport(out);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** CPU seconds (user + system, all threads) the process has used so far, from /proc. */
function cpuSeconds(pd: Child): number {
  const stat = readFileSync(`/proc/${pd.proc.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5), counted in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function serverRss(pd: Child): Promise<number | null> {
  try {
    const status = readFileSync(`/proc/${pd.proc.pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return null;
  }
}

async function drain(replies: Map<string, unknown>, sent: Sent[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (sent.some((s) => !replies.has(s.messageId!)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10) / 10 : x;
}

function printReport(out: { messagesPerSec: number; httpCeilingPerSec: number; lost: number; duplicated: number; serverCpuUsPerMsg: number; steps: Array<{ offered: number; answeredPerSec: number; p50Ms: number; p99Ms: number; shed: number }> }): void {
  const w = 40;
  const max = Math.max(...out.steps.map((s) => s.p99Ms).filter(Number.isFinite), 1);
  const lines = [
    `Peakdesk pipeline (embedded): ${out.messagesPerSec} messages/s answered end to end; node:http ceiling ${out.httpCeilingPerSec} req/s; server CPU ${out.serverCpuUsPerMsg} µs/message; lost ${out.lost}, duplicated ${out.duplicated}`,
    '',
    ' offered/s  answered/s   p50 ms   p99 ms  shed  p99 (bar)',
    ...out.steps.map((s) => `${String(s.offered).padStart(10)} ${String(s.answeredPerSec).padStart(11)} ${String(s.p50Ms).padStart(8)} ${String(s.p99Ms).padStart(8)} ${String(s.shed).padStart(5)}  ${'█'.repeat(Math.max(1, Math.round((Math.min(s.p99Ms, max) / max) * w)))}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(String((err as Error).stack ?? err) + '\n');
  process.exit(1);
});
