import { describe, expect, it } from 'vitest';
import type { Entity, Understanding } from '../nlu/types.js';
import { decide, nextState } from './decide.js';
import type { DialogState } from './dialog-state.js';

function u(intent: string, confidence = 0.9, entities: Entity[] = [], anger = 0): Understanding {
  return {
    language: 'en',
    languageConfidence: 1,
    intent: { intent, confidence, ranking: [{ intent, confidence }] },
    entities,
    sentiment: { score: 0, label: 'neutral', anger, urgency: 0 },
  };
}
const order = (value: string): Entity => ({ type: 'order_number', value, text: value, start: 0, end: value.length });
const email = (value: string): Entity => ({ type: 'email', value, text: value, start: 0, end: value.length });
const now = 1_700_000_000_000;

describe('decide', () => {
  it('stays silent while a human owns the conversation, whatever was asked', () => {
    expect(decide({ understanding: u('human_agent'), state: {}, handler: 'human', now })).toEqual({ kind: 'silent', reason: 'human_owns_conversation' });
    expect(decide({ understanding: u('order_status'), state: {}, handler: 'human', now }).kind).toBe('silent');
  });

  it('hands off on an explicit request and on anger', () => {
    expect(decide({ understanding: u('human_agent'), state: {}, handler: 'bot', now })).toMatchObject({ kind: 'handoff', reason: 'requested' });
    expect(decide({ understanding: u('shipping_fee', 0.9, [], 0.9), state: {}, handler: 'bot', now })).toMatchObject({ kind: 'handoff', reason: 'anger', priority: 3 });
  });

  it('routes order questions with the number and e-mail it found', () => {
    expect(decide({ understanding: u('order_status', 0.8, [order('PD-100001'), email('a@b.co')]), state: {}, handler: 'bot', now })).toEqual({
      kind: 'order_status', intent: 'order_status', orderNumber: 'PD-100001', email: 'a@b.co',
    });
  });

  it('treats the answer to a pending question as the continuation, even when classified otherwise', () => {
    const state: DialogState = { pending: { skill: 'order_status', slot: 'email', intent: 'tracking', orderNumber: 'PD-100002', askedAt: now - 1000 } };
    expect(decide({ understanding: u('oos', 0.2, [email('me@x.io')]), state, handler: 'bot', now })).toEqual({
      kind: 'order_status', intent: 'tracking', orderNumber: 'PD-100002', email: 'me@x.io',
    });
  });

  it('forgets a pending question after the timeout', () => {
    const state: DialogState = { pending: { skill: 'order_status', slot: 'email', intent: 'order_status', orderNumber: 'PD-1', askedAt: now - 31 * 60_000 } };
    expect(decide({ understanding: u('oos', 0.2, [email('me@x.io')]), state, handler: 'bot', now }).kind).toBe('clarify');
  });

  it('asks to rephrase once, then hands off on the second unclear message', () => {
    const first = decide({ understanding: u('oos', 0.3), state: {}, handler: 'bot', now });
    expect(first.kind).toBe('clarify');
    const state = nextState({}, first);
    expect(state.lowConfidenceStreak).toBe(1);
    expect(decide({ understanding: u('product_info', 0.2), state, handler: 'bot', now })).toMatchObject({ kind: 'handoff', reason: 'low_confidence' });
  });

  it('resets the streak after an understood message and clears pending questions on topic change', () => {
    const state: DialogState = { lowConfidenceStreak: 1, pending: { skill: 'order_status', slot: 'order_number', intent: 'order_status', askedAt: now } };
    const d = decide({ understanding: u('shipping_fee'), state, handler: 'bot', now });
    expect(d).toEqual({ kind: 'knowledge', intent: 'shipping_fee' });
    const next = nextState(state, d);
    expect(next.lowConfidenceStreak).toBe(0);
    expect(next.pending).toBeUndefined();
  });

  it('answers smalltalk and sends needs-human intents to a person', () => {
    expect(decide({ understanding: u('greeting'), state: {}, handler: 'bot', now })).toEqual({ kind: 'smalltalk', intent: 'greeting' });
    expect(decide({ understanding: u('return_request'), state: {}, handler: 'bot', now })).toMatchObject({ kind: 'handoff', reason: 'needs_human' });
  });

  it('looks up a bare order number', () => {
    expect(decide({ understanding: u('oos', 0.3, [order('PD-123456')]), state: {}, handler: 'bot', now })).toMatchObject({ kind: 'order_status', orderNumber: 'PD-123456' });
  });
});
