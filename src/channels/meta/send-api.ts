// The Send API shared by Messenger (POST /{page-id}/messages) and Instagram (POST /{ig-id}/messages).
// Within 24 hours of the shopper's last message a reply is a RESPONSE. After that only a human agent
// may answer, for up to 7 days, with the HUMAN_AGENT tag (the app needs Meta's Human Agent
// permission, hence a per-account switch); a bot reply outside the window is not sent.
import { classifyGraphFailure } from './graph-errors.js';
import type { ChannelEnv, ChannelHttp, OutboundPart, SendRequest, SendResult } from '../types.js';

export const STANDARD_WINDOW_MS = 24 * 60 * 60 * 1000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function sendApiBody(recipient: string, part: OutboundPart, tag: boolean): Record<string, unknown> {
  return {
    recipient: { id: recipient },
    messaging_type: tag ? 'MESSAGE_TAG' : 'RESPONSE',
    ...(tag ? { tag: 'HUMAN_AGENT' } : {}),
    message: part.media
      ? // A message carries text or one attachment, never both: Meta fetches the file from our signed link.
        { attachment: { type: part.media.kind, payload: { url: part.media.url, is_reusable: false } } }
      : {
          text: part.text,
          ...(part.quickReplies && part.quickReplies.length > 0 ? { quick_replies: part.quickReplies.map((q, i) => ({ content_type: 'text', title: q, payload: `qr:${i}` })) } : {}),
        },
  };
}

/** Decides how a reply may go out: as a response, with the human-agent tag, or not at all. */
export function windowRule(req: Pick<SendRequest, 'author' | 'sinceLastInboundMs'>, humanAgentTag: boolean): { tag: boolean } | { refused: string } {
  if (req.sinceLastInboundMs < STANDARD_WINDOW_MS) return { tag: false };
  if (req.author !== 'agent') return { refused: 'outside the 24-hour messaging window: only a human agent may answer now' };
  if (!humanAgentTag) return { refused: 'outside the 24-hour messaging window and the account may not use the HUMAN_AGENT tag (enable humanAgentTag once Meta granted the Human Agent permission)' };
  if (req.sinceLastInboundMs >= HUMAN_AGENT_WINDOW_MS) return { refused: 'more than 7 days since the shopper last wrote: even a human agent may not answer now' };
  return { tag: true };
}

export async function sendViaSendApi(req: SendRequest, senderId: string, accessToken: string, humanAgentTag: boolean, http: ChannelHttp, env: ChannelEnv): Promise<SendResult> {
  const rule = windowRule(req, humanAgentTag);
  if ('refused' in rule) return { ok: false, permanent: true, error: rule.refused };
  const url = `${env.graphApiUrl.replace(/\/$/, '')}/${env.graphApiVersion}/${encodeURIComponent(senderId)}/messages`;
  let res;
  try {
    res = await http.post(url, { headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(sendApiBody(req.to, req.part, rule.tag)), timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  if (res.status >= 200 && res.status < 300) {
    try {
      const id = (JSON.parse(res.body) as { message_id?: string }).message_id;
      return { ok: true, ...(typeof id === 'string' ? { externalId: id } : {}) };
    } catch {
      return { ok: true };
    }
  }
  return classifyGraphFailure(res.status, res.headers, res.body);
}
