// What attachments we accept, store and serve. Only types a browser shows as an image, plays as
// video/audio, or downloads as a document; nothing that a browser would run (HTML, SVG, scripts).
// Served bytes always carry nosniff and a Content-Disposition, so even a mislabelled file never
// renders as a page of ours.
import type { MediaKind } from '../channels/types.js';

const ALLOWED: Record<string, MediaKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'video/mp4': 'video',
  'video/3gpp': 'video',
  'video/quicktime': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/aac': 'audio',
  'audio/ogg': 'audio',
  'audio/amr': 'audio',
  'application/pdf': 'file',
  'text/plain': 'file',
  'text/csv': 'file',
  'application/msword': 'file',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'file',
  'application/vnd.ms-excel': 'file',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'file',
  'application/zip': 'file',
};

/** "image/JPEG; charset=x" → "image/jpeg". */
export function baseMime(mime: string | undefined): string | undefined {
  const m = mime?.split(';')[0]?.trim().toLowerCase();
  return m ? m : undefined;
}

export function isAllowedMime(mime: string | undefined): boolean {
  const m = baseMime(mime);
  return m !== undefined && Object.hasOwn(ALLOWED, m);
}

export function kindOfMime(mime: string | undefined): MediaKind {
  const m = baseMime(mime);
  return m && Object.hasOwn(ALLOWED, m) ? ALLOWED[m]! : 'file';
}

/** A file name safe to show and to put in a header: no paths, no control or quote characters. */
export function safeFilename(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || fallback;
}

/** Images are shown inline (the console's thumbnails); everything else downloads. */
export function contentDisposition(kind: MediaKind, filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  return `${kind === 'image' ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Headers every served attachment carries. */
export function mediaHeaders(kind: MediaKind, mime: string, filename: string): Record<string, string> {
  return {
    'content-type': mime,
    'content-disposition': contentDisposition(kind, filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, max-age=86400',
  };
}
