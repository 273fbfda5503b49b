import { describe, expect, it } from 'vitest';
import { SHOP_ID, webchatMessage, webchatNotification } from '../../../test/channels/fixtures/shopee.js';
import { parseShopeePush } from './push-payload.js';

const parse = (payload: unknown, shop = SHOP_ID) => parseShopeePush(Buffer.from(JSON.stringify(payload)), shop);

describe('parseShopeePush', () => {
  it('reads a buyer text message with its name, id and time', () => {
    const r = parse(webchatMessage({ messageId: '2310000000000001', buyerId: 88123456, text: 'is the blue one in stock?', at: 1_765_000_000 }));
    expect(r).toEqual({ ok: true, events: [{ kind: 'message', externalMessageId: '2310000000000001', from: { externalId: '88123456', name: 'rina_shopper' }, text: 'is the blue one in stock?', receivedAt: 1_765_000_000_000 }] });
  });

  it('reads content sent as a JSON string, and numeric ids as digit strings', () => {
    const r = parse(webchatMessage({ messageId: '2310000000000002', text: 'hi', contentAsString: true }));
    expect(r.ok && r.events[0]).toMatchObject({ externalMessageId: '2310000000000002', text: 'hi' });
    const numeric = webchatMessage({ messageId: '1', text: 'x' });
    (numeric.data.content as { message_id: unknown }).message_id = 2310000000000003;
    expect(parse(numeric).ok && (parse(numeric) as { events: { externalMessageId: string }[] }).events[0]!.externalMessageId).toBe('2310000000000003');
  });

  it('turns images, stickers, products and orders into short text', () => {
    const text = (type: string, content: unknown) => {
      const r = parse(webchatMessage({ messageId: '9', type, content }));
      return r.ok ? (r.events[0] as { text: string } | undefined)?.text : r.reason;
    };
    expect(text('image', { url: 'https://cf.shopee.sg/file/a' })).toBe('[image]');
    expect(text('sticker', { sticker_id: '1', sticker_package_id: '2' })).toBe('[sticker]');
    expect(text('item', { item_id: 1234567 })).toBe('[product 1234567]');
    expect(text('order', { order_sn: '2512080HX7K3QD' })).toBe('[order 2512080HX7K3QD]');
    expect(text('faq_liveagent', {})).toBeUndefined();
  });

  it("skips the shop's own messages, notifications, other shops' traffic and other push codes", () => {
    expect(parse(webchatMessage({ messageId: '10', fromShop: true, text: 'our reply' }))).toEqual({ ok: true, events: [] });
    expect(parse(webchatNotification())).toEqual({ ok: true, events: [] });
    expect(parse(webchatMessage({ messageId: '11', text: 'hi', shopId: 5 }))).toEqual({ ok: true, events: [] });
    expect(parse({ code: 3, shop_id: Number(SHOP_ID), timestamp: 1, data: { ordersn: 'X' } })).toEqual({ ok: true, events: [] });
  });

  it('rejects malformed pushes whole', () => {
    expect(parseShopeePush(Buffer.from('{"code":'), SHOP_ID).ok).toBe(false);
    expect(parse({ code: 10, shop_id: 1 })).toMatchObject({ ok: false, reason: 'webchat push without timestamp' });
    // Other pushes need only their code (the console's URL check).
    expect(parse({ code: 0 })).toEqual({ ok: true, events: [] });
    expect(parse({ code: 10, timestamp: 1, data: { type: 'message', content: { message_id: '1' } } })).toMatchObject({ ok: false, reason: expect.stringContaining('from_id') });
    expect(parse(webchatMessage({ messageId: '12', text: '  ' })).ok).toBe(false);
    expect(parse(webchatMessage({ messageId: '13', text: 'a\u0000b' })).ok).toBe(false);
    expect(parse(webchatMessage({ messageId: '14', content: {} })).ok).toBe(false);
  });
});
