// Sends replies over SMTP with nodemailer, one pooled transport per account (kept while its settings
// are unchanged). SMTP answers decide the retry: 4xx is temporary, 5xx permanent; a connection
// failure is retried.
import nodemailer, { type Transporter } from 'nodemailer';
import type { SendResult } from '../types.js';
import { composeReply, newMessageId } from './compose-reply.js';
import type { EmailConfig, EmailSecrets, EmailThread } from './settings.js';
import type { OutboundPart } from '../types.js';

const transports = new Map<string, { key: string; transport: Transporter }>();

function transportFor(accountId: string, config: EmailConfig, secrets: EmailSecrets): Transporter {
  const key = JSON.stringify([config.smtp, secrets.smtpPassword ?? '']);
  const hit = transports.get(accountId);
  if (hit && hit.key === key) return hit.transport;
  hit?.transport.close();
  const s = config.smtp;
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: s.host,
    port: s.port,
    secure: s.secure,
    requireTLS: !s.secure && !s.allowPlaintext,
    ignoreTLS: s.allowPlaintext && !s.secure,
    ...(s.user ? { auth: { user: s.user, pass: secrets.smtpPassword ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  transports.set(accountId, { key, transport });
  return transport;
}

export function closeEmailTransports(): void {
  for (const { transport } of transports.values()) transport.close();
  transports.clear();
}

export async function sendEmail(accountId: string, to: string, part: OutboundPart, thread: EmailThread | undefined, config: EmailConfig, secrets: EmailSecrets): Promise<SendResult> {
  const messageId = newMessageId(config.address);
  try {
    // The file itself goes in the mail (no link to expire): read from our media table at send time.
    const attachments = part.media ? [{ filename: part.media.filename, contentType: part.media.mime, content: await part.media.load() }] : [];
    await transportFor(accountId, config, secrets).sendMail({ ...composeReply(config, to, part, thread, messageId), ...(attachments.length > 0 ? { attachments } : {}) });
    return { ok: true, externalId: messageId };
  } catch (err) {
    const e = err as { responseCode?: number; message: string };
    const error = `SMTP${e.responseCode ? ` ${e.responseCode}` : ''}: ${e.message}`.slice(0, 500);
    return { ok: false, error, permanent: e.responseCode !== undefined && e.responseCode >= 500 };
  }
}
