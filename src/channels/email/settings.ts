// An e-mail account: the support address, the SMTP server replies leave by and the IMAP mailbox
// shoppers' mail is read from; passwords are secrets.
import { z } from 'zod';

const server = {
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  /** TLS from the first byte (465 / 993); otherwise STARTTLS is required unless allowPlaintext. */
  secure: z.boolean().default(true),
  user: z.string().min(1).max(320).optional(),
  /** Only for a server on a private network or in tests: allow a connection without TLS. */
  allowPlaintext: z.boolean().default(false),
};

export const emailConfigSchema = z
  .object({
    address: z.email().max(320),
    fromName: z.string().min(1).max(200).optional(),
    smtp: z.object(server).strict(),
    imap: z.object({ ...server, mailbox: z.string().min(1).max(200).default('INBOX') }).strict(),
    /** Messages per second sent through the SMTP server. */
    ratePerSecond: z.number().int().min(1).max(100).default(5),
  })
  .strict();

export const emailSecretsSchema = z
  .object({
    smtpPassword: z.string().min(1).max(1000).optional(),
    imapPassword: z.string().min(1).max(1000).optional(),
  })
  .strict();

export type EmailConfig = z.infer<typeof emailConfigSchema>;
export type EmailSecrets = z.infer<typeof emailSecretsSchema>;

/** What a reply needs to stay in the shopper's thread. */
export interface EmailThread {
  subject: string;
  /** Message-ID of the shopper's last message (answered with In-Reply-To). */
  messageId: string;
  /** The References chain up to and including messageId (capped). */
  references: string[];
}
