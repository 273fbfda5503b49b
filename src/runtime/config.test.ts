import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from './config.js';
import { fromRoot } from './paths.js';

describe('config', () => {
  it('defaults to embedded mode on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, mode: 'embedded', publicUrl: 'http://localhost:3000', DATA_DIR: './data' });
  });

  it('switches to scale-out with a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1:6379' }).mode).toBe('scale-out');
  });

  it('names every bad value with what it got', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('"eighty"');
      expect(msg).toContain('DATABASE_URL: must start with postgres://');
      expect(msg).toContain('LOG_LEVEL');
    }
  });

  it('reads an optional JSON file, overridden by the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-config-'));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ PORT: 4000, LOG_LEVEL: 'warn' }));
    expect(loadConfig({ PEAKDESK_CONFIG: file, LOG_LEVEL: 'error' })).toMatchObject({ PORT: 4000, LOG_LEVEL: 'error' });
    writeFileSync(file, '{nope');
    expect(() => loadConfig({ PEAKDESK_CONFIG: file })).toThrow(/cannot read .* as JSON/);
    writeFileSync(file, JSON.stringify({ PROT: 1 }));
    expect(() => loadConfig({ PEAKDESK_CONFIG: file })).toThrow(/PROT|Unrecognized/);
  });
});

describe('the operations guide', () => {
  it('documents every configuration variable', () => {
    const guide = readFileSync(fromRoot('docs', 'operations.md'), 'utf8');
    const missing = Object.keys(configSchema.shape).filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
