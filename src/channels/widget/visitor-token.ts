// Anonymous widget visitors: the server issues `v1.<tenant>.<visitor id>.<HMAC>` and the widget keeps it
// in localStorage. Only the server can mint one, so nobody can read another visitor's conversation by
// guessing an id, and a token from one shop is worthless on another.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

function mac(secret: string, tenantId: string, visitorId: string): string {
  return createHmac('sha256', secret).update(`${tenantId}.${visitorId}`).digest('base64url');
}

export function issueVisitorToken(secret: string, tenantId: string): { token: string; visitorId: string } {
  const visitorId = 'v_' + randomBytes(12).toString('base64url');
  return { token: `v1.${tenantId}.${visitorId}.${mac(secret, tenantId, visitorId)}`, visitorId };
}

/** The visitor id when the token is genuine and for this tenant, else undefined. */
export function verifyVisitorToken(secret: string, tenantId: string, token: string | undefined): string | undefined {
  if (!token || token.length > 300) return undefined;
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || parts[1] !== tenantId) return undefined;
  const expected = Buffer.from(mac(secret, tenantId, parts[2]!));
  const given = Buffer.from(parts[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? parts[2] : undefined;
}
