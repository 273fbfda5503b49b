import { describe, expect, it } from 'vitest';
import type { Entity, Understanding } from '../nlu/types.js';
import { decide, nextState, slotsFromMessage } from './decide.js';
import { TOPIC_TIMEOUT_MS, type DialogState } from './dialog-state.js';

function u(intent: string, confidence = 0.9, entities: Entity[] = [], anger = 0): Understanding {
  return {
    language: 'en',
    languageConfidence: 1,
    intent: { intent, confidence, ranking: [{ intent, confidence }] },
    entities,
    sentiment: { score: 0, label: 'neutral', anger, urgency: 0 },
  };
}
const entity = (type: Entity['type'], value: string, meta?: Entity['meta']): Entity => ({ type, value, text: value, start: 0, end: value.length, ...(meta ? { meta } : {}) });
const order = (value: string) => entity('order_number', value);
const email = (value: string) => entity('email', value);
const now = 1_700_000_000_000;
const bot = (understanding: Understanding, text = 'a message in words', state: DialogState = {}) => decide({ understanding, text, state, handler: 'bot', now });

describe('decide', () => {
  it('stays silent while a human owns the conversation, whatever was asked', () => {
    expect(decide({ understanding: u('human_agent'), text: 'agent', state: {}, handler: 'human', now })).toEqual({ kind: 'silent', reason: 'human_owns_conversation' });
  });

  it('hands off on an explicit request and on anger', () => {
    expect(bot(u('human_agent'))).toMatchObject({ kind: 'handoff', reason: 'requested' });
    expect(bot(u('shipping_fee', 0.9, [], 0.9))).toMatchObject({ kind: 'handoff', reason: 'anger', priority: 3 });
  });

  it('routes order questions to the order skill with the number it found', () => {
    expect(bot(u('order_status', 0.8, [order('PD-100001'), email('a@b.co')]), 'where is PD-100001')).toEqual({
      kind: 'skill', skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-100001' },
    });
  });

  it('routes each intent to its skill', () => {
    expect(bot(u('tracking'))).toMatchObject({ skill: 'tracking' });
    expect(bot(u('delivery_problem'))).toMatchObject({ skill: 'tracking' });
    expect(bot(u('return_request'))).toMatchObject({ skill: 'returns' });
    expect(bot(u('cancel_order'))).toMatchObject({ skill: 'cancel' });
    expect(bot(u('change_address'))).toMatchObject({ skill: 'address_change' });
    expect(bot(u('promotion_rules'))).toMatchObject({ skill: 'promotions' });
    expect(bot(u('product_info', 0.9, [entity('product', 'prod_1')]))).toMatchObject({ skill: 'product', slots: { productId: 'prod_1' } });
    // Without a product the generic size question is a help-centre answer.
    expect(bot(u('size_advice'))).toEqual({ kind: 'knowledge', intent: 'size_advice' });
  });

  it('treats the answer to a pending question as the continuation, even when classified otherwise', () => {
    const state: DialogState = { active: { skill: 'tracking', intent: 'tracking', slots: { orderNumber: 'PD-100002' }, pending: 'identity', at: now - 1000 } };
    expect(bot(u('oos', 0.2, [email('me@x.io')]), 'me@x.io', state)).toEqual({
      kind: 'skill', skill: 'tracking', intent: 'tracking', slots: { orderNumber: 'PD-100002' },
    });
    const colour: DialogState = { active: { skill: 'product', intent: 'stock_availability', slots: { productId: 'p1' }, pending: 'color', at: now } };
    expect(bot(u('oos', 0.3, [entity('colour', 'blue')]), 'blue', colour)).toMatchObject({ skill: 'product', slots: { productId: 'p1', color: 'blue' } });
  });

  it('takes any text as the new address it asked for', () => {
    const state: DialogState = { active: { skill: 'address_change', intent: 'change_address', slots: { orderNumber: 'PD-1' }, pending: 'address', at: now } };
    expect(bot(u('oos', 0.2), '12 Orchard Road, #05-01, Singapore 238801', state)).toMatchObject({
      skill: 'address_change', slots: { orderNumber: 'PD-1', address: '12 Orchard Road, #05-01, Singapore 238801' },
    });
  });

  it('forgets a topic after the timeout', () => {
    const state: DialogState = { active: { skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-1' }, pending: 'identity', at: now - TOPIC_TIMEOUT_MS - 1 } };
    expect(bot(u('oos', 0.2, [email('me@x.io')]), 'me@x.io', state).kind).toBe('clarify');
  });

  it('applies "no, I meant …" to the last topic, replacing the corrected slot', () => {
    const state: DialogState = { previous: { skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-100001' }, at: now - 60_000 } };
    expect(bot(u('oos', 0.3, [order('PD-100009')]), 'no, I meant PD-100009', state)).toEqual({
      kind: 'skill', skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-100009' },
    });
    expect(bot(u('oos', 0.3, [order('PD-100009')]), '不是，我是说 PD-100009', state)).toMatchObject({ slots: { orderNumber: 'PD-100009' } });
  });

  it('treats a new request opening with "sorry," as a new request', () => {
    const state: DialogState = { previous: { skill: 'returns', intent: 'return_request', slots: { orderNumber: 'PD-100001' }, at: now } };
    expect(bot(u('order_status', 0.9, [order('PD-100002')]), 'sorry, where is my order PD-100002?', state)).toMatchObject({ skill: 'order_status', slots: { orderNumber: 'PD-100002' } });
    expect(bot(u('complaint', 0.9), 'my other item arrived broken', state).kind).toBe('handoff');
  });

  it('starts over without the last order on "my other order"', () => {
    const state: DialogState = { previous: { skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-100001' }, at: now } };
    expect(bot(u('order_status'), 'actually, where is my other order?', state)).toEqual({
      kind: 'skill', skill: 'order_status', intent: 'order_status', slots: { excludeOrder: 'PD-100001' },
    });
    expect(bot(u('oos', 0.2), 'pesanan yang lain gimana?', state)).toMatchObject({ skill: 'order_status', slots: { excludeOrder: 'PD-100001' } });
  });

  it('switches topic on a new confident intent and carries the order over', () => {
    const state: DialogState = { previous: { skill: 'order_status', intent: 'order_status', slots: { orderNumber: 'PD-100001' }, at: now } };
    expect(bot(u('return_request'), 'can I return it? it is too small', state)).toEqual({
      kind: 'skill', skill: 'returns', intent: 'return_request', slots: { orderNumber: 'PD-100001', reason: 'size' },
    });
    const asking: DialogState = { active: { skill: 'product', intent: 'product_info', slots: { productId: 'p1' }, pending: 'size', at: now } };
    expect(bot(u('cancel_order'), 'cancel my order please', asking)).toMatchObject({ skill: 'cancel' });
  });

  it('asks to rephrase once, then hands off on the second unclear message', () => {
    const first = bot(u('oos', 0.3));
    expect(first.kind).toBe('clarify');
    const state = nextState({}, first, u('oos', 0.3));
    expect(state.lowConfidenceStreak).toBe(1);
    expect(bot(u('product_info', 0.2), 'hmm', state)).toMatchObject({ kind: 'handoff', reason: 'low_confidence' });
  });

  it('remembers typed e-mails and phones, and closes the topic on a handoff', () => {
    const state: DialogState = { active: { skill: 'order_status', intent: 'order_status', slots: {}, pending: 'orderNumber', at: now } };
    const next = nextState(state, { kind: 'handoff', reason: 'requested', priority: 2 }, u('human_agent', 0.9, [email('A@B.co'), entity('phone', '+6591234567')]));
    expect(next.emails).toEqual(['a@b.co']);
    expect(next.phones).toEqual(['+6591234567']);
    expect(next.active).toBeUndefined();
  });

  it('reads short words as words: "hi" is a greeting, not a bare identifier', () => {
    expect(bot(u('greeting'), 'hi')).toEqual({ kind: 'smalltalk', intent: 'greeting' });
    expect(bot(u('human_agent', 0.9, [email('a@b.co')]), 'a@b.co').kind).toBe('clarify');
  });

  it('looks up bare identifiers', () => {
    expect(bot(u('oos', 0.3, [order('PD-123456')]))).toMatchObject({ skill: 'order_status', slots: { orderNumber: 'PD-123456' } });
    expect(bot(u('oos', 0.3, [entity('tracking_number', 'RR081931905SG')]))).toMatchObject({ skill: 'tracking', slots: { trackingNumber: 'RR081931905SG' } });
  });

  it('reads coupon codes, return reasons and item condition from the text', () => {
    expect(slotsFromMessage([], 'is WELCOME10 still valid? the shirt was unworn')).toEqual({ couponCode: 'WELCOME10', condition: 'unused' });
    expect(slotsFromMessage([], 'barangnya rusak')).toEqual({ reason: 'faulty' });
    expect(slotsFromMessage([entity('product', 'a'), entity('product', 'b')], 'compare')).toEqual({ productId: 'a', otherProductId: 'b' });
  });
});
