import { describe, expect, it } from 'vitest';
import { parseTelegramUpdate } from './update-payload.js';

const contactUpdate = (userId: number | undefined) =>
  Buffer.from(
    JSON.stringify({
      update_id: 1,
      message: {
        message_id: 7,
        date: 1_700_000_000,
        chat: { id: 4242, type: 'private' },
        from: { id: 4242, is_bot: false, first_name: 'Wei' },
        contact: { phone_number: '+6591234567', first_name: 'Wei', ...(userId !== undefined ? { user_id: userId } : {}) },
      },
    }),
  );

describe('parseTelegramUpdate', () => {
  it("takes a shared contact as the shopper's verified phone only when it is their own", () => {
    const own = parseTelegramUpdate(contactUpdate(4242));
    expect(own.ok && own.events[0]!.kind === 'message' && own.events[0]!.from.verified).toEqual({ phone: '+6591234567' });
    for (const other of [contactUpdate(5555), contactUpdate(undefined)]) {
      const r = parseTelegramUpdate(other);
      expect(r.ok && r.events[0]!.kind === 'message' && r.events[0]!.from.verified).toBeUndefined();
    }
  });

  it('carries the callback query id of an inline-button tap, to acknowledge it', () => {
    const r = parseTelegramUpdate(Buffer.from(JSON.stringify({ update_id: 2, callback_query: { id: 'cbq-1', from: { id: 4242, is_bot: false, first_name: 'Wei' }, data: 'Track my order' } })));
    expect(r.ok && r.events[0]).toMatchObject({ kind: 'message', externalMessageId: 'cb:cbq-1', text: 'Track my order', interactionId: 'cbq-1' });
  });
});
