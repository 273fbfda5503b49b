// Middle and right columns: the open conversation's header and actions (take over, resolve, hand back to
// the bot), its full history, the reply box and the customer panel.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import type { ConsoleApi, ConversationAction, ConversationDetail } from '../api/console-api.js';
import { ApiError } from '../api/http.js';
import { channelName, customerLabel, statusName } from '../format/display.js';
import { CustomerPanel } from './CustomerPanel.js';
import { MessageItem } from './MessageItem.js';
import { ReplyBox } from './ReplyBox.js';

interface ConversationViewProps {
  api: ConsoleApi;
  detail: ConversationDetail;
  onConversation(conversation: WireConversation): void;
  onMessage(message: WireMessage): void;
  onReload(): void;
}

const ACTION_FAILED: Record<ConversationAction, string> = {
  assign: 'Could not take over the conversation.',
  resolve: 'Could not resolve the conversation.',
  release: 'Could not hand the conversation back to the bot.',
};

export function ConversationView({ api, detail, onConversation, onMessage, onReload }: ConversationViewProps) {
  const { conversation, messages } = detail;
  const [busy, setBusy] = useState<ConversationAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const historyRef = useRef<HTMLOListElement>(null);
  const stickToBottom = useRef(true);

  useEffect(() => {
    setError(null);
    stickToBottom.current = true;
  }, [conversation.id]);

  useLayoutEffect(() => {
    const history = historyRef.current;
    if (history && stickToBottom.current) history.scrollTop = history.scrollHeight;
  }, [messages, conversation.id]);

  async function act(action: ConversationAction): Promise<void> {
    setBusy(action);
    setError(null);
    try {
      const updated = await api.act(conversation.id, action);
      if (updated) onConversation(updated);
      else onReload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : ACTION_FAILED[action]);
    } finally {
      setBusy(null);
    }
  }

  const name = customerLabel(conversation);
  return (
    <div className="conversation">
      <section className="thread" aria-labelledby="thread-title">
        <header className="thread-header">
          <div className="thread-title">
            <h2 id="thread-title">{name}</h2>
            <span className="badge channel">{channelName(conversation.channel)}</span>
            <span className={`badge status-${conversation.status}`}>{statusName(conversation.status)}</span>
            <span className={`badge ${conversation.handler === 'human' ? 'human' : 'bot'}`}>
              {conversation.handler === 'human' ? 'Human is answering' : 'Bot is answering'}
            </span>
          </div>
          <div className="thread-actions">
            {conversation.handler === 'bot' ? (
              <button type="button" className="button primary" data-testid="take-over" disabled={busy !== null} onClick={() => void act('assign')}>
                {busy === 'assign' ? 'Taking over…' : 'Take over'}
              </button>
            ) : (
              <button type="button" className="button" data-testid="release" disabled={busy !== null} onClick={() => void act('release')}>
                {busy === 'release' ? 'Handing back…' : 'Hand back to bot'}
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="resolve"
              disabled={busy !== null || conversation.status === 'resolved'}
              onClick={() => void act('resolve')}
            >
              {busy === 'resolve' ? 'Resolving…' : conversation.status === 'resolved' ? 'Resolved' : 'Resolve'}
            </button>
          </div>
        </header>
        {error && (
          <div className="inline-error banner" role="alert">
            <span>{error}</span>
            <button type="button" className="link-button" onClick={() => setError(null)}>
              Dismiss
            </button>
          </div>
        )}
        <ol
          className="history"
          ref={historyRef}
          aria-label={`Messages with ${name}`}
          tabIndex={0}
          onScroll={(event) => {
            const list = event.currentTarget;
            stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
          }}
        >
          {messages.map((message) => (
            <MessageItem key={message.id} message={message} customerName={name} />
          ))}
          {messages.length === 0 && <li className="empty-note">No messages yet.</li>}
        </ol>
        <ReplyBox
          key={conversation.id}
          api={api}
          conversationId={conversation.id}
          botIsHandling={conversation.handler === 'bot'}
          onSent={(message) => {
            stickToBottom.current = true;
            onMessage(message);
          }}
        />
      </section>
      <CustomerPanel conversation={conversation} />
    </div>
  );
}
