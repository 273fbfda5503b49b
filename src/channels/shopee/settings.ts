// A Shopee shop connected through the merchant's own Open Platform app: the partner (app) id and key,
// the shop id, and the refresh token from the shop's authorization (access tokens last 4 hours and
// are refreshed by Peakdesk).
import { z } from 'zod';

export const shopeeConfigSchema = z
  .object({
    partnerId: z.string().regex(/^\d{1,20}$/, 'must be the Partner ID (App ID) from the Shopee Open Platform console (digits)'),
    shopId: z.string().regex(/^\d{1,20}$/, 'must be the shop_id returned when the shop authorized the app (digits)'),
    /** Sends per second for this shop (Shopee limits calls per partner and shop; keep well below). */
    ratePerSecond: z.number().int().min(1).max(50).default(5),
    /** Oldest push accepted, by the timestamp Shopee signs into it (Shopee retries a failed push for a while). */
    replayWindowSeconds: z.number().int().min(60).max(86_400).default(3_600),
  })
  .strict();

export const shopeeSecretsSchema = z
  .object({
    partnerKey: z.string().min(16).max(200),
    refreshToken: z.string().min(8).max(1000),
  })
  .strict();

export type ShopeeConfig = z.infer<typeof shopeeConfigSchema>;
export type ShopeeSecrets = z.infer<typeof shopeeSecretsSchema>;
