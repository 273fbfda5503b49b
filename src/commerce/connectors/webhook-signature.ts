// What both platforms' webhooks share: a base64 HMAC-SHA256 of the raw body compared in constant time,
// the error a route turns into a status code, and the shape of a verified delivery.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { StoreEntity } from './connector.js';

export interface VerifiedWebhook {
  /** The platform's delivery id; a repeat of it is acknowledged and not applied again. */
  deliveryId: string;
  topic: string;
  /** Normalised records to write; empty for topics we acknowledge without applying. */
  entities: StoreEntity[];
}

export class WebhookError extends Error {
  constructor(readonly status: 400 | 401, readonly code: string, message: string) {
    super(message);
  }
}

export function hmacBase64(secret: string, raw: Buffer): string {
  return createHmac('sha256', secret).update(raw).digest('base64');
}

/** True when `signature` is the base64 HMAC-SHA256 of `raw` under `secret`. */
export function signatureMatches(secret: string, raw: Buffer, signature: string | undefined): boolean {
  if (!signature || !secret) return false;
  const expected = createHmac('sha256', secret).update(raw).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function parseBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new WebhookError(400, 'invalid_json', 'the webhook body is not valid JSON');
  }
}
