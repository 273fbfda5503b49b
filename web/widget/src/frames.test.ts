// Tests for decoding widget server frames.
import { describe, expect, it } from 'vitest';
import { wireMessage } from '../../test-support/fixtures.js';
import { encodeClientFrame, parseServerFrame } from './frames.js';

describe('parseServerFrame', () => {
  it('decodes a session, keeping only well-formed history messages', () => {
    const frame = parseServerFrame(
      JSON.stringify({ type: 'session', visitorToken: 'vt', conversationId: null, shopName: 'Demo', messages: [wireMessage(), { id: 5 }] }),
    );
    expect(frame).toEqual({ type: 'session', visitorToken: 'vt', conversationId: null, shopName: 'Demo', messages: [wireMessage()] });
  });

  it('decodes ack, message and error frames', () => {
    expect(parseServerFrame('{"type":"ack","clientId":"a","messageId":"m9","conversationId":"c1"}')).toEqual({
      type: 'ack',
      clientId: 'a',
      messageId: 'm9',
      conversationId: 'c1',
    });
    expect(parseServerFrame(JSON.stringify({ type: 'message', message: wireMessage() }))).toEqual({ type: 'message', message: wireMessage() });
    expect(parseServerFrame('{"type":"error","code":"rate_limited","message":"slow down","clientId":"a"}')).toEqual({
      type: 'error',
      code: 'rate_limited',
      message: 'slow down',
      clientId: 'a',
    });
    expect(parseServerFrame('{"type":"error","code":"internal"}')).toEqual({ type: 'error', code: 'internal', message: '' });
  });

  it('drops garbage, unknown types and malformed payloads', () => {
    for (const raw of ['', 'nope', '[]', '{"type":"pong"}', '{"type":"message","message":{"id":1}}', '{"type":"ack","clientId":"a"}', '{"type":"session"}']) {
      expect(parseServerFrame(raw)).toBeNull();
    }
  });

  it('encodes client frames as JSON', () => {
    expect(JSON.parse(encodeClientFrame({ type: 'message', clientId: 'a', text: 'hi', locale: 'en-GB' }))).toEqual({
      type: 'message',
      clientId: 'a',
      text: 'hi',
      locale: 'en-GB',
    });
  });
});
