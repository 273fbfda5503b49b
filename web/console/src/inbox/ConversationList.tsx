// Left column of the inbox: filter tabs and the conversation rows (customer, channel, language, preview, age,
// a priority dot when a human is needed). Rows are links, so Enter and middle-click behave as expected.
import type { MouseEvent, RefObject } from 'react';
import type { WireConversation } from '../../../../src/api/protocol.js';
import { conversationPath } from '../app/routes.js';
import { channelName, customerLabel } from '../format/display.js';
import { fullTimestamp, relativeTime } from '../format/relative-time.js';
import { FILTERS, type InboxFilter } from './filters.js';

interface ConversationListProps {
  conversations: readonly WireConversation[];
  filter: InboxFilter;
  openId: string | null;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  now: number;
  listRef: RefObject<HTMLUListElement | null>;
  onFilter(filter: InboxFilter): void;
  onOpen(id: string): void;
  onLoadMore(): void;
  onRetry(): void;
}

function authorPrefix(author: string): string {
  if (author === 'bot') return 'Bot: ';
  if (author === 'agent') return 'Agent: ';
  return '';
}

export function ConversationList(props: ConversationListProps) {
  const { conversations, filter, openId, loading, error, hasMore, now } = props;

  function open(event: MouseEvent<HTMLAnchorElement>, id: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    props.onOpen(id);
  }

  return (
    <nav className="inbox-list" aria-label="Conversations">
      <div className="filters" role="group" aria-label="Filter conversations">
        {FILTERS.map((definition) => (
          <button
            key={definition.id}
            type="button"
            className="filter"
            aria-pressed={definition.id === filter}
            onClick={() => props.onFilter(definition.id)}
          >
            {definition.label}
          </button>
        ))}
      </div>
      {error && (
        <div className="inline-error" role="alert">
          <span>{error}</span>
          <button type="button" className="link-button" onClick={props.onRetry}>
            Retry
          </button>
        </div>
      )}
      <ul className="conv-list" ref={props.listRef}>
        {conversations.map((conversation) => {
          const last = conversation.lastMessage;
          const needsHuman = conversation.status === 'handoff';
          return (
            <li key={conversation.id}>
              <a
                href={conversationPath(conversation.id)}
                className={`conv-row${conversation.id === openId ? ' is-open' : ''}`}
                data-testid="conv-row"
                data-conversation-id={conversation.id}
                aria-current={conversation.id === openId ? 'page' : undefined}
                onClick={(event) => open(event, conversation.id)}
              >
                <span className="conv-line">
                  {needsHuman && (
                    <span className={`priority-dot${conversation.priority > 0 ? ' urgent' : ''}`} title={`Needs a human · priority ${conversation.priority}`}>
                      <span className="visually-hidden">Needs a human, priority {conversation.priority}</span>
                    </span>
                  )}
                  <span className="conv-name">{customerLabel(conversation)}</span>
                  <span className="badge channel">{channelName(conversation.channel)}</span>
                  {conversation.language && <span className="badge lang">{conversation.language}</span>}
                  {conversation.handler === 'human' && <span className="badge human">Human</span>}
                  {conversation.status === 'resolved' && <span className="badge resolved">Resolved</span>}
                  <time className="conv-time" dateTime={conversation.updatedAt} title={fullTimestamp(conversation.updatedAt)}>
                    {relativeTime(conversation.updatedAt, now)}
                  </time>
                </span>
                <span className="conv-preview" dir="auto">
                  {last ? authorPrefix(last.author) + last.text : 'No messages yet'}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {!loading && !error && conversations.length === 0 && <p className="empty-note">No conversations here.</p>}
      {loading && <p className="empty-note">Loading…</p>}
      {hasMore && !loading && (
        <button type="button" className="button load-more" onClick={props.onLoadMore}>
          Load older conversations
        </button>
      )}
    </nav>
  );
}
