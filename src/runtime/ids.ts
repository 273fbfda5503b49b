// Time-ordered, URL-safe ids (ms timestamp + per-process counter + randomness), so primary-key
// inserts append to the index end in both SQLite and PostgreSQL.
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;
let pool = randomBytes(4096);
let poolOffset = 0;

function randomChars(n: number): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  if (poolOffset + n > pool.length) {
    pool = randomBytes(4096);
    poolOffset = 0;
  }
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[pool[poolOffset++]! % 36];
  return s;
}

export function newId(prefix: string): string {
  const now = Date.now();
  if (now === lastMs) counter++;
  else {
    lastMs = now;
    counter = 0;
  }
  return `${prefix}_${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(3, '0')}${randomChars(8)}`;
}

/** A secret token: 32 random bytes, base64url. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}
