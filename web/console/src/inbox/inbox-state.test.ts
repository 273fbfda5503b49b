// Tests for the inbox reducer: list ordering, filters, live upserts and message bumps.
import { describe, expect, it } from 'vitest';
import { wireConversation, wireMessage } from '../../../test-support/fixtures.js';
import { matchesFilter } from './filters.js';
import { inboxReducer, initialInboxState, type InboxState } from './inbox-state.js';

const older = wireConversation({ id: 'a', updatedAt: '2026-11-20T08:00:00.000Z' });
const newer = wireConversation({ id: 'b', updatedAt: '2026-11-20T09:00:00.000Z', status: 'handoff', handler: 'human' });

function loaded(filter: InboxState['filter'] = 'all'): InboxState {
  const state = inboxReducer(initialInboxState, { type: 'filterChanged', filter });
  return inboxReducer(state, { type: 'listLoaded', conversations: [older, newer].filter((c) => matchesFilter(c, filter)), append: false });
}

describe('filters', () => {
  it('match the server status each filter asks for', () => {
    expect(matchesFilter(newer, 'handoff')).toBe(true);
    expect(matchesFilter(older, 'handoff')).toBe(false);
    expect(matchesFilter(older, 'bot')).toBe(true);
    expect(matchesFilter(wireConversation({ status: 'resolved' }), 'resolved')).toBe(true);
    expect(matchesFilter(wireConversation({ status: 'resolved' }), 'all')).toBe(true);
  });
});

describe('inboxReducer', () => {
  it('keeps the list newest first and appends older pages without duplicates', () => {
    const state = loaded();
    expect(state.conversations.map((c) => c.id)).toEqual(['b', 'a']);
    const paged = inboxReducer(state, {
      type: 'listLoaded',
      conversations: [older, wireConversation({ id: 'z', updatedAt: '2026-11-19T08:00:00.000Z' })],
      append: true,
    });
    expect(paged.conversations.map((c) => c.id)).toEqual(['b', 'a', 'z']);
  });

  it('upserts live conversations that match the filter and drops those that no longer do', () => {
    let state = loaded('handoff');
    state = inboxReducer(state, { type: 'conversationChanged', conversation: { ...older, status: 'handoff', updatedAt: '2026-11-20T10:00:00.000Z' } });
    expect(state.conversations.map((c) => c.id)).toEqual(['a', 'b']);
    state = inboxReducer(state, { type: 'conversationChanged', conversation: { ...newer, status: 'resolved' } });
    expect(state.conversations.map((c) => c.id)).toEqual(['a']);
  });

  it('appends a live message to the open conversation once, and bumps its row', () => {
    let state = loaded();
    state = inboxReducer(state, { type: 'detailLoaded', detail: { conversation: older, messages: [wireMessage({ id: 'm1', conversationId: 'a' })] } });
    const message = wireMessage({ id: 'm2', conversationId: 'a', author: 'customer', direction: 'in', text: 'still there?', createdAt: '2026-11-20T11:00:00.000Z' });
    state = inboxReducer(state, { type: 'messageArrived', message });
    state = inboxReducer(state, { type: 'messageArrived', message });
    expect(state.detail?.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(state.conversations[0]).toMatchObject({
      id: 'a',
      updatedAt: '2026-11-20T11:00:00.000Z',
      lastMessage: { text: 'still there?', author: 'customer' },
    });
  });

  it('leaves the open conversation alone for messages of other conversations', () => {
    let state = loaded();
    state = inboxReducer(state, { type: 'detailLoaded', detail: { conversation: older, messages: [] } });
    state = inboxReducer(state, { type: 'messageArrived', message: wireMessage({ id: 'm9', conversationId: 'b', createdAt: '2026-11-20T12:00:00.000Z' }) });
    expect(state.detail?.messages).toEqual([]);
    expect(state.conversations[0]?.id).toBe('b');
  });

  it('updates the open conversation header from live conversation frames', () => {
    let state = loaded();
    state = inboxReducer(state, { type: 'detailLoaded', detail: { conversation: older, messages: [] } });
    state = inboxReducer(state, { type: 'conversationChanged', conversation: { ...older, handler: 'human' } });
    expect(state.detail?.conversation.handler).toBe('human');
  });

  it('clears the list when the filter changes', () => {
    const state = inboxReducer(loaded(), { type: 'filterChanged', filter: 'resolved' });
    expect(state.conversations).toEqual([]);
    expect(state.filter).toBe('resolved');
  });
});
