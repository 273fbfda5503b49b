// Runs Peakdesk as a real child process (node + tsx on src/main.ts), so tests can SIGKILL it mid-stream
// or run several replicas side by side.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fromRoot } from '../../src/runtime/paths.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnServer(env: Record<string, string>, opts: { readyTimeoutMs?: number; requireReady?: boolean } = {}): Promise<ServerProcess> {
  const port = await freePort();
  let out = '';
  // The child gets only the database and Redis it is given: CI's DATABASE_URL must not leak into a SQLite run.
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', fromRoot('src', 'main.ts')], {
    cwd: fromRoot(),
    env: { ...inherited, ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + (opts.readyTimeoutMs ?? 90_000);
  const path = opts.requireReady === false ? '/healthz' : '/readyz';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    try {
      // Ready, and the start banner (URLs, first-start credentials) printed: it follows readiness.
      const res = await fetch(url + path);
      if (res.ok && out.includes('Agent console:')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within the timeout:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => out,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
