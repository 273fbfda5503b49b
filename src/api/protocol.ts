// Wire types shared by the server and the browser apps (widget, console). Type-only: no runtime code,
// so the widget bundle imports nothing from the server.
import type { InboxItem } from '../handoff/inbox.js';

export type Author = 'customer' | 'bot' | 'agent' | 'system';
export type Direction = 'in' | 'out';

export interface WireMessage {
  id: string;
  conversationId: string;
  direction: Direction;
  author: Author;
  text: string;
  createdAt: string;
  /** Agent's display name when author is 'agent'. */
  authorName?: string;
  /** NLU result for inbound messages (console only). */
  intent?: string;
  confidence?: number;
  language?: string;
  /** Quick replies the shopper can tap (widget renders them as buttons). */
  quickReplies?: string[];
  /** Outbound on a channel: how far it got (the platform's receipts; failed = dead-lettered). Console only. */
  delivery?: WireDelivery;
  /** Files on the message; the console reads their bytes from /api/console/media/:id. */
  attachments?: WireAttachment[];
}

export interface WireAttachment {
  id: string;
  kind: 'image' | 'video' | 'audio' | 'file';
  mime?: string;
  size?: number;
  filename?: string;
  /** A signed, expiring link anyone holding it can open: how the widget shows an agent's file. */
  url?: string;
}

export interface WireDelivery {
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: string;
  /** Why it failed, as the platform or the outbox said it. */
  error?: string;
}

export type ConversationStatus = 'open' | 'handoff' | 'resolved';

export interface WireCustomer {
  id: string;
  externalId: string;
  name: string | null;
  email: string | null;
  locale: string | null;
}

export interface WireConversation {
  id: string;
  channel: string;
  status: ConversationStatus;
  /** Who answers now: the bot, or a human (after handoff). */
  handler: 'bot' | 'human';
  priority: number;
  language: string | null;
  lastIntent: string | null;
  customer: WireCustomer;
  lastMessage: { text: string; author: Author; createdAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

// ---- Widget websocket: GET /api/widget/ws?key=<widget key>[&token=<visitor token>] ----
export type WidgetServerFrame =
  | { type: 'session'; visitorToken: string; conversationId: string | null; messages: WireMessage[]; shopName: string }
  | { type: 'ack'; clientId: string; messageId: string; conversationId: string }
  | { type: 'message'; message: WireMessage }
  | { type: 'error'; code: string; message: string; clientId?: string };

export type WidgetClientFrame =
  | { type: 'message'; clientId: string; text: string; locale?: string }
  | { type: 'ping' };

// ---- Console websocket: GET /api/console/ws (session cookie) ----
export type ConsoleServerFrame =
  | { type: 'hello'; user: { id: string; name: string; role: string } }
  | { type: 'message'; message: WireMessage }
  | { type: 'conversation'; conversation: WireConversation }
  /** Queue changes: items to insert or replace, conversations that left the queue. */
  | { type: 'inbox'; items: InboxItem[]; removed: string[] }
  /** The user's team membership changed: the teams they are in now (the console reloads its queue). */
  | { type: 'teams'; teams: string[] };
