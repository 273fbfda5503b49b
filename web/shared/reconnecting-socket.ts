// Keeps one websocket connected: reconnects after every close with capped, jittered backoff. The backoff resets
// only when the owner confirms the session is healthy, so a server that accepts and then drops us keeps backing off.
import { backoffDelay, RECONNECT_BACKOFF, type BackoffOptions } from './backoff.js';
import { browserSocket, type SocketFactory, type SocketHandle } from './socket.js';

export interface ReconnectingSocketOptions {
  /** Recomputed for every attempt, so credentials learned meanwhile (a visitor token) are included. */
  url: () => string;
  onOpen?: () => void;
  onMessage: (data: string) => void;
  /** The connection dropped (or could not be made); the next attempt starts in `delayMs`. */
  onDown?: (delayMs: number, attempt: number) => void;
  /** Close codes that retrying cannot fix (unknown key, signed out): the socket stops and calls onGiveUp. */
  permanentCloseCodes?: readonly number[];
  onGiveUp?: (code: number) => void;
  createSocket?: SocketFactory;
  backoff?: BackoffOptions;
  random?: () => number;
}

export class ReconnectingSocket {
  private socket: SocketHandle | null = null;
  private open = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(private readonly options: ReconnectingSocketOptions) {}

  get isOpen(): boolean {
    return this.open;
  }

  get isStarted(): boolean {
    return !this.stopped;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.socket?.close();
    this.socket = null;
    this.open = false;
  }

  /** Skip the remaining wait (e.g. the browser came back online). */
  retryNow(): void {
    if (this.stopped || this.socket) return;
    this.clearTimer();
    this.connect();
  }

  /** The server greeted us properly (session / hello frame): the next drop starts again from the short delay. */
  markHealthy(): void {
    this.attempt = 0;
  }

  /** Sends when connected; returns false when there is no open connection. */
  send(data: string): boolean {
    if (!this.open || !this.socket) return false;
    this.socket.send(data);
    return true;
  }

  private connect(): void {
    const create = this.options.createSocket ?? browserSocket;
    let handle: SocketHandle;
    try {
      handle = create(this.options.url(), {
        open: () => {
          if (this.socket !== handle) return;
          this.open = true;
          this.options.onOpen?.();
        },
        message: (data) => {
          if (this.socket === handle) this.options.onMessage(data);
        },
        close: (code) => {
          if (this.socket !== handle) return;
          this.socket = null;
          this.open = false;
          if (this.stopped) return;
          if (this.options.permanentCloseCodes?.includes(code)) {
            this.stopped = true;
            this.options.onGiveUp?.(code);
          } else {
            this.scheduleReconnect();
          }
        },
      });
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = handle;
  }

  private scheduleReconnect(): void {
    const delay = backoffDelay(this.attempt, this.options.backoff ?? RECONNECT_BACKOFF, this.options.random);
    const attempt = this.attempt;
    this.attempt += 1;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, delay);
    this.options.onDown?.(delay, attempt);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
