// Boundary schemas shared by the channels: one definition gives both the check and the type.
import { z } from 'zod';

export const MAX_TEXT_BYTES = 64 * 1024;

export const messageTextSchema = z
  .string({ message: 'must be a string' })
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_TEXT_BYTES, `must be at most ${MAX_TEXT_BYTES} bytes of UTF-8`)
  .refine((s) => s.isWellFormed(), 'must be valid Unicode (no unpaired surrogates)')
  .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const localeSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en-US or zh-Hant');

export const customerSchema = z
  .object({
    externalId: z.string().trim().min(1, 'must not be empty').max(200),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    locale: localeSchema.optional(),
  })
  .strict();
