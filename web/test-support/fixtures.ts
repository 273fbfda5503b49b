// Test data builders for wire messages and conversations, plus a fake socket factory that records traffic.
import type { WireConversation, WireMessage } from '../../src/api/protocol.js';
import type { SocketFactory, SocketHandlers } from '../shared/socket.js';

export function wireMessage(overrides: Partial<WireMessage> = {}): WireMessage {
  return {
    id: 'm1',
    conversationId: 'c1',
    direction: 'out',
    author: 'bot',
    text: 'Hello! How can I help?',
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function wireConversation(overrides: Partial<WireConversation> = {}): WireConversation {
  return {
    id: 'c1',
    channel: 'widget',
    status: 'open',
    handler: 'bot',
    priority: 0,
    language: 'en',
    lastIntent: null,
    customer: { id: 'cu1', externalId: 'visitor-1', name: null, email: null, locale: 'en-US' },
    lastMessage: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export interface FakeConnection {
  url: string;
  sent: string[];
  closedByClient: boolean;
  handlers: SocketHandlers;
}

/** A SocketFactory whose connections the test opens, feeds and drops by hand. */
export function fakeSockets(): { factory: SocketFactory; connections: FakeConnection[]; latest(): FakeConnection } {
  const connections: FakeConnection[] = [];
  const factory: SocketFactory = (url, handlers) => {
    const connection: FakeConnection = { url, sent: [], closedByClient: false, handlers };
    connections.push(connection);
    return {
      send: (data) => connection.sent.push(data),
      close: () => {
        connection.closedByClient = true;
      },
    };
  };
  return {
    factory,
    connections,
    latest() {
      const connection = connections[connections.length - 1];
      if (!connection) throw new Error('no connection was opened');
      return connection;
    },
  };
}
