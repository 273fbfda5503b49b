// Shared steps of the channel end-to-end tests: calling the admin API, posting raw webhooks exactly as
// a platform would, and reading what the store holds.
import { request } from 'undici';
import type { Harness } from '../../support/harness.js';

export async function api(h: Harness, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, key = h.apiKey) {
  const res = await request(h.url + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
}

export async function postRaw(url: string, body: string | Buffer, headers: Record<string, string>) {
  const res = await request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.body.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.statusCode, json };
}

export async function get(url: string) {
  const res = await request(url);
  return { status: res.statusCode, text: await res.body.text() };
}

export function messagesOf(h: Harness, tenantId: string, channel: string) {
  return h.app.ctx.store.db.selectFrom('messages').selectAll().where('tenant_id', '=', tenantId).where('channel', '=', channel).orderBy('created_at').orderBy('id').execute();
}

export function webhookPath(h: Harness, type: string, accountId: string) {
  return `${h.url}/channels/${type}/${accountId}/webhook`;
}
