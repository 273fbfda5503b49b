// The inbox: the queue (handed-off conversations in priority order) or the list of all conversations,
// the open conversation and its side panels, kept live by the console websocket. Owns loading, URL
// routing and the j/k/Enter list shortcuts.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import { PAGE_SIZE, type ConsoleApi, type ConsoleUser } from '../api/console-api.js';
import { isTypingTarget, moveSelection } from '../app/keyboard.js';
import { conversationIdFromPath, conversationPath } from '../app/routes.js';
import { TopBar } from '../app/TopBar.js';
import { ConversationView } from '../conversation/ConversationView.js';
import { useLiveUpdates } from '../live/use-live-updates.js';
import { ConversationList } from './ConversationList.js';
import { statusQueryFor, type InboxFilter } from './filters.js';
import { inboxReducer, initialInboxState } from './inbox-state.js';
import { useNow } from './use-now.js';
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import type { HandoffApi, InboxPage as QueuePage } from '../api/handoff-api.js';
import { QueuePanel } from '../queue/QueuePanel.js';
import { createCustomerApi } from '../api/customer-api.js';
import { createDeliveryApi } from '../api/delivery-api.js';
import { DeadLetterBanner } from '../delivery/DeadLetterBanner.js';
import { mergeItems, queueCounts, visibleItems, type QueueFilter } from '../queue/queue-state.js';

interface InboxPageProps {
  api: ConsoleApi;
  handoffApi: HandoffApi;
  user: ConsoleUser;
  onSignOut(): void;
  /** The live socket was refused: the session expired elsewhere. */
  onSessionEnded(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function InboxPage({ api, handoffApi, user, onSignOut, onSessionEnded }: InboxPageProps) {
  const [state, dispatch] = useReducer(inboxReducer, initialInboxState);
  const [mode, setMode] = useState<'queue' | 'all'>('queue');
  const [queueFilter, setQueueFilter] = useState<QueueFilter>({ view: 'all', breachedOnly: false });
  const [queueItems, setQueueItems] = useState<ReadonlyMap<string, InboxItem>>(new Map());
  const [serverCounts, setServerCounts] = useState<QueuePage['counts'] | null>(null);
  const [queueError, setQueueError] = useState<string | null>(null);
  const [myTeams, setMyTeams] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(() => conversationIdFromPath(window.location.pathname));
  const [listLoading, setListLoading] = useState(true);
  const [listError, setListError] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [detailLoading, setDetailLoading] = useState(false);
  const [detailError, setDetailError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listTicket = useRef(0);
  const detailTicket = useRef(0);
  const now = useNow();
  const deliveryApi = useMemo(() => createDeliveryApi(onSessionEnded), [onSessionEnded]);
  const customerApi = useMemo(() => createCustomerApi(onSessionEnded), [onSessionEnded]);
  // Bumped when a delivery status arrives or the socket reconnects: the dead-letter alert reloads.
  const [deliveryVersion, setDeliveryVersion] = useState(0);
  // The queue re-scores on its own faster clock: SLA countdowns and order move between pushes.
  const queueNow = useNow(5_000);

  const loadList = useCallback(
    async (filter: InboxFilter, before?: string) => {
      const ticket = ++listTicket.current;
      setListLoading(true);
      try {
        const conversations = await api.conversations(statusQueryFor(filter), before);
        if (ticket !== listTicket.current) return;
        dispatch({ type: 'listLoaded', conversations, append: before !== undefined });
        setHasMore(conversations.length >= PAGE_SIZE);
        setListError(null);
      } catch (error) {
        if (ticket === listTicket.current) setListError(messageOf(error));
      } finally {
        if (ticket === listTicket.current) setListLoading(false);
      }
    },
    [api],
  );

  const loadDetail = useCallback(
    async (id: string) => {
      const ticket = ++detailTicket.current;
      setDetailLoading(true);
      try {
        const detail = await api.conversation(id);
        if (ticket !== detailTicket.current) return;
        dispatch({ type: 'detailLoaded', detail });
        setDetailError(null);
      } catch (error) {
        if (ticket === detailTicket.current) setDetailError(messageOf(error));
      } finally {
        if (ticket === detailTicket.current) setDetailLoading(false);
      }
    },
    [api],
  );

  useEffect(() => {
    void loadList(state.filter);
  }, [state.filter, loadList]);

  const loadQueue = useCallback(async () => {
    try {
      const page = await handoffApi.inbox({ view: 'all', limit: 500 });
      setQueueItems(new Map(page.items.map((i) => [i.conversation.id, i])));
      setServerCounts(page.counts);
      setQueueError(null);
    } catch (error) {
      setQueueError(messageOf(error));
    }
  }, [handoffApi]);

  useEffect(() => {
    void loadQueue();
    handoffApi.teams().then(
      (teams) => setMyTeams(teams.filter((t) => t.members.includes(user.id)).map((t) => t.id)),
      () => setMyTeams([]),
    );
  }, [loadQueue, handoffApi, user.id]);

  useEffect(() => {
    if (openId) {
      void loadDetail(openId);
    } else {
      detailTicket.current += 1;
      dispatch({ type: 'detailClosed' });
    }
  }, [openId, loadDetail]);

  useEffect(() => {
    const onPopState = (): void => setOpenId(conversationIdFromPath(window.location.pathname));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const openConversation = useCallback((id: string) => {
    const path = conversationPath(id);
    if (window.location.pathname !== path) window.history.pushState(null, '', path);
    setOpenId(id);
  }, []);

  const live = useLiveUpdates({
    onConnected: () => {
      void loadList(state.filter);
      void loadQueue();
      if (openId) void loadDetail(openId);
      setDeliveryVersion((v) => v + 1);
    },
    onMessage: (message: WireMessage) => {
      dispatch({ type: 'messageArrived', message });
      if (message.delivery) setDeliveryVersion((v) => v + 1);
    },
    onConversation: (conversation: WireConversation) => dispatch({ type: 'conversationChanged', conversation }),
    onInbox: (items: InboxItem[], removed: string[]) => setQueueItems((current) => mergeItems(current, items, removed)),
    onTeams: (teams: string[]) => {
      setMyTeams(teams);
      void loadQueue();
      void loadList(state.filter);
    },
    onSignedOut: onSessionEnded,
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      const rows = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid="conv-row"], [data-testid="queue-row"]'));
      const focused = rows.findIndex((row) => row === document.activeElement);
      const current = focused >= 0 ? focused : rows.findIndex((row) => row.dataset.conversationId === openId);
      const next = rows[moveSelection(current, event.key === 'j' ? 1 : -1, rows.length)];
      if (!next) return;
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openId]);

  const detail = state.detail && state.detail.conversation.id === openId ? state.detail : null;
  const lastRow = state.conversations[state.conversations.length - 1];

  return (
    <div className="app">
      <TopBar user={user} live={live} onSignOut={onSignOut} handoffApi={handoffApi} />
      <DeadLetterBanner api={deliveryApi} refreshKey={deliveryVersion} onOpen={openConversation} />
      <div className="inbox">
        <div className="left">
        <div className="mode-switch" role="tablist">
          <button type="button" role="tab" aria-selected={mode === 'queue'} data-testid="mode-queue" className={`filter ${mode === 'queue' ? 'active' : ''}`} onClick={() => setMode('queue')}>
            Queue
          </button>
          <button type="button" role="tab" aria-selected={mode === 'all'} data-testid="mode-all" className={`filter ${mode === 'all' ? 'active' : ''}`} onClick={() => setMode('all')}>
            All conversations
          </button>
        </div>
        {mode === 'queue' ? (
          <QueuePanel
            items={visibleItems(queueItems, queueFilter, user.id, myTeams, queueNow)}
            channels={[...new Set([...queueItems.values()].map((i) => i.conversation.channel))].sort()}
            languages={[...new Set([...queueItems.values()].flatMap((i) => (i.conversation.language ? [i.conversation.language] : [])))].sort()}
            counts={queueCounts(queueItems, serverCounts, user.id, queueNow)}
            filter={queueFilter}
            openId={openId}
            now={queueNow}
            error={queueError}
            onFilter={setQueueFilter}
            onOpen={openConversation}
          />
        ) : (
        <ConversationList
          conversations={state.conversations}
          filter={state.filter}
          openId={openId}
          loading={listLoading}
          error={listError}
          hasMore={hasMore}
          now={now}
          listRef={listRef}
          onFilter={(filter) => dispatch({ type: 'filterChanged', filter })}
          onOpen={openConversation}
          onLoadMore={() => lastRow && void loadList(state.filter, lastRow.updatedAt)}
          onRetry={() => void loadList(state.filter)}
        />
        )}
        </div>
        <main className="inbox-main">
          {detail ? (
            <ConversationView
              api={api}
              handoffApi={handoffApi}
              user={user}
              detail={detail}
              onConversation={(conversation) => dispatch({ type: 'conversationChanged', conversation })}
              onMessage={(message) => dispatch({ type: 'messageArrived', message })}
              onReload={() => void loadDetail(detail.conversation.id)}
              deliveryApi={deliveryApi}
              customerApi={customerApi}
              onOpenConversation={openConversation}
            />
          ) : (
            <div className="placeholder">
              {detailError && openId ? (
                <div className="inline-error" role="alert">
                  <span>{detailError}</span>
                  <button type="button" className="link-button" onClick={() => void loadDetail(openId)}>
                    Retry
                  </button>
                </div>
              ) : detailLoading && openId ? (
                <p>Loading conversation…</p>
              ) : (
                <p>
                  Select a conversation. Press <kbd>j</kbd>/<kbd>k</kbd> to move through the list and <kbd>Enter</kbd> to open; in a conversation <kbd>t</kbd> takes it over,
                  <kbd>r</kbd> replies, <kbd>n</kbd> writes a note, <kbd>e</kbd> resolves.
                </p>
              )}
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
