// Lazada IM (seller chat) on the Lazada Open Platform: pushes signed with the app secret over
// app key + body, IM pushes parsed into messages, replies sent to the buyer's session with signed
// calls on the venture's API host and a refreshed access token. Lazada publishes no text limit for
// /im/message/send we could confirm; replies are split at 1,000 characters and options are numbered.
import { checkPushEnvelope, verifyAppKeySignedPush } from '../marketplace-push.js';
import { defineChannel } from '../types.js';
import { refreshLazadaToken, sendLazadaMessage } from './lazada-api.js';
import { parseLazadaPush } from './push-payload.js';
import { lazadaConfigSchema, lazadaSecretsSchema, type LazadaConfig, type LazadaSecrets } from './settings.js';

export const lazadaChannel = defineChannel<LazadaConfig, LazadaSecrets>({
  type: 'lazada',
  title: 'Lazada seller chat',
  capabilities: { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 0, buttons: false, cards: false, media: false, maxTextChars: 1000 },
  configSchema: lazadaConfigSchema,
  secretsSchema: lazadaSecretsSchema,
  externalIdOf: (c) => c.sellerId,
  usesThreads: true,
  verify(req, account) {
    const signed = verifyAppKeySignedPush(req, account.config.appKey, account.secrets.appSecret);
    if (!signed.ok) return signed;
    return checkPushEnvelope(req.body, { shopId: account.config.sellerId, shopField: 'seller_id', windowSeconds: account.config.replayWindowSeconds });
  },
  parse: (body) => parseLazadaPush(body),
  tokens: {
    initialRefreshToken: (secrets) => secrets.refreshToken,
    refresh: (refreshToken, account, http, env) => refreshLazadaToken(refreshToken, account.config, account.secrets, http, env),
  },
  async send(req, account, http, env) {
    const sessionId = req.thread?.sessionId;
    if (typeof sessionId !== 'string') return { ok: false, permanent: true, error: 'no Lazada chat session with this buyer yet (replies go to a session the buyer opened)' };
    if (!req.accessToken) return { ok: false, permanent: false, error: 'no Lazada access token yet' };
    return sendLazadaMessage(sessionId, req.part, req.accessToken, account.config, account.secrets, http, env);
  },
  ratePerSecond: (account) => account.config.ratePerSecond,
});
