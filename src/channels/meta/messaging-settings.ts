// Settings shared by Messenger and Instagram accounts: the Page access token that sends, the app
// secret that signs webhooks, the verify token of the setup handshake, and the human-agent switch.
import { z } from 'zod';

export const metaMessagingSecretsSchema = z
  .object({
    pageAccessToken: z.string().min(20).max(1000),
    appSecret: z.string().min(16).max(200),
    verifyToken: z.string().min(16).max(200),
  })
  .strict();

const common = {
  /** True once Meta granted the app the Human Agent permission (agents may answer for 7 days). */
  humanAgentTag: z.boolean().default(false),
  ratePerSecond: z.number().int().min(1).max(1000).default(50),
};

export const messengerConfigSchema = z.object({ pageId: z.string().regex(/^\d{5,20}$/, 'must be the Facebook Page ID (digits)'), ...common }).strict();
export const instagramConfigSchema = z.object({ instagramAccountId: z.string().regex(/^\d{5,20}$/, 'must be the Instagram professional account ID (digits)'), ...common }).strict();

export type MetaMessagingSecrets = z.infer<typeof metaMessagingSecretsSchema>;
export type MessengerConfig = z.infer<typeof messengerConfigSchema>;
export type InstagramConfig = z.infer<typeof instagramConfigSchema>;
