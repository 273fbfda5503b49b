// The reply box's attach button: picks files, uploads each to the conversation at once (the server
// checks type and size), and lists what will go with the next reply, each removable before sending.
import { useRef, useState } from 'react';
import type { WireAttachment } from '../../../../src/api/protocol.js';
import { ApiError } from '../api/http.js';
import { uploadAttachment } from '../api/media-api.js';
import { fileSize } from './MessageAttachments.js';

export const ACCEPTED_FILES = 'image/jpeg,image/png,image/gif,image/webp,video/mp4,audio/mpeg,audio/ogg,application/pdf,text/plain,text/csv,.doc,.docx,.xls,.xlsx,.zip';
const MAX_FILES = 10;

export function AttachButton({ conversationId, files, onChange }: { conversationId: string; files: WireAttachment[]; onChange(files: WireAttachment[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(list: FileList | null): Promise<void> {
    if (!list || list.length === 0) return;
    setUploading(true);
    setError(null);
    const added: WireAttachment[] = [];
    try {
      for (const file of [...list].slice(0, MAX_FILES - files.length)) added.push(await uploadAttachment(conversationId, file));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The file could not be uploaded.');
    } finally {
      setUploading(false);
      onChange([...files, ...added]);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="attach">
      <input ref={input} type="file" multiple accept={ACCEPTED_FILES} className="visually-hidden" id={`attach-${conversationId}`} data-testid="attach-input" onChange={(e) => void upload(e.target.files)} />
      <label htmlFor={`attach-${conversationId}`} className="button" aria-disabled={uploading || files.length >= MAX_FILES}>
        {uploading ? 'Uploading…' : '📎 Attach'}
      </label>
      {files.length > 0 && (
        <ul className="pending-attachments" aria-label="Files to send">
          {files.map((f) => (
            <li key={f.id} data-testid="pending-attachment">
              {f.filename ?? f.kind} <span className="muted">{fileSize(f.size)}</span>
              <button type="button" className="link-button" aria-label={`Remove ${f.filename ?? f.kind}`} onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
