// Queue list state: live merges, view filters and the client-side priority order.
import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import { mergeItems, queueCounts, slaText, visibleItems } from './queue-state.js';

const T0 = Date.parse('2026-11-11T00:00:00Z');
const item = (id: string, over: Partial<InboxItem> = {}): InboxItem => ({
  conversation: { id, channel: 'api', language: 'en' } as InboxItem['conversation'],
  assigneeId: null, teamId: null, teamPrivate: false, reason: 'x', tags: [], level: 1, urgency: 0, anger: 0, sentiment: 0, customerValue: 0,
  queuedAt: T0, slaDueAt: T0 + 3_600_000, unread: 0, headline: '', score: 0, ...over,
});

describe('queue state', () => {
  it('merges live items and removals', () => {
    const m = mergeItems(new Map([['a', item('a')], ['b', item('b')]]), [item('c'), item('a', { unread: 2 })], ['b']);
    expect([...m.keys()].sort()).toEqual(['a', 'c']);
    expect(m.get('a')!.unread).toBe(2);
  });

  it('filters by view and breach and orders by priority now', () => {
    const m = new Map([
      ['mine', item('mine', { assigneeId: 'u1' })],
      ['team', item('team', { teamId: 't1', level: 2 })],
      ['late', item('late', { queuedAt: T0 - 50_000, slaDueAt: T0 + 60_000 })],
    ]);
    expect(visibleItems(m, { view: 'all', breachedOnly: false }, 'u1', ['t1'], T0).map((i) => i.conversation.id)).toEqual(['team', 'late', 'mine']);
    expect(visibleItems(m, { view: 'mine', breachedOnly: false }, 'u1', [], T0).map((i) => i.conversation.id)).toEqual(['mine']);
    expect(visibleItems(m, { view: 'unassigned', breachedOnly: false }, 'u1', [], T0).map((i) => i.conversation.id)).toEqual(['team', 'late']);
    expect(visibleItems(m, { view: 'team', breachedOnly: false }, 'u1', ['t1'], T0).map((i) => i.conversation.id)).toEqual(['team']);
    expect(visibleItems(m, { view: 'all', breachedOnly: true }, 'u1', [], T0 + 120_000).map((i) => i.conversation.id)).toEqual(['late']);
    expect(visibleItems(m, { view: 'all', breachedOnly: false, minLevel: 2 }, 'u1', [], T0).map((i) => i.conversation.id)).toEqual(['team']);
    expect(visibleItems(m, { view: 'all', breachedOnly: false, channel: 'widget' }, 'u1', [], T0)).toEqual([]);
    expect(slaText(T0 + 90 * 60_000, T0)).toBe('1h 30m left');
    expect(slaText(T0 - 3 * 60_000, T0)).toBe('overdue 3m');
  });

  it('counts locally while everything fits, else shows the server’s counts', () => {
    const m = new Map([['a', item('a', { assigneeId: 'u1', unread: 3 })], ['b', item('b', { slaDueAt: T0 - 1 })]]);
    expect(queueCounts(m, null, 'u1', T0)).toEqual({ all: 2, mine: 1, unassigned: 1, breached: 1, unread: 3 });
    const server = { all: 5000, mine: 4, unassigned: 4900, breached: 12, unread: 9 };
    expect(queueCounts(m, server, 'u1', T0)).toBe(server);
  });
});
