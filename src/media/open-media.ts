// An attachment's bytes for a console user: stored ones at once; a shopper's file not yet fetched is
// fetched from the platform through its channel (once; later opens read the table), checked against
// the allow-list and the size cap before it is kept.
import type { Kysely } from 'kysely';
import type { ChannelAccounts } from '../channels/accounts.js';
import { accountIdOfChannel } from '../channels/channel-key.js';
import { channelDefinition } from '../channels/registry.js';
import type { ChannelEnv, ChannelHttp } from '../channels/types.js';
import type { Database } from '../store/schema.js';
import { baseMime, isAllowedMime } from './media-policy.js';
import { readContent, saveContent, type MediaRow } from './media-store.js';

export type Opened =
  | { ok: true; mime: string; bytes: Buffer }
  | { ok: false; status: 404 | 413 | 415 | 502; code: string; message: string };

export interface OpenMediaDeps {
  db: Kysely<Database>;
  accounts: ChannelAccounts;
  platform: { http: ChannelHttp; env: ChannelEnv };
  maxBytes: number;
}

export async function openMedia(deps: OpenMediaDeps, row: MediaRow): Promise<Opened> {
  const stored = await readContent(deps.db, row.tenant_id, row.id);
  if (stored) return isAllowedMime(stored.mime) ? { ok: true, ...stored } : refusedType(stored.mime);
  if (row.size !== null && row.size > deps.maxBytes) return tooLarge(deps.maxBytes);
  if (row.direction !== 'in' || !row.source) return { ok: false, status: 404, code: 'not_found', message: 'this attachment has no stored content' };
  const conv = await deps.db.selectFrom('conversations').select('channel').where('tenant_id', '=', row.tenant_id).where('id', '=', row.conversation_id).executeTakeFirst();
  const accountId = conv ? accountIdOfChannel(conv.channel) : undefined;
  const account = accountId ? await deps.accounts.get(accountId) : undefined;
  const def = account && account.tenantId === row.tenant_id ? channelDefinition(account.type) : undefined;
  if (!account || !def?.fetchMedia) return { ok: false, status: 404, code: 'not_found', message: 'the channel account of this attachment is gone' };
  const got = await def.fetchMedia(JSON.parse(row.source) as Record<string, string>, account, deps.platform.http, deps.platform.env, deps.maxBytes);
  if (!got.ok) {
    if (got.tooLarge) return tooLarge(deps.maxBytes);
    return got.gone ? { ok: false, status: 404, code: 'gone', message: got.error } : { ok: false, status: 502, code: 'platform_error', message: `the platform did not hand over the file: ${got.error}` };
  }
  // The platform's own type wins over a generic one; the type recorded at receive time fills in.
  const fetched = baseMime(got.mime);
  const mime = fetched && fetched !== 'application/octet-stream' ? fetched : (row.mime ?? fetched);
  if (!isAllowedMime(mime)) return refusedType(mime);
  await saveContent(deps.db, row.tenant_id, row.id, mime!, got.bytes);
  return { ok: true, mime: mime!, bytes: got.bytes };
}

const tooLarge = (max: number): Opened => ({ ok: false, status: 413, code: 'too_large', message: `the attachment is larger than ${max} bytes (MEDIA_MAX_BYTES)` });
const refusedType = (mime: string | undefined): Opened => ({ ok: false, status: 415, code: 'unsupported_media_type', message: `attachments of type ${mime ?? 'unknown'} are not served` });
