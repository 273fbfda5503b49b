// A WhatsApp account's settings (the Cloud API phone number and its approved templates) and secrets.
import { z } from 'zod';

export const whatsappTemplateSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'must be the template name as approved in WhatsApp Manager (lowercase, digits, _)'),
    language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'must be a template language code such as en_US or id'),
    /** "reopen": sent when a reply must go out after the 24-hour window has closed. */
    purpose: z.literal('reopen'),
    /** 1 when the template body has one {{1}} parameter that carries the reply text. */
    bodyParameters: z.union([z.literal(0), z.literal(1)]).default(0),
  })
  .strict();

export const whatsappConfigSchema = z
  .object({
    phoneNumberId: z.string().regex(/^\d{5,20}$/, 'must be the phone number ID shown in WhatsApp Manager (digits)'),
    businessAccountId: z.string().regex(/^\d{5,20}$/).optional(),
    /** Messages per second this number may send (Cloud API default 80; up to 1,000 when upgraded). */
    throughputPerSecond: z.number().int().min(1).max(1000).default(80),
    templates: z.array(whatsappTemplateSchema).max(50).default([]),
  })
  .strict();

export const whatsappSecretsSchema = z
  .object({
    accessToken: z.string().min(20).max(1000),
    appSecret: z.string().min(16).max(200),
    verifyToken: z.string().min(16).max(200),
  })
  .strict();

export type WhatsAppTemplate = z.infer<typeof whatsappTemplateSchema>;
export type WhatsAppConfig = z.infer<typeof whatsappConfigSchema>;
export type WhatsAppSecrets = z.infer<typeof whatsappSecretsSchema>;
