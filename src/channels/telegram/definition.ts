// Telegram bots (Bot API): webhooks authenticated by the secret token Telegram sends back in
// X-Telegram-Bot-Api-Secret-Token (set with setWebhook's secret_token), Update objects in, sendMessage
// out, inline-button taps acknowledged with answerCallbackQuery. Limits from the Bot API docs: 4,096
// characters per message, about 30 messages/s per bot.
import { fetchTelegramFile } from './media.js';
import { newSecret } from '../../runtime/ids.js';
import { headerValue, secretEquals } from '../hmac.js';
import { defineChannel } from '../types.js';
import { answerCallbackQuery } from './answer-callback.js';
import { sendTelegram } from './send-message.js';
import { telegramConfigSchema, telegramSecretsSchema, type TelegramConfig, type TelegramSecrets } from './settings.js';
import { parseTelegramUpdate } from './update-payload.js';

export const telegramChannel = defineChannel<TelegramConfig, TelegramSecrets>({
  type: 'telegram',
  title: 'Telegram bot',
  capabilities: { quickReplies: true, maxQuickReplies: 12, maxQuickReplyChars: 64, buttons: true, cards: false, media: true, maxTextChars: 4096 },
  configSchema: telegramConfigSchema,
  secretsSchema: telegramSecretsSchema,
  externalIdOf: (_config, secrets) => secrets.botToken.split(':')[0]!,
  generatedSecrets: () => ({ secretToken: newSecret() }),
  verify(req, account) {
    const given = headerValue(req.headers, 'x-telegram-bot-api-secret-token');
    if (given === undefined) return { ok: false, status: 401, reason: 'missing X-Telegram-Bot-Api-Secret-Token' };
    return secretEquals(account.secrets.secretToken, given) ? { ok: true } : { ok: false, status: 401, reason: 'X-Telegram-Bot-Api-Secret-Token does not match' };
  },
  parse: (body) => parseTelegramUpdate(body),
  send: (req, account, http, env) => sendTelegram(req.to, req.part, account.secrets.botToken, http, env),
  fetchMedia: (source, account, http, env, maxBytes) => (source.fileId ? fetchTelegramFile(source.fileId, account.secrets.botToken, http, env, maxBytes) : Promise.resolve({ ok: false, gone: true, error: 'no file id' })),
  acknowledge: (id, account, http, env) => answerCallbackQuery(id, account.secrets.botToken, http, env),
  ratePerSecond: (account) => account.config.ratePerSecond,
});
