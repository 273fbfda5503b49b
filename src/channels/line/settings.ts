// A LINE official account (Messaging API channel): its channel id, the channel secret that signs
// webhooks and the long-lived channel access token that sends.
import { z } from 'zod';

export const lineConfigSchema = z
  .object({
    channelId: z.string().regex(/^\d{5,20}$/, 'must be the Channel ID from the LINE Developers console (digits)'),
    /** Requests per second (the Messaging API allows 2,000/s for reply and push per channel). */
    ratePerSecond: z.number().int().min(1).max(2000).default(1000),
  })
  .strict();

export const lineSecretsSchema = z
  .object({
    channelSecret: z.string().regex(/^[0-9a-f]{32}$/, 'must be the 32-character channel secret from the Basic settings tab'),
    channelAccessToken: z.string().min(20).max(1000),
  })
  .strict();

export type LineConfig = z.infer<typeof lineConfigSchema>;
export type LineSecrets = z.infer<typeof lineSecretsSchema>;
