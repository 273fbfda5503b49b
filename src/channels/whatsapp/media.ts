// WhatsApp media: inbound files are fetched in two steps (GET /{media-id} gives a short-lived URL, then
// that URL with the same bearer token). Outbound attachments are sent by link (our signed URL, which
// Meta fetches), so no upload step is needed: image / video / audio / document messages.
import { z } from 'zod';
import { downloadMedia, getJson } from '../media-download.js';
import type { ChannelEnv, ChannelHttp, FetchedMedia, OutboundPart } from '../types.js';

const located = z.object({ url: z.string().regex(/^https?:\/\//), mime_type: z.string().max(200).optional() });

export async function fetchWhatsAppMedia(mediaId: string, accessToken: string, http: ChannelHttp, env: ChannelEnv, maxBytes: number): Promise<FetchedMedia> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const meta = await getJson(http, `${env.graphApiUrl.replace(/\/$/, '')}/${env.graphApiVersion}/${encodeURIComponent(mediaId)}`, auth);
  if (!meta.ok) return meta;
  const l = located.safeParse(meta.json);
  if (!l.success) return { ok: false, gone: false, error: 'the media lookup has no url' };
  const got = await downloadMedia(http, l.data.url, auth, maxBytes);
  return got.ok && !got.mime && l.data.mime_type ? { ...got, mime: l.data.mime_type } : got;
}

/** The message that carries an attachment; the text becomes its caption (audio takes none). */
export function mediaMessageBody(to: string, part: OutboundPart & { media: NonNullable<OutboundPart['media']> }): Record<string, unknown> {
  const m = part.media;
  const type = m.kind === 'file' ? 'document' : m.kind;
  const caption = part.text && type !== 'audio' ? { caption: part.text.slice(0, 1024) } : {};
  return { messaging_product: 'whatsapp', recipient_type: 'individual', to, type, [type]: { link: m.url, ...caption, ...(type === 'document' ? { filename: m.filename } : {}) } };
}
