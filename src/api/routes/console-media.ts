// Attachments over HTTP. Console users (session) read a conversation's files and upload their own;
// platforms that fetch media by URL read an agent's file through a signed, expiring public link.
// Served bytes always go out as their allowed type with nosniff, a Content-Disposition and a
// sandboxing CSP, so no file can run as a page of ours.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { requireUser, requireVisibleConversation } from './console.js';
import { baseMime, isAllowedMime, kindOfMime, mediaHeaders, safeFilename } from '../../media/media-policy.js';
import { getMedia, getMediaById, readContent, storeUpload, toWireAttachment } from '../../media/media-store.js';
import { openMedia } from '../../media/open-media.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const uploadQuery = z.object({ filename: z.string().trim().min(1).max(200).optional() }).strict();
const linkQuery = z.object({ exp: z.coerce.number().int().positive(), sig: z.string().min(1).max(100) }).strict();

function send(reply: FastifyReply, kind: Parameters<typeof mediaHeaders>[0], mime: string, filename: string, bytes: Buffer) {
  return reply.headers(mediaHeaders(kind, mime, filename)).send(bytes);
}

export function registerConsoleMedia(app: FastifyInstance, ctx: AppContext): void {
  const maxBytes = ctx.config.MEDIA_MAX_BYTES;

  app.get('/api/console/media/:id', async (req, reply) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const row = await getMedia(ctx.store.db, user.tenantId, id);
    if (!row) throw new ApiError(404, 'not_found', `attachment ${id} not found`);
    await requireVisibleConversation(ctx, user, row.conversation_id);
    const opened = await openMedia({ db: ctx.store.db, accounts: ctx.channelAccounts, platform: ctx.channelPlatform, maxBytes }, row);
    if (!opened.ok) throw new ApiError(opened.status, opened.code, opened.message);
    return send(reply, row.kind, opened.mime, row.filename ?? `${row.kind}-${row.id}`, opened.bytes);
  });

  app.get('/media/:id', async (req, reply) => {
    const { id } = parseWith(idParams, req.params);
    const { exp, sig } = parseWith(linkQuery, req.query);
    if (!ctx.mediaLinks.verify(id, exp, sig)) throw new ApiError(403, 'forbidden', 'this link is not valid or has expired');
    const row = await getMediaById(ctx.store.db, id);
    // Only agents' files are ever linked; a shopper's file never leaves through this route.
    const content = row && row.direction === 'out' ? await readContent(ctx.store.db, row.tenant_id, row.id) : undefined;
    if (!row || !content || !isAllowedMime(content.mime)) throw new ApiError(404, 'not_found', `attachment ${id} not found`);
    return send(reply, row.kind, content.mime, row.filename ?? row.id, content.bytes);
  });

  // Uploads are the raw file as the body, its type in Content-Type and its name in ?filename=.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) => done(null, body));
    scope.addHook('onRequest', async (req) => {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > maxBytes) throw new ApiError(413, 'payload_too_large', `the file exceeds ${maxBytes} bytes (MEDIA_MAX_BYTES)`);
    });
    scope.post('/api/console/conversations/:id/attachments', async (req, reply) => {
      const user = await requireUser(ctx, req);
      const { id } = parseWith(idParams, req.params);
      const { filename } = parseWith(uploadQuery, req.query);
      const conv = await ctx.store.db.selectFrom('conversations').select('id').where('id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
      if (!conv) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
      await requireVisibleConversation(ctx, user, id);
      const mime = baseMime(req.headers['content-type']);
      if (!isAllowedMime(mime)) throw new ApiError(415, 'unsupported_media_type', `files of type ${mime ?? 'unknown'} cannot be attached (images, video, audio, PDF, office documents, text)`);
      const bytes = req.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ApiError(400, 'invalid_request', 'the file is empty');
      const kind = kindOfMime(mime);
      const row = await storeUpload(ctx.store.db, { tenantId: user.tenantId, conversationId: id, userId: user.id, kind, mime: mime!, filename: safeFilename(filename, `${kind}.${mime!.split('/')[1]}`), bytes });
      return reply.code(201).send({ attachment: toWireAttachment(row) });
    });
  });
}
