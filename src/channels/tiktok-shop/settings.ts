// A TikTok Shop connected through the merchant's own Partner Center app: the app key and secret,
// the shop id (webhooks name it) and shop cipher (API calls name it), and the refresh token from the
// shop's authorization (access tokens last 7 days and are refreshed by Peakdesk).
import { z } from 'zod';

export const tiktokShopConfigSchema = z
  .object({
    appKey: z.string().regex(/^[A-Za-z0-9]{4,40}$/, 'must be the App key from TikTok Shop Partner Center'),
    shopId: z.string().regex(/^\d{1,30}$/, 'must be the shop id (digits) from Get Authorized Shops'),
    shopCipher: z.string().regex(/^[A-Za-z0-9_-]{4,200}$/, 'must be the shop cipher from Get Authorized Shops'),
    /** Sends per second for this shop (the Partner API limits calls per app and shop; keep well below). */
    ratePerSecond: z.number().int().min(1).max(50).default(5),
    /** Oldest webhook accepted, by the timestamp TikTok signs into it (TikTok retries failed deliveries). */
    replayWindowSeconds: z.number().int().min(60).max(86_400).default(3_600),
  })
  .strict();

export const tiktokShopSecretsSchema = z
  .object({
    appSecret: z.string().min(8).max(200),
    refreshToken: z.string().min(8).max(1000),
  })
  .strict();

export type TiktokShopConfig = z.infer<typeof tiktokShopConfigSchema>;
export type TiktokShopSecrets = z.infer<typeof tiktokShopSecretsSchema>;
