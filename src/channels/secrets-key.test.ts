import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../runtime/config.js';
import { DEV_KEY_FILE, resolveSecretsKey } from './secrets-key.js';

describe('resolveSecretsKey', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'pd-key-'));
    dirs.push(d);
    return d;
  };

  it('uses CHANNEL_SECRETS_KEY when set', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(resolveSecretsKey({ CHANNEL_SECRETS_KEY: key, DATA_DIR: dir(), mode: 'scale-out' })).toEqual(Buffer.alloc(32, 7));
  });

  it('generates one dev key in embedded mode, private to the owner, and reuses it', () => {
    const d = dir();
    const first = resolveSecretsKey({ DATA_DIR: d, mode: 'embedded' });
    expect(first).toHaveLength(32);
    expect(statSync(join(d, DEV_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveSecretsKey({ DATA_DIR: d, mode: 'embedded' })).toEqual(first);
    expect(readFileSync(join(d, DEV_KEY_FILE), 'utf8').trim()).toBe(first!.toString('base64'));
  });

  it('never generates one in scale-out mode', () => {
    expect(resolveSecretsKey({ DATA_DIR: dir(), mode: 'scale-out' })).toBeUndefined();
  });

  it('rejects a key that is not 32 bytes of base64 with a clear message', () => {
    expect(() => loadConfig({ CHANNEL_SECRETS_KEY: 'short' })).toThrow(/CHANNEL_SECRETS_KEY: must be 32 random bytes in base64/);
    expect(loadConfig({ CHANNEL_SECRETS_KEY: Buffer.alloc(32, 1).toString('base64') }).CHANNEL_SECRETS_KEY).toBeDefined();
  });
});
