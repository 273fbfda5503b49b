// Instagram messaging (a professional account's DMs, through its linked Facebook Page): the same Graph
// webhooks, signature and handshake as Messenger (object "instagram"), the Send API on the Instagram
// account id, text up to 1,000 characters, quick replies (up to 13), the 24-hour window and the
// HUMAN_AGENT tag.
import { downloadMedia } from '../media-download.js';
import { newSecret } from '../../runtime/ids.js';
import { hubHandshake, verifyHubRequest } from '../meta/hub-handshake.js';
import { instagramConfigSchema, metaMessagingSecretsSchema, type InstagramConfig, type MetaMessagingSecrets } from '../meta/messaging-settings.js';
import { parseMetaMessaging } from '../meta/messaging-webhook.js';
import { sendViaSendApi, STANDARD_WINDOW_MS } from '../meta/send-api.js';
import { defineChannel } from '../types.js';

export const instagramChannel = defineChannel<InstagramConfig, MetaMessagingSecrets>({
  type: 'instagram',
  title: 'Instagram messaging',
  capabilities: { quickReplies: true, maxQuickReplies: 13, maxQuickReplyChars: 20, buttons: false, cards: true, media: true, maxTextChars: 1000, replyWindowMs: STANDARD_WINDOW_MS },
  configSchema: instagramConfigSchema,
  secretsSchema: metaMessagingSecretsSchema,
  externalIdOf: (c) => c.instagramAccountId,
  generatedSecrets: () => ({ verifyToken: newSecret('vt_') }),
  handshake: (query, account) => hubHandshake(query, account.secrets.verifyToken),
  verify: (req, account) => verifyHubRequest(req, account.secrets.appSecret),
  parse: (body, account) => parseMetaMessaging(body, 'instagram', account.config.instagramAccountId),
  fetchMedia: (source, _account, http, _env, maxBytes) => (source.url ? downloadMedia(http, source.url, {}, maxBytes) : Promise.resolve({ ok: false, gone: true, error: 'no url' })),
  send: (req, account, http, env) => sendViaSendApi(req, account.config.instagramAccountId, account.secrets.pageAccessToken, account.config.humanAgentTag, http, env),
  ratePerSecond: (account) => account.config.ratePerSecond,
});
