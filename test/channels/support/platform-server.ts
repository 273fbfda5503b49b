// A local stand-in for a messaging platform's API on 127.0.0.1: records every request and answers
// through a handler the test supplies (the platform's documented success and error bodies), so the
// real adapter code path — URL, headers, JSON, error handling — is what gets exercised.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface PlatformRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
  at: number;
}

export interface PlatformReply {
  /** Queued replies only: let the handler process the request (its side effects happen), then answer with this instead — a response lost on the way back. */
  afterHandler?: boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are (a media download) instead of the JSON body. */
  raw?: Buffer;
}

export interface PlatformServer {
  url: string;
  requests: PlatformRequest[];
  /** Answers the next requests that match with these replies, in order, before the handler answers. */
  queue(match: (req: PlatformRequest) => boolean, ...replies: PlatformReply[]): void;
  waitFor(pred: (r: PlatformRequest[]) => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startPlatformServer(handler: (req: PlatformRequest) => PlatformReply): Promise<PlatformServer> {
  const requests: PlatformRequest[] = [];
  const queued: { match: (req: PlatformRequest) => boolean; reply: PlatformReply }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const r: PlatformRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, at: Date.now() };
      requests.push(r);
      const i = queued.findIndex((q) => q.match(r));
      const forced = i >= 0 ? queued.splice(i, 1)[0]!.reply : undefined;
      if (forced?.afterHandler) handler(r);
      const reply = forced ?? handler(r);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue: (match, ...replies) => queued.push(...replies.map((reply) => ({ match, reply }))),
    async waitFor(pred, ms = 15_000) {
      const until = Date.now() + ms;
      while (!pred(requests)) {
        if (Date.now() > until) throw new Error(`platform condition not met within ${ms} ms (got ${requests.length} requests)`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
