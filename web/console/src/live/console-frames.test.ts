// Tests for decoding console websocket frames.
import { describe, expect, it } from 'vitest';
import { wireConversation, wireMessage } from '../../../test-support/fixtures.js';
import { parseConsoleFrame } from './console-frames.js';

describe('parseConsoleFrame', () => {
  it('decodes hello, message and conversation frames', () => {
    expect(parseConsoleFrame('{"type":"hello","user":{"id":"u1","name":"Dana","role":"agent"}}')).toEqual({
      type: 'hello',
      user: { id: 'u1', name: 'Dana', role: 'agent' },
    });
    expect(parseConsoleFrame(JSON.stringify({ type: 'message', message: wireMessage() }))).toEqual({ type: 'message', message: wireMessage() });
    expect(parseConsoleFrame(JSON.stringify({ type: 'conversation', conversation: wireConversation() }))).toEqual({
      type: 'conversation',
      conversation: wireConversation(),
    });
  });

  it('decodes a teams frame, keeping only team ids', () => {
    expect(parseConsoleFrame('{"type":"teams","teams":["team_a",3,"team_b"]}')).toEqual({ type: 'teams', teams: ['team_a', 'team_b'] });
  });

  it('drops malformed frames', () => {
    for (const raw of ['x', '{"type":"teams"}', '{"type":"message"}', '{"type":"conversation","conversation":{}}', '{"type":"other"}']) {
      expect(parseConsoleFrame(raw)).toBeNull();
    }
  });
});
