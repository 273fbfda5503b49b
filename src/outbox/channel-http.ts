// The HTTP client channel senders use: undici over a keep-alive pool, bodies capped so a misbehaving
// endpoint cannot make us buffer without limit.
import { Agent, request } from 'undici';
import type { ChannelHttp, HttpAnswer } from '../channels/types.js';

const MAX_RESPONSE_BYTES = 256 * 1024;

export class UndiciChannelHttp implements ChannelHttp {
  private readonly agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });

  post(url: string, opts: { headers: Record<string, string>; body: string; timeoutMs: number }): Promise<HttpAnswer> {
    return this.send(url, 'POST', opts.headers, opts.body, opts.timeoutMs);
  }

  get(url: string, opts: { headers: Record<string, string>; timeoutMs: number }): Promise<HttpAnswer> {
    return this.send(url, 'GET', opts.headers, undefined, opts.timeoutMs);
  }

  async download(url: string, opts: { headers: Record<string, string>; timeoutMs: number; maxBytes: number }) {
    const res = await request(url, { method: 'GET', dispatcher: this.agent, headers: opts.headers, headersTimeout: opts.timeoutMs, bodyTimeout: opts.timeoutMs });
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > opts.maxBytes) {
        tooLarge = true;
        res.body.destroy();
        break;
      }
      chunks.push(chunk as Buffer);
    }
    return { status: res.statusCode, headers: res.headers as Record<string, string | string[] | undefined>, body: Buffer.concat(chunks), tooLarge };
  }

  private async send(url: string, method: 'GET' | 'POST', headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<HttpAnswer> {
    const res = await request(url, { method, dispatcher: this.agent, headers, ...(body !== undefined ? { body } : {}), headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_RESPONSE_BYTES) {
        res.body.destroy();
        break;
      }
      chunks.push(chunk as Buffer);
    }
    return { status: res.statusCode, headers: res.headers as Record<string, string | string[] | undefined>, body: Buffer.concat(chunks).toString('utf8') };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
