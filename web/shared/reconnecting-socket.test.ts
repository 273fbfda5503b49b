// Tests for ReconnectingSocket against a fake socket: reconnect timing, backoff reset, give-up codes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSockets } from '../test-support/fixtures.js';
import { ReconnectingSocket } from './reconnecting-socket.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(extra: Partial<ConstructorParameters<typeof ReconnectingSocket>[0]> = {}) {
  const sockets = fakeSockets();
  const received: string[] = [];
  const downs: number[] = [];
  let n = 0;
  const socket = new ReconnectingSocket({
    url: () => `ws://test/${++n}`,
    onMessage: (data) => received.push(data),
    onDown: (delay) => downs.push(delay),
    createSocket: sockets.factory,
    backoff: { baseMs: 1000, capMs: 8000 },
    random: () => 1,
    ...extra,
  });
  return { socket, sockets, received, downs };
}

describe('ReconnectingSocket', () => {
  it('sends only while open and delivers messages', () => {
    const { socket, sockets, received } = setup();
    socket.start();
    expect(socket.send('early')).toBe(false);
    sockets.latest().handlers.open();
    expect(socket.isOpen).toBe(true);
    expect(socket.send('hi')).toBe(true);
    sockets.latest().handlers.message('frame');
    expect(sockets.latest().sent).toEqual(['hi']);
    expect(received).toEqual(['frame']);
  });

  it('reconnects with growing delays and recomputes the URL each time', () => {
    const { socket, sockets, downs } = setup();
    socket.start();
    sockets.latest().handlers.close(1006);
    expect(downs).toEqual([1000]);
    vi.advanceTimersByTime(999);
    expect(sockets.connections).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets.connections).toHaveLength(2);
    expect(sockets.latest().url).toBe('ws://test/2');
    sockets.latest().handlers.close(1006);
    vi.advanceTimersByTime(2000);
    sockets.latest().handlers.close(1006);
    vi.advanceTimersByTime(4000);
    sockets.latest().handlers.close(1006);
    vi.advanceTimersByTime(8000);
    sockets.latest().handlers.close(1006);
    expect(downs).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('keeps backing off when the server accepts and drops, until the owner marks the session healthy', () => {
    const { socket, sockets, downs } = setup();
    socket.start();
    sockets.latest().handlers.open();
    sockets.latest().handlers.close(1011);
    vi.advanceTimersByTime(1000);
    sockets.latest().handlers.open();
    sockets.latest().handlers.close(1011);
    expect(downs).toEqual([1000, 2000]);
    vi.advanceTimersByTime(2000);
    sockets.latest().handlers.open();
    socket.markHealthy();
    sockets.latest().handlers.close(1006);
    expect(downs).toEqual([1000, 2000, 1000]);
  });

  it('stops for good on a permanent close code', () => {
    const onGiveUp = vi.fn();
    const { socket, sockets, downs } = setup({ permanentCloseCodes: [4401], onGiveUp });
    socket.start();
    sockets.latest().handlers.close(4401);
    expect(onGiveUp).toHaveBeenCalledWith(4401);
    expect(downs).toEqual([]);
    expect(socket.isStarted).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(sockets.connections).toHaveLength(1);
  });

  it('ignores events from a socket it already replaced or stopped', () => {
    const { socket, sockets, received } = setup();
    socket.start();
    const first = sockets.latest();
    socket.stop();
    expect(first.closedByClient).toBe(true);
    first.handlers.message('late');
    first.handlers.close(1006);
    expect(received).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(sockets.connections).toHaveLength(1);
  });

  it('retryNow skips the wait', () => {
    const { socket, sockets } = setup();
    socket.start();
    sockets.latest().handlers.close(1006);
    socket.retryNow();
    expect(sockets.connections).toHaveLength(2);
    vi.advanceTimersByTime(60_000);
    expect(sockets.connections).toHaveLength(2);
  });

  it('schedules a retry when the socket cannot even be created', () => {
    let calls = 0;
    const { socket, downs } = setup({
      createSocket: () => {
        calls += 1;
        throw new Error('SecurityError');
      },
    });
    socket.start();
    expect(downs).toEqual([1000]);
    vi.advanceTimersByTime(1000);
    expect(calls).toBe(2);
  });
});
