// Fans bus events out to open websockets: a widget sees its own conversation, a console sees its
// tenant, except conversations in private team queues it may not see (decided by the inbox feed).
// Events come from this process or, through Redis, from any replica.
import type { WebSocket } from 'ws';
import type { Bus, BusEvent } from '../../runtime/bus.js';
import type { Metrics } from '../../runtime/metrics.js';
import type { ConsoleServerFrame, WidgetServerFrame } from '../protocol.js';
import type { InboxItem, Viewer } from '../../handoff/inbox.js';
import { canSee, isSupervisor } from '../../handoff/inbox.js';

export class RealtimeGateway {
  private readonly widgetsByConversation = new Map<string, Set<WebSocket>>();
  private readonly widgetsByVisitor = new Map<string, Set<WebSocket>>();
  private readonly consolesByTenant = new Map<string, Set<WebSocket>>();
  private readonly conversationsOf = new WeakMap<WebSocket, Set<string>>();
  private readonly viewers = new WeakMap<WebSocket, Viewer>();
  private readonly unsubscribe: () => void;
  /**
   * Set by the inbox feed. Frames about a conversation reach agents (not supervisors) only through
   * it: it learns first whether the conversation sits in a private team queue, then calls deliver.
   */
  gate: (tenantId: string, conversationId: string, deliver: (visible: (viewer: Viewer) => boolean) => void) => void = (_t, _c, deliver) => deliver(() => true);
  /** Re-reads a viewer's teams (set by the server; the gateway itself has no database). */
  reloadViewer: (viewer: Viewer) => Promise<Viewer> = async (viewer) => viewer;
  private readonly log: (err: unknown) => void;

  constructor(bus: Bus, private readonly metrics: Metrics, log: (err: unknown) => void = () => undefined) {
    this.log = log;
    this.unsubscribe = bus.subscribe((e) => this.dispatch(e));
  }

  close(): void {
    this.unsubscribe();
    for (const set of [...this.widgetsByVisitor.values(), ...this.consolesByTenant.values()]) for (const ws of set) ws.close(1001, 'server shutting down');
  }

  addWidget(ws: WebSocket, visitorKey: string, conversationId: string | null): void {
    add(this.widgetsByVisitor, visitorKey, ws);
    this.conversationsOf.set(ws, new Set());
    if (conversationId) this.follow(ws, conversationId);
    this.metrics.websocketClients.inc({ kind: 'widget' });
    ws.once('close', () => {
      remove(this.widgetsByVisitor, visitorKey, ws);
      for (const cid of this.conversationsOf.get(ws) ?? []) remove(this.widgetsByConversation, cid, ws);
      this.metrics.websocketClients.dec({ kind: 'widget' });
    });
  }

  private follow(ws: WebSocket, conversationId: string): void {
    add(this.widgetsByConversation, conversationId, ws);
    this.conversationsOf.get(ws)?.add(conversationId);
  }

  /** After a message lands in a (possibly new) conversation, every tab of that visitor follows it. */
  followConversation(visitorKey: string, conversationId: string): void {
    for (const ws of this.widgetsByVisitor.get(visitorKey) ?? []) this.follow(ws, conversationId);
  }

  addConsole(ws: WebSocket, viewer: Viewer): void {
    const tenantId = viewer.tenantId;
    this.viewers.set(ws, viewer);
    add(this.consolesByTenant, tenantId, ws);
    this.metrics.websocketClients.inc({ kind: 'console' });
    ws.once('close', () => {
      remove(this.consolesByTenant, tenantId, ws);
      this.metrics.websocketClients.dec({ kind: 'console' });
    });
  }

  private dispatch(e: BusEvent): void {
    if (e.type === 'teams.changed') {
      void this.refreshViewers(e.tenantId).catch(this.log);
      return;
    }
    // Frames are serialised only when someone is listening: most events at a peak have no socket.
    const consoles = this.consolesByTenant.get(e.tenantId);
    if (e.type === 'message.created') {
      const widgets = this.widgetsByConversation.get(e.message.conversationId);
      if (widgets) {
        const frame = JSON.stringify({ type: 'message', message: stripInternal(e.message) } satisfies WidgetServerFrame);
        for (const ws of widgets) send(ws, frame);
      }
      if (consoles) this.toConsoles(e.tenantId, consoles, e.message.conversationId, JSON.stringify({ type: 'message', message: e.message } satisfies ConsoleServerFrame));
    } else if (e.type === 'message.updated' && consoles) {
      this.toConsoles(e.tenantId, consoles, e.message.conversationId, JSON.stringify({ type: 'message', message: e.message } satisfies ConsoleServerFrame));
    } else if (e.type === 'conversation.updated' && consoles) {
      this.toConsoles(e.tenantId, consoles, e.conversation.id, JSON.stringify({ type: 'conversation', conversation: e.conversation } satisfies ConsoleServerFrame));
    }
  }

  private toConsoles(tenantId: string, consoles: Set<WebSocket>, conversationId: string, frame: string): void {
    let agents = false;
    for (const ws of consoles) {
      if (isSupervisor(this.viewers.get(ws)!.role)) send(ws, frame);
      else agents = true;
    }
    if (!agents) return;
    this.gate(tenantId, conversationId, (visible) => {
      for (const ws of this.consolesByTenant.get(tenantId) ?? []) {
        const viewer = this.viewers.get(ws)!;
        if (!isSupervisor(viewer.role) && visible(viewer)) send(ws, frame);
      }
    });
  }

  /**
   * After a team change, each console of the tenant gets its viewer's teams re-read (so live frames
   * follow the new membership) and a teams frame (so the console reloads its queue).
   */
  private async refreshViewers(tenantId: string): Promise<void> {
    for (const ws of this.consolesByTenant.get(tenantId) ?? []) {
      const viewer = await this.reloadViewer(this.viewers.get(ws)!);
      this.viewers.set(ws, viewer);
      send(ws, JSON.stringify({ type: 'teams', teams: viewer.teams } satisfies ConsoleServerFrame));
    }
  }

  /** Inbox items to every console of the tenant, each seeing only what its user may see. */
  sendInbox(tenantId: string, items: InboxItem[], removed: string[]): void {
    const consoles = this.consolesByTenant.get(tenantId);
    if (!consoles) return;
    const open = items.filter((i) => !i.teamPrivate);
    // One serialisation for every console that sees the same set (the common case).
    const shared = JSON.stringify({ type: 'inbox', items: open.length === items.length ? items : open, removed } satisfies ConsoleServerFrame);
    const everything = open.length === items.length ? shared : JSON.stringify({ type: 'inbox', items, removed } satisfies ConsoleServerFrame);
    for (const ws of consoles) {
      const viewer = this.viewers.get(ws)!;
      if (open.length === items.length) send(ws, shared);
      else {
        const mine = items.filter((i) => canSee(viewer, i));
        if (mine.length === items.length) send(ws, everything);
        else if (mine.length === open.length) send(ws, shared);
        else send(ws, JSON.stringify({ type: 'inbox', items: mine, removed } satisfies ConsoleServerFrame));
      }
    }
  }
}

/** Shoppers never see the bot's NLU annotations nor our delivery bookkeeping. */
function stripInternal(m: import('../protocol.js').WireMessage) {
  const { intent: _i, confidence: _c, language: _l, delivery: _d, ...rest } = m;
  return rest;
}

function send(ws: WebSocket, frame: string): void {
  // A client that stopped reading is dropped rather than buffered without bound.
  if (ws.bufferedAmount > 1024 * 1024) ws.terminate();
  else if (ws.readyState === ws.OPEN) ws.send(frame);
}

function add<K>(map: Map<K, Set<WebSocket>>, key: K, ws: WebSocket): void {
  const set = map.get(key);
  if (set) set.add(ws);
  else map.set(key, new Set([ws]));
}

function remove<K>(map: Map<K, Set<WebSocket>>, key: K, ws: WebSocket): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(ws);
  if (set.size === 0) map.delete(key);
}
