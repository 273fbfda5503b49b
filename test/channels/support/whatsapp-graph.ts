// The WhatsApp Cloud API's send endpoint as documented: POST /{version}/{phone-number-id}/messages with
// a bearer token; answers {messaging_product, contacts:[{input, wa_id}], messages:[{id}]}, or a Graph
// error for a body that breaks the documented shape.
import type { PlatformReply, PlatformRequest } from './platform-server.js';

export function graphError(code: number, message: string, status = 400): PlatformReply {
  return { status, body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'AZ1VAk0Zl1mYbVbBFKCxhc2' } } };
}

let n = 0;

/** A file the local Graph API holds: GET /{version}/{media-id} locates it, GET /media-bytes/{id} serves it. */
export interface GraphMedia {
  mime: string;
  bytes: Buffer;
}

const MEDIA_TYPES = ['image', 'video', 'audio', 'document'];

export function whatsappGraph(opts: { phoneNumberIds: string[]; accessToken: string; media?: Map<string, GraphMedia>; publicUrl?: () => string }) {
  return (req: PlatformRequest): PlatformReply => {
    if (req.method === 'GET') {
      if (req.headers.authorization !== `Bearer ${opts.accessToken}`) return graphError(190, 'Invalid OAuth access token - Cannot parse access token', 401);
      const lookup = /^\/v\d+\.\d+\/(\d+)$/.exec(req.path);
      const bytes = /^\/media-bytes\/(\d+)$/.exec(req.path);
      const file = opts.media?.get((lookup ?? bytes)?.[1] ?? '');
      if (!file) return graphError(100, 'Unsupported get request. Object does not exist', lookup ? 400 : 404);
      if (lookup) return { status: 200, body: { messaging_product: 'whatsapp', url: `${opts.publicUrl!()}/media-bytes/${lookup[1]}`, mime_type: file.mime, sha256: 'x', file_size: file.bytes.length, id: lookup[1] } };
      return { status: 200, raw: file.bytes, headers: { 'content-type': file.mime } };
    }
    const m = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(req.path);
    if (req.method !== 'POST' || !m) return graphError(100, 'Unsupported post request', 400);
    if (req.headers.authorization !== `Bearer ${opts.accessToken}`) return graphError(190, 'Invalid OAuth access token - Cannot parse access token', 401);
    if (!opts.phoneNumberIds.includes(m[1]!)) return graphError(100, 'Unsupported post request. Object with ID does not exist', 400);
    const b = req.json as Record<string, any> | undefined;
    const ok =
      b?.messaging_product === 'whatsapp' &&
      typeof b.to === 'string' &&
      ((b.type === 'text' && typeof b.text?.body === 'string' && b.text.body.length <= 4096) ||
        (b.type === 'interactive' && typeof b.interactive?.body?.text === 'string' && b.interactive.body.text.length <= 1024 &&
          ((b.interactive.type === 'button' && b.interactive.action.buttons.length <= 3 && b.interactive.action.buttons.every((x: any) => x.reply.title.length <= 20)) ||
            (b.interactive.type === 'list' && b.interactive.action.sections[0].rows.length <= 10))) ||
        (b.type === 'template' && typeof b.template?.name === 'string' && typeof b.template.language?.code === 'string') ||
        (MEDIA_TYPES.includes(b.type) && typeof b[b.type]?.link === 'string' && /^https?:\/\//.test(b[b.type].link)));
    if (!ok) return graphError(100, '(#100) Invalid parameter', 400);
    return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: b.to, wa_id: b.to }], messages: [{ id: `wamid.OUT${++n}${Date.now()}` }] } };
  };
}
