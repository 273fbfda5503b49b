// Every parser records the files a shopper sent, with the platform's handle to fetch them by, and
// every sender shapes an agent's file the way its platform documents.
import { describe, expect, it } from 'vitest';
import { parseWhatsAppWebhook } from './whatsapp/webhook-payload.js';
import { parseTelegramUpdate } from './telegram/update-payload.js';
import { parseLineWebhook } from './line/webhook-payload.js';
import { parseMetaMessaging } from './meta/messaging-webhook.js';
import { parseEmail } from './email/parse-email.js';
import { mediaMessageBody } from './whatsapp/media.js';
import { sendMediaBody } from './telegram/send-message.js';
import { lineMessages } from './line/send-message.js';
import { sendApiBody } from './meta/send-api.js';
import type { ChannelEvent, OutboundMedia, ParseResult } from './types.js';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const firstMessage = (r: ParseResult) => {
  expect(r.ok).toBe(true);
  return (r as { events: ChannelEvent[] }).events.find((e) => e.kind === 'message') as Extract<ChannelEvent, { kind: 'message' }>;
};
const media = (kind: OutboundMedia['kind'], filename = 'f.bin'): OutboundMedia => ({ kind, mime: 'image/png', filename, size: 3, url: 'https://desk.example/media/med_1?exp=1&sig=s', load: async () => Buffer.from('abc') });

describe('inbound attachments', () => {
  it('WhatsApp: the media id, type and file name of a document', () => {
    const body = json({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '106540352242922' }, messages: [{ from: '16505551234', id: 'wamid.1', timestamp: '1700000000', type: 'document', document: { id: '98765', mime_type: 'application/pdf', filename: 'invoice.pdf' } }] } }] }],
    });
    const m = firstMessage(parseWhatsAppWebhook(body, '106540352242922'));
    expect(m.text).toBe('[document: invoice.pdf]');
    expect(m.attachments).toEqual([{ kind: 'file', mime: 'application/pdf', filename: 'invoice.pdf', source: { mediaId: '98765' } }]);
  });

  it('Telegram: the largest photo size by file_id; a text message has none', () => {
    const photo = { update_id: 1, message: { message_id: 3, date: 1700000000, chat: { id: 42, type: 'private' }, from: { id: 42, is_bot: false, first_name: 'A' }, caption: 'broken', photo: [{ file_id: 'small', file_unique_id: 'a', width: 90, height: 90, file_size: 100 }, { file_id: 'big', file_unique_id: 'b', width: 800, height: 800, file_size: 9000 }] } };
    expect(firstMessage(parseTelegramUpdate(json(photo))).attachments).toEqual([{ kind: 'image', mime: 'image/jpeg', size: 9000, source: { fileId: 'big' } }]);
    const text = { update_id: 2, message: { message_id: 4, date: 1700000000, chat: { id: 42, type: 'private' }, from: { id: 42, is_bot: false, first_name: 'A' }, text: 'hi' } };
    expect(firstMessage(parseTelegramUpdate(json(text))).attachments).toBeUndefined();
  });

  it('LINE: content by message id, external content only by an https URL', () => {
    const ev = (message: Record<string, unknown>) => json({ destination: 'U0', events: [{ type: 'message', mode: 'active', timestamp: 1700000000000, source: { type: 'user', userId: 'U1' }, replyToken: 'r', message }] });
    expect(firstMessage(parseLineWebhook(ev({ id: '325708', type: 'image', contentProvider: { type: 'line' } }))).attachments).toEqual([{ kind: 'image', source: { messageId: '325708' } }]);
    expect(firstMessage(parseLineWebhook(ev({ id: '2', type: 'file', fileName: 'a.pdf', fileSize: 2048 }))).attachments).toEqual([{ kind: 'file', filename: 'a.pdf', size: 2048, source: { messageId: '2' } }]);
    expect(firstMessage(parseLineWebhook(ev({ id: '3', type: 'video', contentProvider: { type: 'external', originalContentUrl: 'https://cdn.example/v.mp4' } }))).attachments).toEqual([{ kind: 'video', source: { url: 'https://cdn.example/v.mp4' } }]);
    expect(firstMessage(parseLineWebhook(ev({ id: '4', type: 'image', contentProvider: { type: 'external', originalContentUrl: 'http://169.254.169.254/x' } }))).attachments).toBeUndefined();
  });

  it('Messenger: attachment payload URLs; an attachment without a URL (a location) is not a file', () => {
    const body = json({ object: 'page', entry: [{ id: 'P1', messaging: [{ sender: { id: 'S1' }, recipient: { id: 'P1' }, timestamp: 1700000000000, message: { mid: 'm_1', attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/t1.png' } }, { type: 'location', payload: { coordinates: { lat: 1, long: 2 } } }] } }] }] });
    const m = firstMessage(parseMetaMessaging(body, 'page', 'P1'));
    expect(m.text).toBe('[image] [location]');
    expect(m.attachments).toEqual([{ kind: 'image', source: { url: 'https://scontent.xx.fbcdn.net/v/t1.png' } }]);
  });

  it('E-mail: attachments carry their bytes', async () => {
    const raw = ['From: a@example.com', 'To: s@shop.test', 'Subject: photo', 'Message-ID: <x@example.com>', 'Content-Type: multipart/mixed; boundary=b1', '', '--b1', 'Content-Type: text/plain', '', 'see attached', '--b1', 'Content-Type: image/png; name=p.png', 'Content-Disposition: attachment; filename=p.png', 'Content-Transfer-Encoding: base64', '', Buffer.from('PNGDATA').toString('base64'), '--b1--', ''].join('\r\n');
    const r = await parseEmail(Buffer.from(raw), 's@shop.test');
    const a = r.ok ? r.event?.attachments : undefined;
    expect(a).toHaveLength(1);
    expect(a![0]).toMatchObject({ kind: 'image', mime: 'image/png', filename: 'p.png', size: 7 });
    expect(a![0]!.content!.toString()).toBe('PNGDATA');
  });
});

describe('outbound attachments', () => {
  it('WhatsApp: a document by link with its file name; audio takes no caption', () => {
    expect(mediaMessageBody('1650', { text: 'your label', media: media('file', 'label.pdf') })).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '1650', type: 'document', document: { link: media('file').url, caption: 'your label', filename: 'label.pdf' } });
    expect(mediaMessageBody('1650', { text: 'x', media: media('audio') })).toMatchObject({ type: 'audio', audio: { link: media('audio').url } });
    expect((mediaMessageBody('1650', { text: 'x', media: media('audio') }).audio as Record<string, unknown>).caption).toBeUndefined();
  });

  it('Telegram: the method and field per kind', () => {
    expect(sendMediaBody('42', { text: '', media: media('image') })).toEqual({ method: 'sendPhoto', body: { chat_id: 42, photo: media('image').url } });
    expect(sendMediaBody('42', { text: 'c', media: media('file') }).method).toBe('sendDocument');
  });

  it('LINE: an image message (then its caption); other files as a link', () => {
    expect(lineMessages({ text: 'look', media: media('image') })).toEqual([{ type: 'image', originalContentUrl: media('image').url, previewImageUrl: media('image').url }, { type: 'text', text: 'look' }]);
    expect(lineMessages({ text: '', media: media('file', 'a.pdf') })).toEqual([{ type: 'text', text: `a.pdf: ${media('file').url}` }]);
  });

  it('Messenger / Instagram: one attachment by URL, no text beside it', () => {
    expect(sendApiBody('S1', { text: '', media: media('video') }, false)).toEqual({ recipient: { id: 'S1' }, messaging_type: 'RESPONSE', message: { attachment: { type: 'video', payload: { url: media('video').url, is_reusable: false } } } });
  });
});
