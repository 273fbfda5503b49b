// The attachments table: rows written with inbound messages (in ingest's transaction) and by agents'
// uploads, read beside messages for the console, and the bytes once fetched or uploaded. Every
// read is scoped to a tenant.
import type { Kysely, Transaction } from 'kysely';
import type { WireAttachment } from '../api/protocol.js';
import type { InboundAttachment, MediaKind } from '../channels/types.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';
import { baseMime, safeFilename } from './media-policy.js';

type Db = Kysely<Database> | Transaction<Database>;
export type MediaRow = Database['media'];

export function toWireAttachment(r: Pick<MediaRow, 'id' | 'kind' | 'mime' | 'size' | 'filename'>): WireAttachment {
  return { id: r.id, kind: r.kind, ...(r.mime ? { mime: r.mime } : {}), ...(r.size !== null ? { size: Number(r.size) } : {}), ...(r.filename ? { filename: r.filename } : {}) };
}

/** Rows for a shopper's attachments, plus the bytes the message carried when within the cap. */
export async function storeInboundAttachments(
  trx: Db,
  items: { tenantId: string; conversationId: string; messageId: string; attachments: InboundAttachment[] }[],
  maxBytes: number,
  now: number,
): Promise<Map<string, WireAttachment[]>> {
  const rows: MediaRow[] = [];
  const contents: Database['media_content'][] = [];
  const byMessage = new Map<string, WireAttachment[]>();
  for (const it of items) {
    for (const a of it.attachments) {
      const mime = baseMime(a.mime) ?? null;
      const row: MediaRow = {
        id: newId('med'),
        tenant_id: it.tenantId,
        conversation_id: it.conversationId,
        message_id: it.messageId,
        direction: 'in',
        kind: a.kind,
        mime,
        size: a.size ?? a.content?.length ?? null,
        filename: a.filename ? safeFilename(a.filename, a.kind) : null,
        source: a.source ? JSON.stringify(a.source) : null,
        uploaded_by: null,
        created_at: now,
      };
      rows.push(row);
      if (a.content && mime && a.content.length <= maxBytes) contents.push({ media_id: row.id, tenant_id: it.tenantId, mime, bytes: a.content, stored_at: now });
      const list = byMessage.get(it.messageId) ?? [];
      list.push(toWireAttachment(row));
      byMessage.set(it.messageId, list);
    }
  }
  if (rows.length > 0) await trx.insertInto('media').values(rows).execute();
  if (contents.length > 0) await trx.insertInto('media_content').values(contents).execute();
  return byMessage;
}

export async function attachmentsOf(db: Db, tenantId: string, messageIds: string[]): Promise<Map<string, WireAttachment[]>> {
  const out = new Map<string, WireAttachment[]>();
  if (messageIds.length === 0) return out;
  const rows = await db.selectFrom('media').select(['id', 'kind', 'mime', 'size', 'filename', 'message_id']).where('tenant_id', '=', tenantId).where('message_id', 'in', messageIds).orderBy('created_at').orderBy('id').execute();
  for (const r of rows) {
    const list = out.get(r.message_id!) ?? [];
    list.push(toWireAttachment(r));
    out.set(r.message_id!, list);
  }
  return out;
}

export function getMedia(db: Db, tenantId: string, id: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** A media row by id alone: only for the signed public route, whose signature names the id. */
export function getMediaById(db: Db, id: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function readContent(db: Db, tenantId: string, id: string): Promise<{ mime: string; bytes: Buffer } | undefined> {
  const r = await db.selectFrom('media_content').select(['mime', 'bytes']).where('tenant_id', '=', tenantId).where('media_id', '=', id).executeTakeFirst();
  return r ? { mime: r.mime, bytes: Buffer.from(r.bytes) } : undefined;
}

/** Keeps fetched bytes; a concurrent fetch of the same file is harmless (the first one stays). */
export async function saveContent(db: Db, tenantId: string, id: string, mime: string, bytes: Buffer, now = Date.now()): Promise<void> {
  await db.insertInto('media_content').values({ media_id: id, tenant_id: tenantId, mime, bytes, stored_at: now }).onConflict((oc) => oc.column('media_id').doNothing()).execute();
  await db.updateTable('media').set({ size: bytes.length, mime }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** An agent's upload: its row and bytes in one transaction, waiting for the reply that sends it. */
export async function storeUpload(
  db: Kysely<Database>,
  u: { tenantId: string; conversationId: string; userId: string; kind: MediaKind; mime: string; filename: string; bytes: Buffer },
  now = Date.now(),
): Promise<MediaRow> {
  const row: MediaRow = {
    id: newId('med'),
    tenant_id: u.tenantId,
    conversation_id: u.conversationId,
    message_id: null,
    direction: 'out',
    kind: u.kind,
    mime: u.mime,
    size: u.bytes.length,
    filename: u.filename,
    source: null,
    uploaded_by: u.userId,
    created_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('media').values(row).execute();
    await trx.insertInto('media_content').values({ media_id: row.id, tenant_id: u.tenantId, mime: u.mime, bytes: u.bytes, stored_at: now }).execute();
  });
  return row;
}

/** Binds uploads to the agent's reply; only unsent uploads of this conversation and tenant qualify. */
export async function claimUploads(trx: Db, tenantId: string, conversationId: string, messageId: string, ids: string[]): Promise<MediaRow[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('media')
    .set({ message_id: messageId })
    .where('tenant_id', '=', tenantId)
    .where('conversation_id', '=', conversationId)
    .where('direction', '=', 'out')
    .where('message_id', 'is', null)
    .where('id', 'in', ids)
    .returningAll()
    .execute();
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is MediaRow => r !== undefined);
}
