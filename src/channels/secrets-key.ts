// Where the channel secrets key comes from: CHANNEL_SECRETS_KEY always wins. Without it, embedded mode
// (one process, SQLite) generates a key once into DATA_DIR/channel-secrets.key (mode 0600) so
// `npm start` needs no setup. Scale-out mode never generates one, because replicas must share one key
// and a key generated on one of them would leave the others unable to open the secrets: without
// CHANNEL_SECRETS_KEY the server starts (the widget and API need no key) but channel accounts cannot
// be created or used, each attempt failing with MissingSecretsKeyError's explanation.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, type Config } from '../runtime/config.js';
import type { Logger } from '../runtime/logger.js';

export const DEV_KEY_FILE = 'channel-secrets.key';

export class MissingSecretsKeyError extends Error {
  constructor() {
    super('CHANNEL_SECRETS_KEY is not set: channel accounts need it with DATABASE_URL (the same key on every replica); generate one with: openssl rand -base64 32');
  }
}

export function resolveSecretsKey(config: Pick<Config, 'CHANNEL_SECRETS_KEY' | 'DATA_DIR' | 'mode'>, log?: Logger): Buffer | undefined {
  if (config.CHANNEL_SECRETS_KEY) return Buffer.from(config.CHANNEL_SECRETS_KEY, 'base64');
  if (config.mode === 'scale-out') {
    log?.warn(new MissingSecretsKeyError().message);
    return undefined;
  }
  const path = join(resolve(config.DATA_DIR), DEV_KEY_FILE);
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new ConfigError([`CHANNEL_SECRETS_KEY: ${path} does not hold 32 bytes in base64; restore it or set CHANNEL_SECRETS_KEY`]);
    return key;
  }
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  log?.warn({ path }, 'generated a channel secrets key for embedded mode; back it up with the database, or set CHANNEL_SECRETS_KEY');
  return key;
}
