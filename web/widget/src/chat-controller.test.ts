// Tests for the widget controller over a fake socket and a fake view: session storage, pending → sent,
// re-sending after reconnect with the same client id, rate limits, errors and unread counts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSockets, wireMessage } from '../../test-support/fixtures.js';
import { ChatController, PING_INTERVAL_MS, RATE_LIMIT_RETRY_MS, TYPING_WINDOW_MS, type ChatSurface } from './chat-controller.js';
import { labelsFor } from './labels.js';
import type { ViewState } from './view.js';
import { VisitorStore, type KeyValueStorage } from './visitor-store.js';

class FakeSurface implements ChatSurface {
  isOpen = false;
  title = '';
  banner: string | null = null;
  notice: string | null = null;
  unread = 0;
  state: ViewState = { entries: [], quickReplies: [], typing: false };
  setOpen(open: boolean) {
    this.isOpen = open;
  }
  setTitle(shopName: string) {
    this.title = shopName;
  }
  setBanner(text: string | null) {
    this.banner = text;
  }
  setNotice(text: string | null) {
    this.notice = text;
  }
  setUnread(count: number) {
    this.unread = count;
  }
  render(state: ViewState) {
    this.state = { ...state, entries: state.entries.map((entry) => ({ ...entry })) };
  }
}

const labels = labelsFor('en');

function setup(initialToken: string | null = null) {
  const data = new Map<string, string>();
  if (initialToken) data.set('peakdesk:wk_test:visitor', initialToken);
  const storage: KeyValueStorage = { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
  const sockets = fakeSockets();
  let ids = 0;
  const controller = new ChatController({
    origin: 'https://help.example.com',
    widgetKey: 'wk_test',
    visitors: new VisitorStore('wk_test', storage),
    labels,
    locale: 'en-GB',
    newId: () => `client-${++ids}`,
    createSocket: sockets.factory,
  });
  const surface = new FakeSurface();
  controller.attach(surface);
  const frames = () => sockets.latest().sent.map((raw) => JSON.parse(raw) as Record<string, unknown>);
  const serve = (frame: object) => sockets.latest().handlers.message(JSON.stringify(frame));
  const session = (token = 'vt-1', messages = [wireMessage()]) => {
    sockets.latest().handlers.open();
    serve({ type: 'session', visitorToken: token, conversationId: 'c1', messages, shopName: 'Demo Shop' });
  };
  return { controller, surface, sockets, data, frames, serve, session };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ChatController', () => {
  it('connects on first open (not before, for a new visitor) and stores the visitor token', () => {
    const { controller, surface, sockets, data, session } = setup();
    expect(sockets.connections).toHaveLength(0);
    controller.open();
    expect(surface.isOpen).toBe(true);
    expect(sockets.latest().url).toBe('wss://help.example.com/api/widget/ws?key=wk_test');
    expect(surface.banner).toBe(labels.connecting);
    session();
    expect(data.get('peakdesk:wk_test:visitor')).toBe('vt-1');
    expect(surface.title).toBe('Demo Shop');
    expect(surface.banner).toBeNull();
    expect(surface.state.entries.map((entry) => entry.text)).toEqual(['Hello! How can I help?']);
  });

  it('reconnects a returning visitor at once, sending the stored token', () => {
    const { sockets } = setup('vt-old');
    expect(sockets.latest().url).toBe('wss://help.example.com/api/widget/ws?key=wk_test&token=vt-old');
  });

  it('shows a message as pending, sends it with the locale, and marks it sent on ack', () => {
    const { controller, surface, frames, serve, session } = setup();
    controller.open();
    session();
    controller.send('where is my order PD-100001?');
    expect(surface.state.entries.at(-1)).toMatchObject({ delivery: 'pending', text: 'where is my order PD-100001?' });
    expect(frames()).toEqual([{ type: 'message', clientId: 'client-1', text: 'where is my order PD-100001?', locale: 'en-GB' }]);
    serve({ type: 'ack', clientId: 'client-1', messageId: 'm-9', conversationId: 'c1' });
    expect(surface.state.entries.at(-1)).toMatchObject({ delivery: 'sent', id: 'm-9' });
    expect(surface.state.typing).toBe(true);
    vi.advanceTimersByTime(TYPING_WINDOW_MS);
    expect(surface.state.typing).toBe(false);
  });

  it('queues messages typed while offline and re-sends unacked ones with the same client id after reconnect', () => {
    const { controller, surface, sockets, frames, session } = setup();
    controller.open();
    controller.send('typed before the session');
    expect(sockets.latest().sent).toEqual([]);
    session();
    expect(frames()).toEqual([{ type: 'message', clientId: 'client-1', text: 'typed before the session', locale: 'en-GB' }]);

    sockets.latest().handlers.close(1006);
    expect(surface.banner).toBe(labels.reconnecting);
    controller.send('typed during the outage');
    vi.advanceTimersByTime(30_000);
    expect(sockets.connections).toHaveLength(2);
    expect(sockets.latest().url).toContain('token=vt-1');
    session('vt-1', [wireMessage()]);
    expect(frames().map((frame) => frame.clientId)).toEqual(['client-1', 'client-2']);
    expect(surface.banner).toBeNull();
    expect(surface.state.entries.map((entry) => entry.delivery)).toEqual(['sent', 'pending', 'pending']);
  });

  it('dedupes live messages by id and counts unread answers while the panel is closed', () => {
    const { controller, surface, serve, session } = setup('vt-1');
    session();
    serve({ type: 'message', message: wireMessage({ id: 'm-2', author: 'agent', authorName: 'Dana', text: 'Hi, Dana here' }) });
    serve({ type: 'message', message: wireMessage({ id: 'm-2', author: 'agent', authorName: 'Dana', text: 'Hi, Dana here' }) });
    expect(surface.state.entries).toHaveLength(2);
    expect(surface.unread).toBe(1);
    controller.open();
    expect(surface.unread).toBe(0);
  });

  it('retries a rate-limited message later with the same client id', () => {
    const { controller, surface, frames, serve, session } = setup();
    controller.open();
    session();
    controller.send('hello');
    serve({ type: 'error', code: 'rate_limited', message: 'too fast', clientId: 'client-1' });
    expect(surface.notice).toBe(labels.rateLimited);
    expect(surface.state.entries.at(-1)?.delivery).toBe('pending');
    vi.advanceTimersByTime(RATE_LIMIT_RETRY_MS);
    expect(frames().map((frame) => frame.clientId)).toEqual(['client-1', 'client-1']);
    serve({ type: 'ack', clientId: 'client-1', messageId: 'm-5', conversationId: 'c1' });
    expect(surface.notice).toBeNull();
    expect(surface.state.entries.at(-1)?.delivery).toBe('sent');
  });

  it('marks a rejected message failed with the server message, and retry re-sends it', () => {
    const { controller, surface, frames, serve, session } = setup();
    controller.open();
    session();
    controller.send('hello');
    serve({ type: 'error', code: 'internal', message: 'your message could not be stored; please retry', clientId: 'client-1' });
    expect(surface.state.entries.at(-1)).toMatchObject({ delivery: 'failed', error: 'your message could not be stored; please retry' });
    controller.retry('client-1');
    expect(surface.state.entries.at(-1)?.delivery).toBe('pending');
    expect(frames()).toHaveLength(2);
  });

  it('shows a polite notice for errors not tied to a message', () => {
    const { controller, surface, serve, session } = setup();
    controller.open();
    session();
    serve({ type: 'error', code: 'internal', message: '' });
    expect(surface.notice).toBe(labels.genericError);
    vi.advanceTimersByTime(10_000);
    expect(surface.notice).toBeNull();
  });

  it('pings every 25 seconds while connected', () => {
    const { controller, frames, session } = setup();
    controller.open();
    session();
    vi.advanceTimersByTime(PING_INTERVAL_MS * 2);
    expect(frames()).toEqual([{ type: 'ping' }, { type: 'ping' }]);
  });

  it('stops retrying when the server refuses the widget key', () => {
    const { controller, surface, sockets } = setup();
    controller.open();
    sockets.latest().handlers.close(4401);
    expect(surface.banner).toBe(labels.unavailable);
    vi.advanceTimersByTime(120_000);
    expect(sockets.connections).toHaveLength(1);
  });
});
