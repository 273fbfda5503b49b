// The key that seals store credentials at rest (STORE_CREDENTIALS_KEY, base64 or hex), and the
// SecretBox that uses it: the tenant id is the sealed value's context, so a copy on another tenant's
// row does not open.
import { SecretBox, SecretBoxError } from '../../runtime/secret-box.js';

/** Parses STORE_CREDENTIALS_KEY (base64 or hex); a clear error names the variable and how to make one. */
export function parseKey(value: string | undefined): Buffer {
  if (!value) {
    throw new SecretBoxError('STORE_CREDENTIALS_KEY is not set: store credentials are encrypted at rest with it. Generate one with `openssl rand -base64 32` and set it in the environment of every replica.');
  }
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new SecretBoxError('STORE_CREDENTIALS_KEY must be 32 bytes as base64 or 64 hex digits (openssl rand -base64 32)');
  return key;
}

/** The box for store credentials, from the configured key. */
export function storeCredentialsBox(value: string | undefined): SecretBox {
  return new SecretBox(parseKey(value), 'STORE_CREDENTIALS_KEY');
}
