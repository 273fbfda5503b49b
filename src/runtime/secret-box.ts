// Seals secrets at rest (channel tokens, store credentials) with AES-256-GCM. The additional data
// (the caller's context: tenant, account) binds a sealed value to its row, so a copy fails to open.
// Format: v1.<key id>.<iv>.<tag>.<ciphertext> (base64url); the key id names the key that sealed it,
// so opening with another key gives a clear error instead of a bare authentication failure.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export class SecretBoxError extends Error {}

export class SecretBox {
  readonly keyId: string;

  /** `keyName` is the setting the key comes from, named in errors. */
  constructor(
    private readonly key: Buffer,
    private readonly keyName = 'the secrets key',
  ) {
    if (key.length !== 32) throw new SecretBoxError(`${keyName} must be 32 bytes`);
    this.keyId = createHash('sha256').update(key).digest('base64url').slice(0, 8);
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', this.keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') throw new SecretBoxError('sealed value has an unknown format');
    const [, keyId, iv, tag, ct] = parts as [string, string, string, string, string];
    if (keyId !== this.keyId) throw new SecretBoxError(`sealed with another key (key id ${keyId}, this server has ${this.keyId}): set ${this.keyName} to the key used when it was sealed`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('sealed value failed authentication (tampered with, or moved to another row)');
    }
  }
}
