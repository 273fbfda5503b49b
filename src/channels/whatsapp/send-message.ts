// Sends one rendered part through the Cloud API: POST /{version}/{phone-number-id}/messages with the
// documented JSON. Quick replies become reply buttons (up to 3) or a list (up to 10). Outside the
// 24-hour customer-service window only an approved template may be sent: the account's "reopen"
// template carries the reply (when it has a body parameter) or invites the shopper back; without one
// the send fails permanently with a clear reason instead of a Graph error.
import { classifyGraphFailure } from '../meta/graph-errors.js';
import type { ChannelEnv, ChannelHttp, OutboundPart, SendRequest, SendResult } from '../types.js';
import { mediaMessageBody } from './media.js';
import { mediaLinkText } from '../media-fallback.js';
import type { WhatsAppConfig, WhatsAppSecrets, WhatsAppTemplate } from './settings.js';

export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function messageBody(to: string, part: OutboundPart): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  const options = part.quickReplies ?? [];
  if (options.length === 0) return { ...base, type: 'text', text: { preview_url: false, body: part.text } };
  if (options.length <= 3) {
    return {
      ...base,
      type: 'interactive',
      interactive: { type: 'button', body: { text: part.text }, action: { buttons: options.map((title, i) => ({ type: 'reply', reply: { id: `qr:${i}`, title } })) } },
    };
  }
  return {
    ...base,
    type: 'interactive',
    interactive: { type: 'list', body: { text: part.text }, action: { button: 'Options', sections: [{ title: 'Options', rows: options.map((title, i) => ({ id: `qr:${i}`, title })) }] } },
  };
}

export function templateBody(to: string, template: WhatsAppTemplate, text: string): Record<string, unknown> {
  // Template parameters may not hold newlines, tabs or more than four spaces in a row.
  const param = text.replace(/\s+/g, ' ').trim().slice(0, 1024);
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: {
      name: template.name,
      language: { code: template.language },
      ...(template.bodyParameters === 1 ? { components: [{ type: 'body', parameters: [{ type: 'text', text: param }] }] } : {}),
    },
  };
}

export async function sendWhatsApp(req: SendRequest, config: WhatsAppConfig, secrets: WhatsAppSecrets, http: ChannelHttp, env: ChannelEnv): Promise<SendResult> {
  let payload: Record<string, unknown>;
  const part = req.part;
  if (req.sinceLastInboundMs < CUSTOMER_SERVICE_WINDOW_MS) payload = part.media ? mediaMessageBody(req.to, { ...part, media: part.media }) : messageBody(req.to, part);
  else {
    const template = config.templates.find((t) => t.purpose === 'reopen');
    if (!template) return { ok: false, permanent: true, error: 'outside the 24-hour customer-service window and the account has no approved "reopen" template' };
    // Templates carry no media: a file outside the window goes as its link in the template's text.
    payload = templateBody(req.to, template, part.media ? mediaLinkText(part.text, part.media) : part.text);
  }
  const url = `${env.graphApiUrl.replace(/\/$/, '')}/${env.graphApiVersion}/${encodeURIComponent(config.phoneNumberId)}/messages`;
  let res;
  try {
    res = await http.post(url, { headers: { authorization: `Bearer ${secrets.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(payload), timeoutMs: 15_000 });
  } catch (err) {
    return { ok: false, permanent: false, error: `network: ${(err as Error).message}` };
  }
  if (res.status >= 200 && res.status < 300) {
    try {
      const json = JSON.parse(res.body) as { messages?: { id?: string }[] };
      const id = json.messages?.[0]?.id;
      return { ok: true, ...(typeof id === 'string' ? { externalId: id } : {}) };
    } catch {
      return { ok: true };
    }
  }
  return classifyGraphFailure(res.status, res.headers, res.body);
}
