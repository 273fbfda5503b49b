// WooCommerce REST API v3 client: consumer key/secret as HTTP Basic auth (the store must be on HTTPS),
// page-number pagination read from the Link header (rel="next") with X-WP-TotalPages as fallback,
// X-WP-Total for the progress bar. 429/5xx retries happen below, in store-http.
import type { Dispatcher } from 'undici';
import { parseJson, storeRequest } from '../store-http.js';

export interface WooClientOptions {
  baseUrl: string;
  consumerKey: string;
  consumerSecret: string;
  dispatcher: Dispatcher;
}

export interface WooPage {
  body: unknown;
  /** Next page number, or null on the last page. */
  nextPage: number | null;
  total?: number;
}

function headerValue(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The page number in the Link header's rel="next" target, if any. */
export function nextPageFromLink(link: string | undefined): number | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (m) {
      const page = Number(new URL(m[1]!).searchParams.get('page'));
      return Number.isInteger(page) && page > 0 ? page : null;
    }
  }
  return null;
}

export class WooClient {
  private readonly auth: string;
  readonly label: string;

  constructor(private readonly o: WooClientOptions) {
    this.auth = 'Basic ' + Buffer.from(`${o.consumerKey}:${o.consumerSecret}`).toString('base64');
    this.label = `WooCommerce (${new URL(o.baseUrl).host})`;
  }

  async post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    const res = await storeRequest(this.o.dispatcher, this.label, `${this.o.baseUrl}/wp-json/wc/v3/${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: this.auth },
      body: JSON.stringify(body),
      signal,
    });
    return parseJson(this.label, res.text);
  }

  async get(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<WooPage> {
    const url = new URL(`${this.o.baseUrl}/wp-json/wc/v3/${path}`);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await storeRequest(this.o.dispatcher, this.label, url.toString(), { method: 'GET', headers: { accept: 'application/json', authorization: this.auth }, signal });
    const body = parseJson(this.label, res.text);
    const page = Number(url.searchParams.get('page') ?? 1);
    const totalPages = Number(headerValue(res.headers, 'x-wp-totalpages'));
    const total = Number(headerValue(res.headers, 'x-wp-total'));
    const link = headerValue(res.headers, 'link');
    const nextPage = link !== undefined ? nextPageFromLink(link) : Number.isFinite(totalPages) && page < totalPages ? page + 1 : null;
    return { body, nextPage, ...(Number.isFinite(total) ? { total } : {}) };
  }
}
