import { describe, expect, it } from 'vitest';
import { buttonReply, imageMessage, locationMessage, PHONE_NUMBER_ID, reaction, statusUpdate, textMessage } from '../../../test/channels/fixtures/whatsapp.js';
import { parseWhatsAppWebhook } from './webhook-payload.js';

const parse = (payload: unknown, phone = PHONE_NUMBER_ID) => parseWhatsAppWebhook(Buffer.from(JSON.stringify(payload)), phone);

describe('parseWhatsAppWebhook', () => {
  it('reads a text message with the sender and profile name', () => {
    const r = parse(textMessage({ id: 'wamid.1', body: 'where is my order PD-100231?', at: 1_700_000_000_000 }));
    expect(r).toEqual({ ok: true, events: [{ kind: 'message', externalMessageId: 'wamid.1', from: { externalId: '16505551234', name: 'Sheena Nelson', verified: { phone: '16505551234' } }, text: 'where is my order PD-100231?', receivedAt: 1_700_000_000_000 }] });
  });

  it('reads interactive button and list replies as the tapped title', () => {
    for (const kind of ['button_reply', 'list_reply'] as const) {
      const r = parse(buttonReply({ id: `wamid.${kind}`, title: 'Track my order', kind }));
      expect(r.ok && r.events[0]).toMatchObject({ kind: 'message', text: 'Track my order' });
    }
  });

  it('reads media captions, media without caption and locations as text', () => {
    const withCaption = parse(imageMessage({ id: 'wamid.i1', caption: 'this arrived broken' }));
    expect(withCaption.ok && withCaption.events[0]).toMatchObject({ text: 'this arrived broken' });
    const bare = parse(imageMessage({ id: 'wamid.i2' }));
    expect(bare.ok && bare.events[0]).toMatchObject({ text: '[image]' });
    const loc = parse(locationMessage({ id: 'wamid.l' }));
    expect(loc.ok && loc.events[0]).toMatchObject({ text: '[location] Main Campus, 1 Hacker Way, Menlo Park, CA 94025 (37.483253479, -122.148246765)' });
  });

  it('skips reactions and reads statuses with their error', () => {
    expect(parse(reaction({ id: 'wamid.r' }))).toEqual({ ok: true, events: [] });
    const r = parse(statusUpdate({ id: 'wamid.out', status: 'failed', at: 1_700_000_000_000, errorCode: 131047 }));
    expect(r.ok && r.events[0]).toMatchObject({ kind: 'status', externalMessageId: 'wamid.out', status: 'failed', at: 1_700_000_000_000, error: expect.stringContaining('131047') });
  });

  it("ignores another number's traffic", () => {
    expect(parse(textMessage({ id: 'wamid.x', body: 'hi' }), '999999999')).toEqual({ ok: true, events: [] });
  });

  it('rejects malformed payloads whole', () => {
    expect(parseWhatsAppWebhook(Buffer.from('{"object":'), PHONE_NUMBER_ID).ok).toBe(false);
    expect(parse({ object: 'page', entry: [] }).ok).toBe(false);
    const noBody = textMessage({ id: 'wamid.nb', body: 'x' });
    delete (noBody.entry[0]!.changes[0]!.value as unknown as { messages: { text?: unknown }[] }).messages[0]!.text;
    expect(parse(noBody)).toMatchObject({ ok: false, reason: expect.stringContaining('text.body') });
    expect(parse(textMessage({ id: 'wamid.e', body: '   ' })).ok).toBe(false);
    expect(parse(textMessage({ id: 'wamid.nul', body: 'a\u0000b' })).ok).toBe(false);
  });
});
