import { describe, expect, it } from 'vitest';
import { imMessage, orderPush } from '../../../test/channels/fixtures/lazada.js';
import { parseLazadaPush } from './push-payload.js';

const parse = (payload: unknown) => parseLazadaPush(Buffer.from(JSON.stringify(payload)));

describe('parseLazadaPush', () => {
  it("reads a buyer's text with the session as thread state, send_time in milliseconds", () => {
    const r = parse(imMessage({ messageId: '3RLFDp1', buyer: '200300400', session: 'S1', text: 'masih ada stok?', atMs: 1_765_000_000_123 }));
    expect(r).toEqual({ ok: true, events: [{ kind: 'message', externalMessageId: '3RLFDp1', from: { externalId: '200300400' }, text: 'masih ada stok?', receivedAt: 1_765_000_000_000, thread: { sessionId: 'S1' } }] });
  });

  it('turns images, emoji, videos, product and order cards into short text, and skips other templates', () => {
    const text = (templateId: number, content: unknown) => {
      const r = parse(imMessage({ messageId: 'x', templateId, content }));
      return r.ok ? (r.events[0] as { text: string } | undefined)?.text : r.reason;
    };
    expect(text(3, { imgUrl: 'https://sg-live.slatic.net/x.jpg' })).toBe('[image]');
    expect(text(4, { emojiId: '1' })).toBe('[sticker]');
    expect(text(6, {})).toBe('[video]');
    expect(text(10006, { itemId: 3349820457 })).toBe('[product 3349820457]');
    expect(text(10007, { orderId: '260387474040364' })).toBe('[order 260387474040364]');
    expect(text(10010, {})).toBeUndefined();
  });

  it("skips the seller's own messages, recalled ones and other push types", () => {
    expect(parse(imMessage({ messageId: 'a', fromSeller: true, text: 'x' }))).toEqual({ ok: true, events: [] });
    expect(parse(imMessage({ messageId: 'b', status: 1, text: 'x' }))).toEqual({ ok: true, events: [] });
    expect(parse(orderPush())).toEqual({ ok: true, events: [] });
  });

  it('rejects malformed pushes whole', () => {
    expect(parseLazadaPush(Buffer.from('{"message_type":')).ok).toBe(false);
    expect(parse({ message_type: 2, seller_id: '1' })).toMatchObject({ ok: false, reason: 'IM push without timestamp' });
    expect(parse({ message_type: 0 })).toEqual({ ok: true, events: [] });
    const noSession = imMessage({ messageId: 'c', text: 'x' }) as { data: Record<string, unknown> };
    delete noSession.data.session_id;
    expect(parse(noSession)).toMatchObject({ ok: false, reason: expect.stringContaining('session_id') });
    const notJson = imMessage({ messageId: 'd', text: 'x' });
    notJson.data.content = 'hello';
    expect(parse(notJson)).toMatchObject({ ok: false, reason: 'message content is not JSON' });
    expect(parse(imMessage({ messageId: 'e', text: '\u0000' })).ok).toBe(false);
    expect(parse(imMessage({ messageId: 'f', content: {} })).ok).toBe(false);
  });
});
