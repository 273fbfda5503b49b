// HTTP to a store's API: undici's RetryAgent retries 429 and 5xx with exponential backoff and honours
// Retry-After; timeouts bound a hanging store; every failure becomes a ConnectorError that says what
// went wrong in the merchant's terms.
import { Agent, RetryAgent, errors, request, type Dispatcher } from 'undici';
import { ConnectorError } from './connector.js';

export interface StoreHttpOptions {
  /** Longest wait for headers and between body chunks. */
  timeoutMs?: number;
  maxRetries?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** Largest response we read from a store API (a page of 250 orders is a few MB). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export function storeDispatcher(o: StoreHttpOptions = {}): Dispatcher {
  const timeout = o.timeoutMs ?? 30_000;
  return new RetryAgent(new Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 8 }), {
    maxRetries: o.maxRetries ?? 5,
    minTimeout: o.minBackoffMs ?? 500,
    maxTimeout: o.maxBackoffMs ?? 30_000,
    timeoutFactor: 2,
    // GraphQL reads are POSTs; every request we send is a read, so retrying is safe.
    methods: ['GET', 'POST'],
    statusCodes: [429, 500, 502, 503, 504],
  });
}

export interface StoreResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export async function storeRequest(
  dispatcher: Dispatcher,
  label: string,
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; signal?: AbortSignal },
): Promise<StoreResponse> {
  let res: Dispatcher.ResponseData;
  try {
    res = await request(url, { ...init, dispatcher });
  } catch (err) {
    throw toConnectorError(label, err);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_RESPONSE_BYTES) {
        res.body.destroy();
        throw new ConnectorError(`${label} answered with more than ${MAX_RESPONSE_BYTES} bytes`, 'bad_response', res.statusCode);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    throw err instanceof ConnectorError ? err : toConnectorError(label, err);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const out = { status: res.statusCode, headers: res.headers, text };
  if (res.statusCode === 401 || res.statusCode === 403) {
    throw new ConnectorError(`${label} refused the credentials (HTTP ${res.statusCode}): ${excerpt(text)}; check the access token or API keys and their permissions`, 'auth', res.statusCode);
  }
  if (res.statusCode === 404) throw new ConnectorError(`${label}: not found (HTTP 404) at ${new URL(url).pathname}; check the store URL`, 'not_found', 404);
  if (res.statusCode >= 400) throw new ConnectorError(`${label} answered HTTP ${res.statusCode}: ${excerpt(text)}`, res.statusCode === 429 ? 'rate_limited' : 'bad_response', res.statusCode);
  return out;
}

function excerpt(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 300) || '(empty body)';
}

function toConnectorError(label: string, err: unknown): ConnectorError {
  if (err instanceof errors.RequestRetryError) {
    const status = err.statusCode;
    return new ConnectorError(`${label} kept answering HTTP ${status} after retries`, status === 429 ? 'rate_limited' : 'unavailable', status);
  }
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
    return new ConnectorError(`${label} did not answer in time`, 'unavailable');
  }
  if ((err as Error).name === 'AbortError') return new ConnectorError(`${label}: request cancelled`, 'unavailable');
  return new ConnectorError(`${label} is unreachable: ${(err as Error).message}`, 'unavailable');
}

export function parseJson(label: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConnectorError(`${label} answered with something that is not JSON: ${excerpt(text)}`, 'bad_response');
  }
}
