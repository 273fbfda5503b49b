// The console's HTTP endpoints (/api/console/*), with response shapes checked. A 401 anywhere but the login
// form means the session is gone: onUnauthorized sends the agent back to the login page.
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import { isRecord, isWireConversation, isWireMessage } from '../../../shared/wire-guards.js';
import { ApiError, requestJson, type Fetcher } from './http.js';

export interface ConsoleUser {
  id: string;
  name: string;
  email: string;
  role: string;
  tenantId: string;
}

export type StatusQuery = 'open' | 'handoff' | 'resolved' | 'all';

export const PAGE_SIZE = 50;

export interface ConversationDetail {
  conversation: WireConversation;
  messages: WireMessage[];
}

export interface ConsoleApi {
  /** The signed-in agent, or null when there is no valid session. */
  me(): Promise<ConsoleUser | null>;
  login(email: string, password: string): Promise<ConsoleUser>;
  logout(): Promise<void>;
  conversations(status: StatusQuery, before?: string): Promise<WireConversation[]>;
  conversation(id: string): Promise<ConversationDetail>;
  /** `attachments`: ids of this conversation's uploads sent with the reply. */
  reply(id: string, text: string, attachments?: string[]): Promise<WireMessage>;
  /** Take over / resolve / hand back. Resolves to the updated conversation when the server returns it. */
  act(id: string, action: ConversationAction): Promise<WireConversation | null>;
}

export type ConversationAction = 'assign' | 'resolve' | 'release';

function isUser(value: unknown): value is ConsoleUser {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.email === 'string' &&
    typeof value.role === 'string' &&
    typeof value.tenantId === 'string'
  );
}

function unexpected(what: string): ApiError {
  return new ApiError(502, 'bad_response', `The server sent an unexpected ${what}.`);
}

function userFrom(body: unknown): ConsoleUser {
  if (isRecord(body) && isUser(body.user)) return body.user;
  throw unexpected('user record');
}

function conversationPath(id: string, suffix = ''): string {
  return `/api/console/conversations/${encodeURIComponent(id)}${suffix}`;
}

export function createConsoleApi(onUnauthorized: () => void, fetcher: Fetcher = (input, init) => fetch(input, init)): ConsoleApi {
  /** Authenticated request: a 401 ends the session in the UI before the error propagates. */
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    try {
      return await requestJson(fetcher, method, path, body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }

  return {
    async me() {
      try {
        return userFrom(await requestJson(fetcher, 'GET', '/api/console/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    async login(email, password) {
      return userFrom(await requestJson(fetcher, 'POST', '/api/console/login', { email, password }));
    },
    async logout() {
      await requestJson(fetcher, 'POST', '/api/console/logout');
    },
    async conversations(status, before) {
      const query = new URLSearchParams({ status, limit: String(PAGE_SIZE) });
      if (before) query.set('before', before);
      const body = await call('GET', `/api/console/conversations?${query.toString()}`);
      if (!isRecord(body) || !Array.isArray(body.conversations)) throw unexpected('conversation list');
      return body.conversations.filter(isWireConversation);
    },
    async conversation(id) {
      const body = await call('GET', conversationPath(id));
      if (!isRecord(body) || !isWireConversation(body.conversation) || !Array.isArray(body.messages)) throw unexpected('conversation');
      return { conversation: body.conversation, messages: body.messages.filter(isWireMessage) };
    },
    async reply(id, text, attachments) {
      const body = await call('POST', conversationPath(id, '/messages'), { text, ...(attachments && attachments.length > 0 ? { attachments } : {}) });
      if (!isRecord(body) || !isWireMessage(body.message)) throw unexpected('message');
      return body.message;
    },
    async act(id, action) {
      const body = await call('POST', conversationPath(id, `/${action}`));
      return isRecord(body) && isWireConversation(body.conversation) ? body.conversation : null;
    },
  };
}
