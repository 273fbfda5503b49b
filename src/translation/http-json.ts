// One JSON POST with a timeout for the translation adapters; every failure becomes a TranslationError
// whose message names the service and the status, never the key.
import { TranslationError } from './provider.js';

export async function postJson(service: string, url: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    throw new TranslationError(timedOut ? `${service} did not answer within ${timeoutMs} ms` : `${service} is unreachable`);
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TranslationError(`${service} answered ${res.status} with a body that is not JSON`);
  }
  if (!res.ok) {
    const reason = typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'string' ? `: ${json.error.slice(0, 200)}` : '';
    throw new TranslationError(`${service} answered ${res.status}${reason}`);
  }
  return json;
}
