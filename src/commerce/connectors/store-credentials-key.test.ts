import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../runtime/config.js';
import { SecretBoxError } from '../../runtime/secret-box.js';
import { parseKey, storeCredentialsBox } from './store-credentials-key.js';

describe('STORE_CREDENTIALS_KEY', () => {
  it('seals per tenant and names the variable when the key differs', () => {
    const box = storeCredentialsBox(randomBytes(32).toString('base64'));
    const sealed = box.seal('shpat_secret-token', 'ten_a');
    expect(sealed).not.toContain('shpat');
    expect(box.open(sealed, 'ten_a')).toBe('shpat_secret-token');
    expect(() => box.open(sealed, 'ten_b')).toThrow(SecretBoxError);
    expect(() => storeCredentialsBox(randomBytes(32).toString('hex')).open(sealed, 'ten_a')).toThrow(/set STORE_CREDENTIALS_KEY to the key/);
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
