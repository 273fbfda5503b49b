// Middle and right columns: the open conversation's header and actions (take over, resolve with reason
// tags and an optional satisfaction question, hand back to the bot), its full history (shopper
// messages in another language can be translated), the reply box with suggestions, scripts and draft
// translation, the customer panel with the handoff summary, orders, shipment timeline and internal notes.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import type { ConsoleApi, ConversationAction, ConversationDetail } from '../api/console-api.js';
import { ApiError } from '../api/http.js';
import { channelName, customerLabel, statusName } from '../format/display.js';
import { CustomerPanel } from './CustomerPanel.js';
import { MessageItem } from './MessageItem.js';
import { MessageAttachments } from './MessageAttachments.js';
import { ReplyBox } from './ReplyBox.js';
import { isTypingTarget } from '../app/keyboard.js';
import { HandoffPanel } from './HandoffPanel.js';
import type { HandoffApi, HandoffDetail } from '../api/handoff-api.js';
import type { ConsoleUser } from '../api/console-api.js';
import { createToolsApi, type CsatResult, type TranslationCapability } from '../api/tools-api.js';
import { MessageTranslation } from './MessageTranslation.js';
import type { CustomerApi } from '../api/customer-api.js';
import type { DeliveryApi } from '../api/delivery-api.js';
import { CustomerProfilePanel } from '../customer/CustomerProfilePanel.js';

const RESOLVE_REASONS = ['answered', 'refund-issued', 'return-approved', 'replacement-sent', 'no-reply', 'spam'];

interface ConversationViewProps {
  api: ConsoleApi;
  handoffApi: HandoffApi;
  user: ConsoleUser;
  detail: ConversationDetail;
  onConversation(conversation: WireConversation): void;
  onMessage(message: WireMessage): void;
  onReload(): void;
  /** Retrying dead-lettered replies from the message. */
  deliveryApi?: DeliveryApi;
  /** The customer across channels (profile, merge). */
  customerApi?: CustomerApi;
  onOpenConversation?(id: string): void;
}

const ACTION_FAILED: Record<ConversationAction, string> = {
  assign: 'Could not take over the conversation.',
  resolve: 'Could not resolve the conversation.',
  release: 'Could not hand the conversation back to the bot.',
};

export function ConversationView({ api, handoffApi, user, detail, onConversation, onMessage, onReload, deliveryApi, customerApi, onOpenConversation }: ConversationViewProps) {
  const { conversation, messages } = detail;
  const [busy, setBusy] = useState<ConversationAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [handoff, setHandoff] = useState<HandoffDetail | null>(null);
  const [resolving, setResolving] = useState(false);
  const [reasons, setReasons] = useState<string[]>([]);
  const [resolveNote, setResolveNote] = useState('');
  const [askCsat, setAskCsat] = useState(true);
  const tools = useMemo(() => createToolsApi(), []);
  const [translation, setTranslation] = useState<TranslationCapability | null>(null);
  const [csat, setCsat] = useState<CsatResult | null>(null);
  const lastCustomerMessageId = [...messages].reverse().find((m) => m.author === 'customer')?.id;

  useEffect(() => {
    tools.translation().then(setTranslation, () => setTranslation(null));
  }, [tools]);

  // The satisfaction result of a resolved conversation; the shopper's rating arrives as a message.
  useEffect(() => {
    let current = true;
    setCsat(null);
    if (conversation.status !== 'resolved') return;
    tools.csat(conversation.id).then(
      (c) => current && setCsat(c),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [tools, conversation.id, conversation.status, messages.length]);

  useEffect(() => {
    let current = true;
    setHandoff(null);
    handoffApi.detail(conversation.id).then(
      (d) => current && setHandoff(d),
      () => undefined,
    );
    if (conversation.handler === 'human') void handoffApi.markRead(conversation.id).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [handoffApi, conversation.id, conversation.handler, messages.length]);

  // Shortcuts while not typing: t take over, r reply, n note, e resolve.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      const focus = (id: string) => document.getElementById(id)?.focus();
      if (event.key === 't') document.querySelector<HTMLButtonElement>('[data-testid="take-over"]')?.click();
      else if (event.key === 'r') focus('reply-input');
      else if (event.key === 'n') focus('note-input');
      else if (event.key === 'e') setResolving(true);
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  async function resolveWithReasons(): Promise<void> {
    setBusy('resolve');
    setError(null);
    try {
      await handoffApi.resolve(conversation.id, reasons, resolveNote.trim(), askCsat);
      setResolving(false);
      setReasons([]);
      setResolveNote('');
      onReload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : ACTION_FAILED.resolve);
    } finally {
      setBusy(null);
    }
  }
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
      if (action === 'assign') setHandoff((h) => (h ? { ...h, assigneeId: user.id } : h));
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
            {(conversation.handler === 'bot' || (handoff !== null && handoff.assigneeId !== user.id)) && conversation.status !== 'resolved' && (
              <button type="button" className="button primary" data-testid="take-over" disabled={busy !== null} onClick={() => void act('assign')}>
                {busy === 'assign' ? 'Taking over…' : handoff?.assigneeId ? 'Take from colleague' : 'Take over'}
              </button>
            )}
            {conversation.handler === 'human' && (
              <button type="button" className="button" data-testid="release" disabled={busy !== null} onClick={() => void act('release')}>
                {busy === 'release' ? 'Handing back…' : 'Hand back to bot'}
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="resolve"
              disabled={busy !== null || conversation.status === 'resolved'}
              onClick={() => setResolving((r) => !r)}
            >
              {busy === 'resolve' ? 'Resolving…' : conversation.status === 'resolved' ? 'Resolved' : 'Resolve'}
            </button>
          </div>
        </header>
        {resolving && conversation.status !== 'resolved' && (
          <div className="resolve-form" data-testid="resolve-form">
            <span>Why is it resolved?</span>
            {RESOLVE_REASONS.map((r) => (
              <label key={r} className="reason">
                <input type="checkbox" checked={reasons.includes(r)} onChange={(e) => setReasons((rs) => (e.target.checked ? [...rs, r] : rs.filter((x) => x !== r)))} /> {r}
              </label>
            ))}
            <input type="text" aria-label="Resolution note" placeholder="Note (optional)" maxLength={2000} value={resolveNote} onChange={(e) => setResolveNote(e.target.value)} />
            <label className="reason">
              <input type="checkbox" data-testid="resolve-csat" checked={askCsat} onChange={(e) => setAskCsat(e.target.checked)} /> ask for a rating (1–5)
            </label>
            <button type="button" className="button primary" data-testid="resolve-confirm" disabled={busy !== null} onClick={() => void resolveWithReasons()}>
              Resolve
            </button>
          </div>
        )}
        {csat && (
          <p className="csat" data-testid="csat">
            {csat.rating === null ? 'Satisfaction rating requested; no answer yet.' : `Shopper rated ${csat.rating}/5 ${'★'.repeat(csat.rating)}`}
          </p>
        )}
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
            <MessageItem key={message.id} message={message} customerName={name} {...(deliveryApi ? { onRetry: (id: string) => deliveryApi.retry(id, 'message') } : {})}>
              <MessageTranslation tools={tools} message={message} capability={translation} />
              <MessageAttachments message={message} />
            </MessageItem>
          ))}
          {messages.length === 0 && <li className="empty-note">No messages yet.</li>}
        </ol>
        <ReplyBox
          key={conversation.id}
          api={api}
          handoffApi={handoffApi}
          language={conversation.language}
          scriptVars={{
            'customer.name': conversation.customer.name,
            'agent.name': user.name,
            'order.number': handoff?.orders[0]?.order.number,
            'order.state': handoff?.orders[0]?.order.state.replace(/_/g, ' '),
          }}
          conversationId={conversation.id}
          botIsHandling={conversation.handler === 'bot'}
          tools={tools}
          translation={translation}
          lastCustomerMessageId={lastCustomerMessageId}
          onSent={(message) => {
            stickToBottom.current = true;
            onMessage(message);
          }}
        />
      </section>
      <div className="side">
        {handoff && <HandoffPanel api={handoffApi} conversationId={conversation.id} detail={handoff} onNote={(note) => setHandoff((h) => (h ? { ...h, notes: [...h.notes, note] } : h))} />}
        <CustomerPanel conversation={conversation} />
        {customerApi && (
          <CustomerProfilePanel
            key={conversation.customer.id}
            api={customerApi}
            customerId={conversation.customer.id}
            conversationId={conversation.id}
            canMerge={user.role !== 'agent'}
            onOpen={(id) => onOpenConversation?.(id)}
          />
        )}
      </div>
    </div>
  );
}
