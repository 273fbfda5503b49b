// Shopee seller chat (Open Platform v2): pushes signed with the partner key over "<callback url>|body",
// code 10 (webchat) pushes parsed into messages, replies through sellerchat/send_message with
// shop-level signed calls, access tokens (4 hours) refreshed with the shop's refresh token. Shopee
// publishes no text limit for send_message; replies are split at 1,000 characters, and options are
// numbered (Shopee chat has no quick replies for apps).
import { checkPushEnvelope } from '../marketplace-push.js';
import { defineChannel } from '../types.js';
import { parseShopeePush } from './push-payload.js';
import { refreshShopeeToken, sendShopeeMessage } from './shopee-api.js';
import { shopeeConfigSchema, shopeeSecretsSchema, type ShopeeConfig, type ShopeeSecrets } from './settings.js';
import { verifyShopeePush } from './signing.js';

export const shopeeChannel = defineChannel<ShopeeConfig, ShopeeSecrets>({
  type: 'shopee',
  title: 'Shopee seller chat',
  capabilities: { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 0, buttons: false, cards: false, media: false, maxTextChars: 1000 },
  configSchema: shopeeConfigSchema,
  secretsSchema: shopeeSecretsSchema,
  externalIdOf: (c) => c.shopId,
  verify(req, account) {
    const signed = verifyShopeePush(req, account.secrets.partnerKey);
    if (!signed.ok) return signed;
    return checkPushEnvelope(req.body, { shopId: account.config.shopId, shopField: 'shop_id', windowSeconds: account.config.replayWindowSeconds });
  },
  parse: (body, account) => parseShopeePush(body, account.config.shopId),
  tokens: {
    initialRefreshToken: (secrets) => secrets.refreshToken,
    refresh: (refreshToken, account, http, env) => refreshShopeeToken(refreshToken, account.config, account.secrets, http, env),
  },
  async send(req, account, http, env) {
    if (!req.accessToken) return { ok: false, permanent: false, error: 'no Shopee access token yet' };
    return sendShopeeMessage(req.to, req.part, req.accessToken, account.config, account.secrets, http, env);
  },
  ratePerSecond: (account) => account.config.ratePerSecond,
});
