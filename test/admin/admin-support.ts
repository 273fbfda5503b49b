// Helpers for the admin API tests: sign-ins with each role and a JSON call with the session cookie.
import { expect } from 'vitest';
import type { Harness } from '../support/harness.js';

export interface Call {
  status: number;
  body: Record<string, unknown>;
}

export async function login(h: Harness, email: string, password: string): Promise<string> {
  const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export async function call(h: Harness, cookie: string, method: string, path: string, body?: unknown): Promise<Call> {
  const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** The owner's cookie plus a signed-in supervisor and agent of the demo tenant. */
export async function staff(h: Harness): Promise<{ owner: string; supervisor: string; agent: string }> {
  const owner = await login(h, h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
  const make = async (role: string) => {
    const email = `${role}-${Math.random().toString(36).slice(2, 8)}@shop.test`;
    const r = await call(h, owner, 'POST', '/api/console/agents', { email, name: role, role, password: 'correct horse battery' });
    expect(r.status).toBe(201);
    return login(h, email, 'correct horse battery');
  };
  return { owner, supervisor: await make('supervisor'), agent: await make('agent') };
}
