// TikTok Shop Partner API (202309+) signatures. Requests: sign = hex HMAC-SHA256 with the app secret
// over app_secret + path + the query parameters (but sign and access_token) sorted by name as
// name+value + the JSON body + app_secret; the access token rides in x-tts-access-token. Webhooks:
// signed over app_key + raw body, checked by verifyAppKeySignedPush (../marketplace-push.ts).
import { createHmac } from 'node:crypto';

export function tiktokSign(appSecret: string, path: string, params: Record<string, string>, body: string): string {
  const sorted = Object.keys(params)
    .filter((k) => k !== 'sign' && k !== 'access_token')
    .sort()
    .map((k) => `${k}${params[k]}`)
    .join('');
  return createHmac('sha256', appSecret).update(`${appSecret}${path}${sorted}${body}${appSecret}`).digest('hex');
}

export function signedTiktokUrl(apiUrl: string, path: string, params: Record<string, string>, appSecret: string, body: string): string {
  const q = new URLSearchParams({ ...params, sign: tiktokSign(appSecret, path, params, body) });
  return `${apiUrl.replace(/\/$/, '')}${path}?${q.toString()}`;
}
