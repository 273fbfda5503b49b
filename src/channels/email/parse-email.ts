// Reads one raw RFC 5322 message (mailparser) into a normalised event: the sender as the customer
// (their address is also their verified e-mail), the visible text of the reply — HTML converted to
// text (html-to-text) and the quoted history and signature removed (email-reply-parser) — and the
// threading headers a reply needs. Auto-replies, bounces, mailing-list mail and our own mail are
// skipped, so two robots never answer each other forever.
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { convert } from 'html-to-text';
import EmailReplyParser from 'email-reply-parser';
import { messageTextSchema } from '../../api/validation.js';
import type { ChannelEvent, InboundAttachment } from '../types.js';
import { kindOfMime } from '../../media/media-policy.js';
import type { EmailThread } from './settings.js';

const MAX_REFERENCES = 20;
const MAX_ATTACHMENTS = 20;

export type ParsedEmail = { ok: true; event?: Extract<ChannelEvent, { kind: 'message' }> } | { ok: false; reason: string };

function firstAddress(a: AddressObject | AddressObject[] | undefined): { address: string; name?: string } | undefined {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  for (const obj of list) for (const v of obj.value) if (v.address) return { address: v.address.toLowerCase(), ...(v.name ? { name: v.name } : {}) };
  return undefined;
}

function isAutomated(headers: Map<string, unknown>): boolean {
  const auto = String(headers.get('auto-submitted') ?? 'no').toLowerCase();
  const precedence = String(headers.get('precedence') ?? '').toLowerCase();
  return auto !== 'no' || ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence) || headers.has('list-id') || headers.has('list') || headers.has('x-autoreply') || headers.has('x-autorespond');
}

export function visibleText(text: string): string {
  const visible = new EmailReplyParser().parseReply(text.replace(/\r\n/g, '\n')).trim();
  return visible || text.trim();
}

export async function parseEmail(raw: Buffer, ownAddress: string): Promise<ParsedEmail> {
  let mail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  } catch (err) {
    return { ok: false, reason: `not a parsable e-mail: ${(err as Error).message}` };
  }
  const from = firstAddress(mail.from);
  if (!from) return { ok: false, reason: 'no From address' };
  if (from.address === ownAddress.toLowerCase() || isAutomated(mail.headers as Map<string, unknown>)) return { ok: true };
  if (/^(mailer-daemon|postmaster|no-?reply)@/i.test(from.address)) return { ok: true };
  const body = mail.text?.trim() ? mail.text : mail.html ? convert(mail.html, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }, { selector: 'a', options: { ignoreHref: true } }] }) : '';
  let text = visibleText(body);
  const files = mail.attachments.filter((a) => a.contentDisposition !== 'inline');
  if (files.length > 0) text = [text, ...files.map((a) => `[attachment: ${a.filename ?? a.contentType}]`)].filter(Boolean).join('\n');
  // The bytes come with the mail (there is nothing to fetch later): kept at receive time, within the cap.
  const attachments: InboundAttachment[] = files.slice(0, MAX_ATTACHMENTS).map((a) => ({ kind: kindOfMime(a.contentType), mime: a.contentType, size: a.size, ...(a.filename ? { filename: a.filename } : {}), content: a.content }));
  const subject = (mail.subject ?? '').trim().slice(0, 500);
  if (!text.trim()) text = subject;
  if (!text.trim()) return { ok: true };
  if (Buffer.byteLength(text) > 60 * 1024) text = text.slice(0, 20_000);
  if (!messageTextSchema.safeParse(text).success) return { ok: false, reason: 'the message has no usable text' };
  // Without a Message-ID the content itself identifies the mail, so a re-read is still a duplicate.
  const messageId = mail.messageId ?? `<${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@no-message-id>`;
  const refs = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  const thread: EmailThread = { subject, messageId, references: [...refs, messageId].slice(-MAX_REFERENCES) };
  return {
    ok: true,
    event: {
      kind: 'message',
      externalMessageId: messageId.slice(0, 500),
      from: { externalId: from.address, email: from.address, ...(from.name ? { name: from.name.slice(0, 200) } : {}), verified: { email: from.address } },
      text,
      receivedAt: mail.date?.getTime() ?? Date.now(),
      thread: { ...thread },
      ...(attachments.length > 0 ? { attachments } : {}),
    },
  };
}
