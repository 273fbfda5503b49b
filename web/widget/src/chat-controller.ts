// Runs one embedded chat: connects to the widget socket, keeps the transcript, re-sends what the server has
// not acknowledged, and tells the view what to show. Talks to the page only through the ChatSurface interface.
import type { WidgetServerFrame } from '../../../src/api/protocol.js';
import { ReconnectingSocket } from '../../shared/reconnecting-socket.js';
import { CLOSE_UNAUTHORIZED, socketUrl, type SocketFactory } from '../../shared/socket.js';
import { encodeClientFrame, parseServerFrame } from './frames.js';
import type { Labels } from './labels.js';
import { Transcript } from './transcript.js';
import type { ViewHandlers, ViewState } from './view.js';
import type { VisitorStore } from './visitor-store.js';

export const PING_INTERVAL_MS = 25_000;
/** How long "Assistant is typing…" may show after the shopper's message was acknowledged. */
export const TYPING_WINDOW_MS = 20_000;
export const RATE_LIMIT_RETRY_MS = 5_000;
const NOTICE_MS = 8_000;

/** What the controller needs from the DOM view (a fake in unit tests). */
export interface ChatSurface {
  readonly isOpen: boolean;
  setOpen(open: boolean): void;
  setTitle(shopName: string): void;
  setBanner(text: string | null): void;
  setNotice(text: string | null): void;
  setUnread(count: number): void;
  render(state: ViewState, followLatest?: boolean): void;
}

export interface ChatOptions {
  origin: string;
  widgetKey: string;
  visitors: VisitorStore;
  labels: Labels;
  /** Sent with every message so the bot can answer in the shopper's language. */
  locale: string;
  newId: () => string;
  createSocket?: SocketFactory;
  now?: () => number;
}

export class ChatController implements ViewHandlers {
  private readonly transcript = new Transcript();
  private readonly socket: ReconnectingSocket;
  private surface: ChatSurface | null = null;
  private ready = false;
  private unread = 0;
  private lastAckAt = Number.NEGATIVE_INFINITY;
  private readonly rateLimited = new Set<string>();
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: ChatOptions) {
    this.socket = new ReconnectingSocket({
      url: () => socketUrl(options.origin, '/api/widget/ws', { key: options.widgetKey, token: options.visitors.load() }),
      onMessage: (data) => this.onFrame(data),
      onDown: () => this.onDown(),
      permanentCloseCodes: [CLOSE_UNAUTHORIZED],
      onGiveUp: () => this.onGiveUp(),
      createSocket: options.createSocket,
    });
  }

  /** Connects right away only for a returning visitor, whose conversation may get answers while the panel is shut. */
  attach(surface: ChatSurface): void {
    this.surface = surface;
    if (this.options.visitors.load()) this.connect();
  }

  open(): void {
    this.view().setOpen(true);
    this.unread = 0;
    this.view().setUnread(0);
    this.connect();
  }

  close(): void {
    this.view().setOpen(false);
  }

  send(text: string): void {
    const clientId = this.options.newId();
    this.transcript.addLocal(clientId, text, new Date(this.now()).toISOString());
    this.transmit(clientId, text);
    this.refresh(true);
  }

  retry(clientId: string): void {
    const entry = this.transcript.markPending(clientId);
    if (!entry) return;
    this.transmit(clientId, entry.text);
    this.refresh();
  }

  /** Skips the backoff wait, e.g. when the browser reports it is back online. */
  reconnectNow(): void {
    this.socket.retryNow();
  }

  private connect(): void {
    if (this.socket.isStarted) return;
    this.view().setBanner(this.options.labels.connecting);
    this.socket.start();
  }

  private transmit(clientId: string, text: string): void {
    if (!this.ready) return;
    this.socket.send(encodeClientFrame({ type: 'message', clientId, text, locale: this.options.locale }));
  }

  private onFrame(data: string): void {
    const frame = parseServerFrame(data);
    if (frame) this.handle(frame);
  }

  private handle(frame: WidgetServerFrame): void {
    switch (frame.type) {
      case 'session':
        this.options.visitors.save(frame.visitorToken);
        this.socket.markHealthy();
        this.ready = true;
        this.view().setTitle(frame.shopName);
        this.view().setBanner(null);
        this.transcript.loadHistory(frame.messages);
        this.startPing();
        for (const pending of this.transcript.unsent()) this.transmit(pending.clientId, pending.text);
        this.refresh(true);
        return;
      case 'ack':
        if (!this.transcript.acknowledge(frame.clientId, frame.messageId)) return;
        if (this.rateLimited.delete(frame.clientId)) this.clearNotice();
        this.lastAckAt = this.now();
        this.restartTypingTimer();
        this.refresh();
        return;
      case 'message':
        if (!this.transcript.receive(frame.message)) return;
        if (!this.view().isOpen && frame.message.author !== 'customer') {
          this.unread += 1;
          this.view().setUnread(this.unread);
        }
        this.refresh();
        return;
      case 'error':
        this.onError(frame.code, frame.message, frame.clientId);
        return;
    }
  }

  private onError(code: string, message: string, clientId: string | undefined): void {
    if (code === 'rate_limited') {
      this.showNotice(this.options.labels.rateLimited);
      if (clientId) this.retryLater(clientId);
      return;
    }
    const text = message || this.options.labels.genericError;
    if (clientId) this.rateLimited.delete(clientId);
    if (clientId && this.transcript.markFailed(clientId, text)) this.refresh();
    else this.showNotice(text);
  }

  private onDown(): void {
    this.ready = false;
    this.stopPing();
    this.view().setBanner(this.options.labels.reconnecting);
    this.refresh();
  }

  /** The server refused this widget key: stop retrying until the shopper opens the chat again. */
  private onGiveUp(): void {
    this.ready = false;
    this.stopPing();
    this.clearNotice();
    this.view().setBanner(this.options.labels.unavailable);
    this.refresh();
  }

  private retryLater(clientId: string): void {
    this.rateLimited.add(clientId);
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      for (const pending of this.transcript.unsent()) {
        if (this.rateLimited.has(pending.clientId)) this.transmit(pending.clientId, pending.text);
      }
    }, RATE_LIMIT_RETRY_MS);
  }

  private showNotice(text: string): void {
    this.view().setNotice(text);
    if (this.noticeTimer !== null) clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.clearNotice(), NOTICE_MS);
  }

  private clearNotice(): void {
    if (this.noticeTimer !== null) clearTimeout(this.noticeTimer);
    this.noticeTimer = null;
    this.view().setNotice(null);
  }

  private startPing(): void {
    this.stopPing();
    this.pingTimer = setInterval(() => this.socket.send(encodeClientFrame({ type: 'ping' })), PING_INTERVAL_MS);
  }

  private stopPing(): void {
    if (this.pingTimer !== null) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private restartTypingTimer(): void {
    if (this.typingTimer !== null) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typingTimer = null;
      this.refresh();
    }, TYPING_WINDOW_MS);
  }

  private refresh(followLatest = false): void {
    const typing = this.ready && this.transcript.awaitingReply() && this.now() - this.lastAckAt < TYPING_WINDOW_MS;
    this.view().render({ entries: this.transcript.entries, quickReplies: this.transcript.quickReplies(), typing }, followLatest);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private view(): ChatSurface {
    if (!this.surface) throw new Error('Peakdesk widget: controller used before attach()');
    return this.surface;
  }
}
