// A message's files: images as thumbnails that open full size in a new tab, everything else as a
// download link with its name and size. The bytes come from the console's media route (session-checked;
// a shopper's file is fetched from the platform on first open, so a thumbnail may take a moment).
import type { WireAttachment, WireMessage } from '../../../../src/api/protocol.js';
import { mediaUrl } from '../api/media-api.js';

export function fileSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function label(a: WireAttachment): string {
  return a.filename ?? `${a.kind} attachment`;
}

export function MessageAttachments({ message }: { message: WireMessage }) {
  const files = message.attachments ?? [];
  if (files.length === 0) return null;
  return (
    <ul className="msg-attachments" aria-label="Attachments">
      {files.map((a) => (
        <li key={a.id} data-testid="attachment" data-kind={a.kind}>
          {a.kind === 'image' ? (
            <a href={mediaUrl(a.id)} target="_blank" rel="noopener noreferrer" title={`Open ${label(a)}`}>
              <img className="attachment-thumb" src={mediaUrl(a.id)} alt={label(a)} loading="lazy" />
            </a>
          ) : (
            <a href={mediaUrl(a.id)} download={a.filename ?? true} rel="noopener noreferrer" className="attachment-file">
              📎 {label(a)} {a.size !== undefined && <span className="muted">({fileSize(a.size)})</span>}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
