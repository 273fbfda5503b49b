// The reply as nodemailer mail options: in the shopper's thread (Subject "Re: …", In-Reply-To the
// message answered, References the chain), plain text with the quick replies as a numbered list
// (e-mail has no buttons), and a Message-ID of our own so the shopper's answer threads back to us.
import { randomBytes } from 'node:crypto';
import type { OutboundPart } from '../types.js';
import type { EmailConfig, EmailThread } from './settings.js';

export function replySubject(subject: string | undefined): string {
  const s = (subject ?? '').trim();
  if (!s) return 'Re: your message';
  return /^re:/i.test(s) ? s : `Re: ${s}`;
}

export function newMessageId(address: string): string {
  return `<${Date.now().toString(36)}.${randomBytes(8).toString('hex')}@${address.split('@')[1]}>`;
}

export function composeReply(config: EmailConfig, to: string, part: OutboundPart, thread: EmailThread | undefined, messageId: string) {
  return {
    from: config.fromName ? { name: config.fromName, address: config.address } : config.address,
    to,
    subject: replySubject(thread?.subject),
    text: part.text || (part.media ? `[attachment: ${part.media.filename}]` : ''),
    messageId,
    ...(thread ? { inReplyTo: thread.messageId, references: thread.references } : {}),
    headers: { 'Auto-Submitted': 'auto-replied' },
  };
}
