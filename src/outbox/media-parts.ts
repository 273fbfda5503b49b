// An agent's attachments as parts for the channel: a media part per file where the platform shows
// attachments (it fetches our signed link, or e-mail reads the bytes), otherwise a text part with the
// link. Without signing (no public media route configured) a file cannot leave at all, so it is named.
import type { Kysely } from 'kysely';
import type { WireAttachment } from '../api/protocol.js';
import { mediaLinkText } from '../channels/media-fallback.js';
import type { ChannelCapabilities, OutboundPart } from '../channels/types.js';
import type { MediaLinks } from '../media/media-links.js';
import { readContent } from '../media/media-store.js';
import type { Database } from '../store/schema.js';

export function outboundMediaParts(db: Kysely<Database>, tenantId: string, files: WireAttachment[], caps: ChannelCapabilities, links: MediaLinks | undefined): OutboundPart[] {
  return files.map((f) => {
    const filename = f.filename ?? f.id;
    if (!links) return { text: `[attachment: ${filename}]` };
    const url = links.url(f.id);
    if (!caps.media) return { text: mediaLinkText('', { filename, url }) };
    return {
      text: '',
      media: {
        kind: f.kind,
        mime: f.mime ?? 'application/octet-stream',
        filename,
        size: f.size ?? 0,
        url,
        load: async () => {
          const c = await readContent(db, tenantId, f.id);
          if (!c) throw new Error(`attachment ${f.id} has no stored bytes`);
          return c.bytes;
        },
      },
    };
  });
}
