// Guards where webhooks may point: http(s) only, and (unless allowed for local testing) not at
// loopback, link-local or private addresses, so a tenant cannot make the server probe its own network.
import { isIP } from 'node:net';

const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

export function isAllowedWebhookUrl(raw: string, allowPrivate: boolean): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowPrivate) return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) return false;
  if (isIP(host) === 4) return !PRIVATE_V4.some((r) => r.test(host));
  if (isIP(host) === 6) return !(host === '::1' || /^f[cd]/i.test(host) || /^fe80/i.test(host));
  return true;
}
