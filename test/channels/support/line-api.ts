// The Messaging API's reply and push endpoints as documented: bearer channel access token; reply
// tokens single-use (a reused or unknown one → 400 "Invalid reply token"); push with X-Line-Retry-Key
// (a UUID; a key seen before → 409); at most 5 messages, text up to 5,000 characters, up to 13
// quick-reply items with labels up to 20 characters; image messages need https originalContentUrl and
// previewImageUrl. GET /v2/bot/message/{id}/content serves what a user sent (`content`).
import type { PlatformReply, PlatformRequest } from './platform-server.js';

export function lineApi(accessToken: string, content = new Map<string, { mime: string; bytes: Buffer }>()) {
  const issued = new Set<string>();
  const retryKeys = new Set<string>();
  const handler = (req: PlatformRequest): PlatformReply => {
    if (req.headers.authorization !== `Bearer ${accessToken}`) return { status: 401, body: { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' } };
    const get = req.method === 'GET' ? /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(req.path) : null;
    if (get) {
      const c = content.get(get[1]!);
      return c ? { status: 200, raw: c.bytes, headers: { 'content-type': c.mime } } : { status: 404, body: { message: 'Not found' } };
    }
    const b = req.json as { replyToken?: string; to?: string; messages?: { type: string; text?: string; originalContentUrl?: string; previewImageUrl?: string; quickReply?: { items: { action: { label: string } }[] } }[] } | undefined;
    const messages = b?.messages ?? [];
    const https = (u: unknown) => typeof u === 'string' && u.startsWith('https://') && u.length <= 2000;
    const valid =
      messages.length >= 1 &&
      messages.length <= 5 &&
      messages.every(
        (m) =>
          (m.type === 'image' && https(m.originalContentUrl) && https(m.previewImageUrl)) ||
          (m.type === 'text' && typeof m.text === 'string' && m.text.length > 0 && m.text.length <= 5000 && (!m.quickReply || (m.quickReply.items.length <= 13 && m.quickReply.items.every((i) => i.action.label.length <= 20)))),
      );
    if (!valid) return { status: 400, body: { message: 'The request body has 1 error(s)', details: [{ message: 'invalid messages', property: 'messages' }] } };
    if (req.path === '/v2/bot/message/reply') {
      if (!b!.replyToken || !issued.delete(b!.replyToken)) return { status: 400, body: { message: 'Invalid reply token' } };
      return { status: 200, body: { sentMessages: [{ id: String(Date.now()), quoteToken: 'q' }] } };
    }
    if (req.path === '/v2/bot/message/push') {
      const key = req.headers['x-line-retry-key'];
      if (typeof key !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)) return { status: 400, body: { message: 'The value for the X-Line-Retry-Key header is invalid' } };
      if (retryKeys.has(key)) return { status: 409, body: { message: 'The retry key is already accepted' } };
      retryKeys.add(key);
      if (!b!.to) return { status: 400, body: { message: 'The property, \'to\', in the request body is invalid' } };
      return { status: 200, body: { sentMessages: [{ id: String(Date.now()), quoteToken: 'q' }] } };
    }
    return { status: 404, body: { message: 'Not found' } };
  };
  return { handler, issue: (token: string) => issued.add(token) };
}
