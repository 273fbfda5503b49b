// A Telegram bot account: the token from @BotFather and the secret token Telegram echoes in
// X-Telegram-Bot-Api-Secret-Token on every webhook (generated when not given).
import { z } from 'zod';

export const telegramConfigSchema = z
  .object({
    /** Messages per second for the whole bot (Telegram's guidance: about 30/s). */
    ratePerSecond: z.number().int().min(1).max(1000).default(30),
  })
  .strict();

export const telegramSecretsSchema = z
  .object({
    botToken: z.string().regex(/^\d{3,20}:[A-Za-z0-9_-]{30,100}$/, 'must be the bot token from @BotFather, like 123456789:AA…'),
    secretToken: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -'),
  })
  .strict();

export type TelegramConfig = z.infer<typeof telegramConfigSchema>;
export type TelegramSecrets = z.infer<typeof telegramSecretsSchema>;
