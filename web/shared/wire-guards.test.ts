// Tests for the runtime shape checks of wire data.
import { describe, expect, it } from 'vitest';
import { wireConversation, wireMessage } from '../test-support/fixtures.js';
import { isWireConversation, isWireMessage, parseJson } from './wire-guards.js';

describe('wire guards', () => {
  it('accepts well-formed messages and conversations', () => {
    expect(isWireMessage(wireMessage({ quickReplies: ['Track my order'], intent: 'order_status', confidence: 0.9 }))).toBe(true);
    expect(isWireConversation(wireConversation({ lastMessage: { text: 'hi', author: 'customer', createdAt: '2026-11-20T10:00:00Z' } }))).toBe(true);
  });

  it('rejects wrong authors, missing fields and wrong types', () => {
    expect(isWireMessage({ ...wireMessage(), author: 'robot' })).toBe(false);
    expect(isWireMessage({ ...wireMessage(), text: 42 })).toBe(false);
    expect(isWireMessage({ ...wireMessage(), quickReplies: [1] })).toBe(false);
    expect(isWireConversation({ ...wireConversation(), status: 'closed' })).toBe(false);
    expect(isWireConversation({ ...wireConversation(), customer: null })).toBe(false);
    expect(isWireConversation({ ...wireConversation(), lastMessage: { text: 'x', author: 'robot', createdAt: '' } })).toBe(false);
  });

  it('parses JSON without throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{nope')).toBeNull();
  });
});
