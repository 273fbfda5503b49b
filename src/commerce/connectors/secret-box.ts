// Seals store credentials at rest with AES-256-GCM (node:crypto): a fresh 12-byte IV per value, the
// 16-byte tag authenticates it, and the tenant id is bound in as associated data so a sealed value
// copied onto another tenant's row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBoxError extends Error {}

/** Parses STORE_CREDENTIALS_KEY (base64 or hex); a clear error names the variable and how to make one. */
export function parseKey(value: string | undefined): Buffer {
  if (!value) {
    throw new SecretBoxError('STORE_CREDENTIALS_KEY is not set: store credentials are encrypted at rest with it. Generate one with `openssl rand -base64 32` and set it in the environment of every replica.');
  }
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new SecretBoxError('STORE_CREDENTIALS_KEY must be 32 bytes as base64 or 64 hex digits (openssl rand -base64 32)');
  return key;
}

export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new SecretBoxError('an AES-256 key is 32 bytes');
  }

  seal(plain: string, tenantId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(tenantId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, tenantId: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretBoxError('sealed value has an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(tenantId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('cannot open the store credentials: STORE_CREDENTIALS_KEY differs from the key they were sealed with, or the row was altered');
    }
  }
}
