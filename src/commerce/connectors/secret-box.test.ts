import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../runtime/config.js';
import { SecretBox, SecretBoxError, parseKey } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = box.seal('shpat_secret-token', 'ten_a');
    expect(sealed).not.toContain('shpat');
    expect(box.open(sealed, 'ten_a')).toBe('shpat_secret-token');
    expect(box.seal('same', 'ten_a')).not.toBe(box.seal('same', 'ten_a'));
  });

  it('refuses another tenant, another key and a tampered value', () => {
    const sealed = box.seal('token', 'ten_a');
    expect(() => box.open(sealed, 'ten_b')).toThrow(SecretBoxError);
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'ten_a')).toThrow(/STORE_CREDENTIALS_KEY differs/);
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tokem').toString('base64url');
    expect(() => box.open(parts.join('.'), 'ten_a')).toThrow(SecretBoxError);
  });

  it('parses base64 and hex keys and explains a missing or short one', () => {
    const raw = randomBytes(32);
    expect(parseKey(raw.toString('base64')).equals(raw)).toBe(true);
    expect(parseKey(raw.toString('hex')).equals(raw)).toBe(true);
    expect(() => parseKey(undefined)).toThrow(/STORE_CREDENTIALS_KEY is not set.*openssl rand -base64 32/);
    expect(() => parseKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('is validated with the rest of the configuration at start', () => {
    expect(() => loadConfig({ STORE_CREDENTIALS_KEY: 'too-short' })).toThrow(ConfigError);
    expect(() => loadConfig({ STORE_CREDENTIALS_KEY: 'too-short' })).toThrow(/STORE_CREDENTIALS_KEY: must be 32 bytes .*openssl rand -base64 32/);
    expect(loadConfig({ STORE_CREDENTIALS_KEY: randomBytes(32).toString('hex') }).STORE_CREDENTIALS_KEY).toHaveLength(64);
  });
});
