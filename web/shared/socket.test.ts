// Tests for building websocket URLs from an http(s) origin.
import { describe, expect, it } from 'vitest';
import { socketUrl } from './socket.js';

describe('socketUrl', () => {
  it('maps https to wss and http to ws', () => {
    expect(socketUrl('https://help.example.com', '/api/console/ws')).toBe('wss://help.example.com/api/console/ws');
    expect(socketUrl('http://localhost:3000', '/api/console/ws')).toBe('ws://localhost:3000/api/console/ws');
  });

  it('adds only the parameters that have a value, encoded', () => {
    expect(socketUrl('https://x.test', '/api/widget/ws', { key: 'wk_a b', token: null })).toBe('wss://x.test/api/widget/ws?key=wk_a+b');
    expect(socketUrl('https://x.test', '/api/widget/ws', { key: 'wk_1', token: 't&1' })).toBe('wss://x.test/api/widget/ws?key=wk_1&token=t%261');
  });
});
