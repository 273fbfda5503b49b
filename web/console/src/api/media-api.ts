// Attachments for the console: where a file's bytes are read (the session cookie authenticates the
// <img>/<a> request) and the upload of an agent's file as the raw body, typed by Content-Type.
import type { WireAttachment } from '../../../../src/api/protocol.js';
import { isRecord } from '../../../shared/wire-guards.js';
import { ApiError, errorFromResponse } from './http.js';

export function mediaUrl(id: string): string {
  return `/api/console/media/${encodeURIComponent(id)}`;
}

export async function uploadAttachment(conversationId: string, file: File): Promise<WireAttachment> {
  let response: Response;
  try {
    response = await fetch(`/api/console/conversations/${encodeURIComponent(conversationId)}/attachments?filename=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the Peakdesk server. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromResponse(response.status, body);
  if (!isRecord(body) || !isRecord(body.attachment) || typeof body.attachment.id !== 'string') throw new ApiError(response.status, 'unexpected', 'The server answered the upload unexpectedly.');
  return body.attachment as unknown as WireAttachment;
}
