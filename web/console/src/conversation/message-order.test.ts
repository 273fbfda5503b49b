// Tests for merging message lists: one copy per id, chronological.
import { describe, expect, it } from 'vitest';
import { wireMessage } from '../../../test-support/fixtures.js';
import { mergeMessages } from './message-order.js';

describe('mergeMessages', () => {
  it('dedupes by id and sorts by time, keeping arrival order for equal times', () => {
    const a = wireMessage({ id: 'a', createdAt: '2026-11-20T10:00:00.000Z' });
    const b = wireMessage({ id: 'b', createdAt: '2026-11-20T10:00:00.000Z' });
    const c = wireMessage({ id: 'c', createdAt: '2026-11-20T09:00:00.000Z' });
    expect(mergeMessages([a, b], [c, a]).map((m) => m.id)).toEqual(['c', 'a', 'b']);
  });
});
