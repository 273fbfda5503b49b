// The Send API as documented for Messenger and Instagram: POST /{version}/{page-or-ig-id}/messages with
// the Page access token; {recipient:{id}, messaging_type, tag?, message:{text, quick_replies?}} →
// {recipient_id, message_id}. Enforces the documented limits (quick replies ≤ 13, titles ≤ 20
// characters; text ≤ 2,000 on Messenger, ≤ 1,000 on Instagram) and tag values; or message:{attachment:
// {type, payload:{url}}} alone. GET /cdn/<name> serves files shoppers sent (`cdn`), as Meta's CDN would.
import { graphError } from './whatsapp-graph.js';
import type { PlatformReply, PlatformRequest } from './platform-server.js';

let n = 0;

const ATTACHMENT_TYPES = ['image', 'video', 'audio', 'file'];

export function sendApi(opts: { accountIds: string[]; accessToken: string; maxText: (accountId: string) => number; cdn?: Map<string, { mime: string; bytes: Buffer }> }) {
  return (req: PlatformRequest): PlatformReply => {
    if (req.method === 'GET' && req.path.startsWith('/cdn/')) {
      const f = opts.cdn?.get(req.path.slice(5));
      return f ? { status: 200, raw: f.bytes, headers: { 'content-type': f.mime } } : { status: 404, body: {} };
    }
    const m = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(req.path);
    if (req.method !== 'POST' || !m || !opts.accountIds.includes(m[1]!)) return graphError(100, 'Unsupported post request', 400);
    if (req.headers.authorization !== `Bearer ${opts.accessToken}`) return graphError(190, 'Invalid OAuth access token', 401);
    const b = req.json as { recipient?: { id?: string }; messaging_type?: string; tag?: string; message?: { text?: string; attachment?: { type?: string; payload?: { url?: string } }; quick_replies?: { content_type: string; title: string; payload: string }[] } } | undefined;
    const qr = b?.message?.quick_replies ?? [];
    const att = b?.message?.attachment;
    const attachmentOk = att !== undefined && b?.message?.text === undefined && ATTACHMENT_TYPES.includes(att.type ?? '') && /^https?:\/\//.test(att.payload?.url ?? '');
    const ok =
      typeof b?.recipient?.id === 'string' &&
      (b.messaging_type === 'RESPONSE' || (b.messaging_type === 'MESSAGE_TAG' && b.tag === 'HUMAN_AGENT')) &&
      (attachmentOk ||
        (typeof b.message?.text === 'string' &&
          b.message.text.length > 0 &&
          b.message.text.length <= opts.maxText(m[1]!) &&
          qr.length <= 13 &&
          qr.every((q) => q.content_type === 'text' && q.title.length <= 20 && q.payload.length > 0)));
    if (!ok) return graphError(100, '(#100) Invalid parameter', 400);
    return { status: 200, body: { recipient_id: b!.recipient!.id, message_id: `m_OUT${++n}${Date.now()}` } };
  };
}
