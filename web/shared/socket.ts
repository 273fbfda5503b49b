// A thin seam over the browser WebSocket so connection logic can be driven by a fake socket in unit tests.

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  close(): void;
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
  ws.onclose = () => handlers.close();
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
