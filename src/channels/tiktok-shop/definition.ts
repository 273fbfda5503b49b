// TikTok Shop customer service (Partner API 202309+): webhooks signed with the app secret over
// app_key + body, NEW_MESSAGE webhooks parsed into messages, replies sent to the buyer's
// conversation with signed requests and a refreshed access token. The API documents no text limit
// we could confirm; replies are split at 1,000 characters and options are numbered (no quick replies).
import { checkPushEnvelope, verifyAppKeySignedPush } from '../marketplace-push.js';
import { defineChannel } from '../types.js';
import { tiktokShopConfigSchema, tiktokShopSecretsSchema, type TiktokShopConfig, type TiktokShopSecrets } from './settings.js';
import { refreshTiktokToken, sendTiktokMessage } from './tiktok-api.js';
import { parseTiktokWebhook } from './webhook-payload.js';

export const tiktokShopChannel = defineChannel<TiktokShopConfig, TiktokShopSecrets>({
  type: 'tiktokshop',
  title: 'TikTok Shop customer service',
  capabilities: { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 0, buttons: false, cards: false, media: false, maxTextChars: 1000 },
  configSchema: tiktokShopConfigSchema,
  secretsSchema: tiktokShopSecretsSchema,
  externalIdOf: (c) => c.shopId,
  usesThreads: true,
  verify(req, account) {
    const signed = verifyAppKeySignedPush(req, account.config.appKey, account.secrets.appSecret);
    if (!signed.ok) return signed;
    return checkPushEnvelope(req.body, { shopId: account.config.shopId, shopField: 'shop_id', windowSeconds: account.config.replayWindowSeconds });
  },
  parse: (body) => parseTiktokWebhook(body),
  tokens: {
    initialRefreshToken: (secrets) => secrets.refreshToken,
    refresh: (refreshToken, account, http, env) => refreshTiktokToken(refreshToken, account.config, account.secrets, http, env),
  },
  async send(req, account, http, env) {
    const conversationId = req.thread?.conversationId;
    if (typeof conversationId !== 'string') return { ok: false, permanent: true, error: 'no TikTok Shop conversation with this buyer yet (TikTok replies go to a conversation the buyer opened)' };
    if (!req.accessToken) return { ok: false, permanent: false, error: 'no TikTok Shop access token yet' };
    return sendTiktokMessage(conversationId, req.part, req.accessToken, account.config, account.secrets, http, env);
  },
  ratePerSecond: (account) => account.config.ratePerSecond,
});
