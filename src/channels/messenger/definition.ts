// Facebook Messenger (a Facebook Page's inbox): Graph webhooks signed with X-Hub-Signature-256, the
// hub.challenge handshake, the Send API with quick replies (up to 13, 20-character titles), 2,000
// characters per text message, the 24-hour window and the HUMAN_AGENT tag.
import { downloadMedia } from '../media-download.js';
import { newSecret } from '../../runtime/ids.js';
import { hubHandshake, verifyHubRequest } from '../meta/hub-handshake.js';
import { messengerConfigSchema, metaMessagingSecretsSchema, type MessengerConfig, type MetaMessagingSecrets } from '../meta/messaging-settings.js';
import { parseMetaMessaging } from '../meta/messaging-webhook.js';
import { sendViaSendApi, STANDARD_WINDOW_MS } from '../meta/send-api.js';
import { defineChannel } from '../types.js';

export const messengerChannel = defineChannel<MessengerConfig, MetaMessagingSecrets>({
  type: 'messenger',
  title: 'Facebook Messenger',
  capabilities: { quickReplies: true, maxQuickReplies: 13, maxQuickReplyChars: 20, buttons: true, cards: true, media: true, maxTextChars: 2000, replyWindowMs: STANDARD_WINDOW_MS },
  configSchema: messengerConfigSchema,
  secretsSchema: metaMessagingSecretsSchema,
  externalIdOf: (c) => c.pageId,
  generatedSecrets: () => ({ verifyToken: newSecret('vt_') }),
  handshake: (query, account) => hubHandshake(query, account.secrets.verifyToken),
  verify: (req, account) => verifyHubRequest(req, account.secrets.appSecret),
  parse: (body, account) => parseMetaMessaging(body, 'page', account.config.pageId),
  fetchMedia: (source, _account, http, _env, maxBytes) => (source.url ? downloadMedia(http, source.url, {}, maxBytes) : Promise.resolve({ ok: false, gone: true, error: 'no url' })),
  send: (req, account, http, env) => sendViaSendApi(req, account.config.pageId, account.secrets.pageAccessToken, account.config.humanAgentTag, http, env),
  ratePerSecond: (account) => account.config.ratePerSecond,
});
