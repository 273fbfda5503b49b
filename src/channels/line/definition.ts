// LINE official accounts (Messaging API): webhooks signed with X-Line-Signature (base64 HMAC-SHA256
// of the raw body with the channel secret), reply tokens preferred over push. Limits from LINE's
// docs: 5,000 characters per text message, 13 quick-reply items with 20-character labels.
import { fetchLineContent } from './media.js';
import { headerValue, hmacSha256, macMatches } from '../hmac.js';
import { defineChannel } from '../types.js';
import { sendLine } from './send-message.js';
import { lineConfigSchema, lineSecretsSchema, type LineConfig, type LineSecrets } from './settings.js';
import { parseLineWebhook } from './webhook-payload.js';

export const lineChannel = defineChannel<LineConfig, LineSecrets>({
  type: 'line',
  title: 'LINE official account',
  capabilities: { quickReplies: true, maxQuickReplies: 13, maxQuickReplyChars: 20, buttons: true, cards: false, media: true, maxTextChars: 5000 },
  configSchema: lineConfigSchema,
  secretsSchema: lineSecretsSchema,
  externalIdOf: (config) => config.channelId,
  usesReplyTokens: true,
  verify(req, account) {
    const header = headerValue(req.headers, 'x-line-signature');
    if (!header) return { ok: false, status: 401, reason: 'missing X-Line-Signature' };
    const given = Buffer.from(header.trim(), 'base64');
    return macMatches(hmacSha256(account.secrets.channelSecret, req.body), given) ? { ok: true } : { ok: false, status: 401, reason: 'X-Line-Signature does not match the body' };
  },
  parse: (body) => parseLineWebhook(body),
  fetchMedia: (source, account, http, env, maxBytes) => fetchLineContent(source, account.secrets.channelAccessToken, http, env, maxBytes),
  send: (req, account, http, env) => sendLine({ to: req.to, part: req.part, idempotencyKey: req.idempotencyKey, ...(req.replyToken ? { replyToken: req.replyToken } : {}) }, account.secrets.channelAccessToken, http, env),
  ratePerSecond: (account) => account.config.ratePerSecond,
});
