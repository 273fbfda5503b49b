// WhatsApp Business Cloud API: what it can show, how its webhooks are verified and parsed, and how
// replies are sent. Limits from Meta's docs: text bodies up to 4,096 characters, interactive bodies up
// to 1,024, reply buttons up to 3 (20-character titles), list rows up to 10 (24 characters).
import { newSecret } from '../../runtime/ids.js';
import { hubHandshake, verifyHubRequest } from '../meta/hub-handshake.js';
import { defineChannel } from '../types.js';
import { fetchWhatsAppMedia } from './media.js';
import { CUSTOMER_SERVICE_WINDOW_MS, sendWhatsApp } from './send-message.js';
import { whatsappConfigSchema, whatsappSecretsSchema, type WhatsAppConfig, type WhatsAppSecrets } from './settings.js';
import { parseWhatsAppWebhook } from './webhook-payload.js';

export const whatsappChannel = defineChannel<WhatsAppConfig, WhatsAppSecrets>({
  type: 'whatsapp',
  title: 'WhatsApp Business (Cloud API)',
  capabilities: {
    quickReplies: true,
    maxQuickReplies: 10,
    maxQuickReplyChars: 20,
    buttons: true,
    cards: false,
    media: true,
    maxTextChars: 4096,
    maxTextWithQuickRepliesChars: 1024,
    replyWindowMs: CUSTOMER_SERVICE_WINDOW_MS,
  },
  configSchema: whatsappConfigSchema,
  secretsSchema: whatsappSecretsSchema,
  externalIdOf: (c) => c.phoneNumberId,
  generatedSecrets: () => ({ verifyToken: newSecret('vt_') }),
  handshake: (query, account) => hubHandshake(query, account.secrets.verifyToken),
  verify: (req, account) => verifyHubRequest(req, account.secrets.appSecret),
  parse: (body, account) => parseWhatsAppWebhook(body, account.config.phoneNumberId),
  send: (req, account, http, env) => sendWhatsApp(req, account.config, account.secrets, http, env),
  fetchMedia: (source, account, http, env, maxBytes) => (source.mediaId ? fetchWhatsAppMedia(source.mediaId, account.secrets.accessToken, http, env, maxBytes) : Promise.resolve({ ok: false, gone: true, error: 'no media id' })),
  ratePerSecond: (account) => account.config.throughputPerSecond,
});
