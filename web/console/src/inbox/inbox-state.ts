// The inbox as one reducer: the filtered conversation list (newest first) and the open conversation, kept
// current by API responses and live frames alike.
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import type { ConversationDetail } from '../api/console-api.js';
import { mergeMessages } from '../conversation/message-order.js';
import { matchesFilter, type InboxFilter } from './filters.js';

export interface InboxState {
  filter: InboxFilter;
  conversations: WireConversation[];
  detail: ConversationDetail | null;
}

export type InboxAction =
  | { type: 'filterChanged'; filter: InboxFilter }
  | { type: 'listLoaded'; conversations: WireConversation[]; append: boolean }
  | { type: 'detailLoaded'; detail: ConversationDetail }
  | { type: 'detailClosed' }
  | { type: 'conversationChanged'; conversation: WireConversation }
  | { type: 'messageArrived'; message: WireMessage };

export const initialInboxState: InboxState = { filter: 'all', conversations: [], detail: null };

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

function newestFirst(list: WireConversation[]): WireConversation[] {
  return list.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
}

function upsert(list: readonly WireConversation[], conversation: WireConversation, filter: InboxFilter): WireConversation[] {
  const others = list.filter((item) => item.id !== conversation.id);
  return matchesFilter(conversation, filter) ? newestFirst([...others, conversation]) : others;
}

/** A conversation as it looks once `message` is its latest message. */
function withLatest(conversation: WireConversation, message: WireMessage): WireConversation {
  if (conversation.lastMessage && time(conversation.lastMessage.createdAt) > time(message.createdAt)) return conversation;
  return {
    ...conversation,
    lastMessage: { text: message.text, author: message.author, createdAt: message.createdAt },
    updatedAt: time(message.createdAt) > time(conversation.updatedAt) ? message.createdAt : conversation.updatedAt,
  };
}

export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  switch (action.type) {
    case 'filterChanged':
      return action.filter === state.filter ? state : { ...state, filter: action.filter, conversations: [] };
    case 'listLoaded': {
      if (!action.append) return { ...state, conversations: newestFirst([...action.conversations]) };
      const known = new Set(state.conversations.map((item) => item.id));
      return { ...state, conversations: [...state.conversations, ...action.conversations.filter((item) => !known.has(item.id))] };
    }
    case 'detailLoaded': {
      const { conversation } = action.detail;
      const listed = state.conversations.some((item) => item.id === conversation.id);
      return {
        ...state,
        detail: action.detail,
        conversations: listed ? upsert(state.conversations, conversation, state.filter) : state.conversations,
      };
    }
    case 'detailClosed':
      return state.detail ? { ...state, detail: null } : state;
    case 'conversationChanged': {
      const open = state.detail?.conversation.id === action.conversation.id;
      return {
        ...state,
        conversations: upsert(state.conversations, action.conversation, state.filter),
        detail: open && state.detail ? { ...state.detail, conversation: action.conversation } : state.detail,
      };
    }
    case 'messageArrived': {
      const { message } = action;
      const row = state.conversations.find((item) => item.id === message.conversationId);
      const detail = state.detail;
      const open = detail?.conversation.id === message.conversationId;
      return {
        ...state,
        conversations: row ? upsert(state.conversations, withLatest(row, message), state.filter) : state.conversations,
        detail:
          open && detail
            ? { conversation: withLatest(detail.conversation, message), messages: mergeMessages(detail.messages, [message]) }
            : detail,
      };
    }
  }
}
