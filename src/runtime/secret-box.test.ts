import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError } from './secret-box.js';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = box.seal('{"accessToken":"EAAG-secret-token"}', 'ctx:a');
    expect(sealed).not.toContain('EAAG');
    expect(box.open(sealed, 'ctx:a')).toBe('{"accessToken":"EAAG-secret-token"}');
    expect(box.seal('same', 'ctx:a')).not.toBe(box.seal('same', 'ctx:a'));
  });

  it('refuses a value moved to another context, a tampered value and another key', () => {
    const sealed = box.seal('secret', 'tenant1:acc1');
    expect(() => box.open(sealed, 'tenant2:acc1')).toThrow(SecretBoxError);
    const parts = sealed.split('.');
    parts[4] = Buffer.from('xxxxxx').toString('base64url');
    expect(() => box.open(parts.join('.'), 'tenant1:acc1')).toThrow(/authentication/);
    expect(() => new SecretBox(randomBytes(32), 'CHANNEL_SECRETS_KEY').open(sealed, 'tenant1:acc1')).toThrow(/set CHANNEL_SECRETS_KEY to the key/);
    expect(() => box.open('junk', 'tenant1:acc1')).toThrow(/format/);
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
