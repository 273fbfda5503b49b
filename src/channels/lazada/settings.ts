// A Lazada seller connected through the merchant's own Lazada Open Platform app: the app key and
// secret, the seller id (pushes name it), the venture (region) whose API host serves the seller, and
// the refresh token from the seller's authorization (access tokens are refreshed by Peakdesk).
import { z } from 'zod';

/** Each venture has its own API host. */
export const LAZADA_API_HOSTS = {
  sg: 'https://api.lazada.sg/rest',
  my: 'https://api.lazada.com.my/rest',
  th: 'https://api.lazada.co.th/rest',
  vn: 'https://api.lazada.vn/rest',
  ph: 'https://api.lazada.com.ph/rest',
  id: 'https://api.lazada.co.id/rest',
} as const;

export const lazadaConfigSchema = z
  .object({
    appKey: z.string().regex(/^\d{4,20}$/, 'must be the App Key from the Lazada Open Platform console (digits)'),
    sellerId: z.string().regex(/^\d{1,30}$/, 'must be the seller_id of the authorized seller (digits)'),
    region: z.enum(['sg', 'my', 'th', 'vn', 'ph', 'id']),
    /** Sends per second for this seller (Lazada limits calls per app and seller; keep well below). */
    ratePerSecond: z.number().int().min(1).max(50).default(5),
    /** Oldest push accepted, by the timestamp Lazada signs into it. */
    replayWindowSeconds: z.number().int().min(60).max(86_400).default(3_600),
  })
  .strict();

export const lazadaSecretsSchema = z
  .object({
    appSecret: z.string().min(8).max(200),
    refreshToken: z.string().min(8).max(1000),
  })
  .strict();

export type LazadaConfig = z.infer<typeof lazadaConfigSchema>;
export type LazadaSecrets = z.infer<typeof lazadaSecretsSchema>;
