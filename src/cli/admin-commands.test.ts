// The admin CLI against a real embedded database in a temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashKey } from '../api/auth/api-key.js';
import { openStore } from '../store/database.js';
import { runCli } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'peakdesk-cli-'));
const saved = { ...process.env };

beforeAll(() => {
  // The CLI reads the same environment as the server: point it at a throwaway embedded database.
  delete process.env.DATABASE_URL;
  delete process.env.REDIS_URL;
  process.env.DATA_DIR = dir;
});

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    const code = await runCli(args, (s) => out.push(s));
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}

describe('peakdesk CLI', () => {
  it('creates a tenant and API keys that authenticate', async () => {
    const t = await cli('tenant', 'create', '--slug', 'acme', '--name', 'Acme Store', '--owner', 'boss@acme.test', '--json');
    expect(t.code).toBe(0);
    const tenant = JSON.parse(t.out[0]!) as { apiKey: string; ownerPassword: string; tenantId: string };
    expect(tenant.ownerPassword.length).toBeGreaterThanOrEqual(20);

    const k = await cli('apikey', 'create', '--tenant', 'acme', '--name', 'shopify-sync', '--json');
    expect(k.code).toBe(0);
    const { key } = JSON.parse(k.out[0]!) as { key: string };
    expect(key).toMatch(/^pdk_/);
    const store = openStore({ dataDir: dir });
    const row = await store.db.selectFrom('api_keys').selectAll().where('key_hash', '=', hashKey(key)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ tenant_id: tenant.tenantId, name: 'shopify-sync', revoked_at: null });
    await store.close();

    const w = await cli('webhook', '--tenant', 'acme', '--url', 'https://hooks.acme.test/pd');
    expect(w.code).toBe(0);
    expect(w.out[0]).toContain('Signing secret: whsec_');
  });

  it('deploys a tenant intent model from a CSV of examples', async () => {
    const { writeFileSync } = await import('node:fs');
    const csv = join(dir, 'examples.csv');
    const rows = ['text,intent'];
    for (const t of ['my points balance', 'how many reward points', 'redeem points', 'points expiry date', 'loyalty tier status']) rows.push(`${t},loyalty_points`);
    for (const t of ['hi there', 'hello', 'good morning', 'hey', 'anyone there?']) rows.push(`${t},greeting`);
    writeFileSync(csv, rows.join('\n') + '\n');
    const r = await cli('nlu', 'deploy', '--tenant', 'acme', '--data', csv, '--no-pack', '--json');
    expect(r.code).toBe(0);
    const deployed = JSON.parse(r.out[0]!) as { id: string; intents: number; examples: number };
    expect(deployed).toMatchObject({ intents: 2, examples: 10 });
    const store = openStore({ dataDir: dir });
    expect(await store.db.selectFrom('nlu_models').select('tenant_id').where('id', '=', deployed.id).executeTakeFirst()).toBeDefined();
    await store.close();

    writeFileSync(csv, 'words,label\nx,y\n');
    expect(await cli('nlu', 'deploy', '--tenant', 'acme', '--data', csv)).toMatchObject({ code: 2 });
    expect(await cli('nlu', 'deploy', '--tenant', 'acme', '--data', join(dir, 'missing.csv'))).toMatchObject({ code: 2 });
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    expect(await cli('apikey', 'create', '--tenant', 'nope')).toMatchObject({ code: 2, err: expect.stringContaining('no tenant with slug "nope"') });
    expect(await cli('tenant', 'create', '--slug', 'Bad Slug', '--name', 'x', '--owner', 'a@b.co')).toMatchObject({ code: 2, err: expect.stringContaining('--slug') });
    expect(await cli('tenant', 'create', '--slug', 'acme', '--name', 'x', '--owner', 'x@b.co')).toMatchObject({ code: 2, err: expect.stringContaining('already exists') });
    expect(await cli('tenant', 'create', '--slug', 'ok', '--name', 'x', '--owner', 'not-an-email')).toMatchObject({ code: 2, err: expect.stringContaining('--owner') });
    expect(await cli('webhook', '--tenant', 'acme')).toMatchObject({ code: 2, err: expect.stringContaining('--url') });
    expect(await cli('webhook', '--tenant', 'acme', '--url', 'ftp://x')).toMatchObject({ code: 2 });
    expect((await cli('no-such-command')).code).not.toBe(0);
  });
});

describe('peakdesk CLI as a process', () => {
  it('exits 0 after printing the key (the database closes cleanly, checkpoint thread included)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fromRoot } = await import('../runtime/paths.js');
    const entry = fromRoot('src', 'cli', 'main.ts');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const { runCli } = await import(${JSON.stringify(entry)}); process.exitCode = await runCli(${JSON.stringify(args)});`], {
        cwd: fromRoot(),
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const r = run(['apikey', 'create', '--tenant', 'acme']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/API key for acme: pdk_/);
    expect(run(['apikey', 'create', '--tenant', 'missing']).status).toBe(2);
  });
});
