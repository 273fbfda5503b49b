// For a channel (or a kind of file) the platform cannot show: the attachment travels as a link in text.
import type { OutboundMedia } from './types.js';

export function mediaLinkText(text: string, media: Pick<OutboundMedia, 'filename' | 'url'>): string {
  return [text.trim(), `${media.filename}: ${media.url}`].filter(Boolean).join('\n');
}
