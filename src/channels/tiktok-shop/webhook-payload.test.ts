import { describe, expect, it } from 'vitest';
import { newConversation, newMessage, orderStatusChange } from '../../../test/channels/fixtures/tiktok-shop.js';
import { parseTiktokWebhook } from './webhook-payload.js';

const parse = (payload: unknown) => parseTiktokWebhook(Buffer.from(JSON.stringify(payload)));

describe('parseTiktokWebhook', () => {
  it("reads a buyer's text with the conversation as thread state", () => {
    const r = parse(newMessage({ messageId: '7494000000000000001', buyer: '7494560109732334598', conversation: 'CONV_1', text: 'ada warna hitam?', at: 1_765_000_000 }));
    expect(r).toEqual({
      ok: true,
      events: [{ kind: 'message', externalMessageId: '7494000000000000001', from: { externalId: '7494560109732334598', name: 'dewi.s' }, text: 'ada warna hitam?', receivedAt: 1_765_000_000_000, thread: { conversationId: 'CONV_1' } }],
    });
  });

  it('turns images, stickers, product and order cards into short text, and skips other types', () => {
    const text = (type: string, content: unknown) => {
      const r = parse(newMessage({ messageId: '1', type, content }));
      return r.ok ? (r.events[0] as { text: string } | undefined)?.text : r.reason;
    };
    expect(text('IMAGE', { url: 'https://p16.tiktokcdn.com/x.jpg', width: 100, height: 100 })).toBe('[image]');
    expect(text('EMOTICONS', { content: '[smile]' })).toBe('[sticker]');
    expect(text('PRODUCT_CARD', { product_id: '1729582718312380000' })).toBe('[product 1729582718312380000]');
    expect(text('ORDER_CARD', { order_id: '576461413038785752' })).toBe('[order 576461413038785752]');
    expect(text('ALLOCATED_SERVICE', {})).toBeUndefined();
  });

  it('skips everything not sent by the buyer and every other webhook type', () => {
    for (const role of ['SHOP', 'CUSTOMER_SERVICE', 'ROBOT', 'SYSTEM']) expect(parse(newMessage({ messageId: '2', role, text: 'x' }))).toEqual({ ok: true, events: [] });
    expect(parse(newConversation())).toEqual({ ok: true, events: [] });
    expect(parse(orderStatusChange())).toEqual({ ok: true, events: [] });
  });

  it('rejects malformed webhooks whole', () => {
    expect(parseTiktokWebhook(Buffer.from('{"type":')).ok).toBe(false);
    expect(parse({ type: 14, shop_id: '1' })).toMatchObject({ ok: false, reason: 'NEW_MESSAGE without timestamp' });
    expect(parse({ type: 0 })).toEqual({ ok: true, events: [] });
    const noSender = newMessage({ messageId: '3', text: 'x' }) as { data: Record<string, unknown> };
    delete noSender.data.sender;
    expect(parse(noSender)).toMatchObject({ ok: false, reason: expect.stringContaining('sender') });
    const notJson = newMessage({ messageId: '4', text: 'x' });
    notJson.data.content = 'hello';
    expect(parse(notJson)).toMatchObject({ ok: false, reason: 'message content is not JSON' });
    expect(parse(newMessage({ messageId: '5', text: ' ' })).ok).toBe(false);
    expect(parse(newMessage({ messageId: '6', content: {} })).ok).toBe(false);
  });
});
