// E-mail: shoppers' mail is read from an IMAP mailbox (src/channels/email/imap-inbox.ts, IDLE), replies
// leave by SMTP in the same thread. No webhook. E-mail has no buttons: quick replies become numbered
// text; long answers stay in one message (100,000 characters).
import { defineChannel } from '../types.js';
import { sendEmail } from './send-email.js';
import { emailConfigSchema, emailSecretsSchema, type EmailConfig, type EmailSecrets, type EmailThread } from './settings.js';

export const emailChannel = defineChannel<EmailConfig, EmailSecrets>({
  type: 'email',
  title: 'E-mail (IMAP + SMTP)',
  capabilities: { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 0, buttons: false, cards: false, media: true, maxTextChars: 100_000 },
  configSchema: emailConfigSchema,
  secretsSchema: emailSecretsSchema,
  externalIdOf: (c) => c.address.toLowerCase(),
  usesThreads: true,
  receivesWebhooks: false,
  verify: () => ({ ok: false, status: 401, reason: 'e-mail accounts receive mail by IMAP, not by webhook' }),
  parse: () => ({ ok: false, reason: 'e-mail accounts receive mail by IMAP, not by webhook' }),
  send: (req, account, _http, _env) => sendEmail(account.id, req.to, req.part, req.thread as EmailThread | undefined, account.config, account.secrets),
  ratePerSecond: (account) => account.config.ratePerSecond,
});
