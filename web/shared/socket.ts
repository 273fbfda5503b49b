// A thin seam over the browser WebSocket so connection logic can be driven by a fake socket in unit tests.

/** Close code the server uses when it will not accept us (unknown widget key, no console session). */
export const CLOSE_UNAUTHORIZED = 4401;

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  /** The connection ended; `code` is the WebSocket close code (1006 when it dropped without one). */
  close(code: number): void;
}

export interface SocketHandle {
  send(data: string): void;
  /** Closes without reporting back through `handlers.close`. */
  close(): void;
}

export type SocketFactory = (url: string, handlers: SocketHandlers) => SocketHandle;

export const browserSocket: SocketFactory = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.onopen = () => handlers.open();
  ws.onmessage = (event: MessageEvent) => {
    if (typeof event.data === 'string') handlers.message(event.data);
  };
  ws.onclose = (event: CloseEvent) => handlers.close(event.code);
  return {
    send: (data) => ws.send(data),
    close: () => {
      ws.onopen = null;
      ws.onmessage = null;
      ws.onclose = null;
      ws.close();
    },
  };
};

/** ws:// or wss:// URL for `path` on the given http(s) origin. */
export function socketUrl(origin: string, path: string, params: Record<string, string | null | undefined> = {}): string {
  const url = new URL(path, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
  }
  return url.toString();
}
