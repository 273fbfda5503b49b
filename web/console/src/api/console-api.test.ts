// Tests for the console API client: request shapes, error envelopes and 401 handling.
import { describe, expect, it, vi } from 'vitest';
import { wireConversation, wireMessage } from '../../../test-support/fixtures.js';
import { createConsoleApi } from './console-api.js';
import { ApiError, errorFromResponse, type Fetcher } from './http.js';

interface Call {
  path: string;
  method: string;
  body: unknown;
  contentType: string | null;
}

function server(routes: Record<string, [number, unknown]>): { fetcher: Fetcher; calls: Call[] } {
  const calls: Call[] = [];
  const fetcher: Fetcher = async (path, init) => {
    const headers = new Headers(init?.headers);
    calls.push({
      path,
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      contentType: headers.get('Content-Type'),
    });
    const route = routes[`${init?.method ?? 'GET'} ${path}`];
    if (!route) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'no route' } }), { status: 404 });
    return new Response(route[1] === undefined ? '' : JSON.stringify(route[1]), { status: route[0] });
  };
  return { fetcher, calls };
}

const user = { id: 'u1', name: 'Dana', email: 'dana@demo.test', role: 'agent', tenantId: 't1' };

describe('errorFromResponse', () => {
  it('reads the error envelope, with a fallback for bodies without one', () => {
    expect(errorFromResponse(409, { error: { code: 'conflict', message: 'Already resolved' } })).toMatchObject({
      status: 409,
      code: 'conflict',
      message: 'Already resolved',
    });
    expect(errorFromResponse(502, null)).toMatchObject({ code: 'http_502', message: 'The server answered with status 502.' });
  });
});

describe('createConsoleApi', () => {
  it('logs in with JSON and shows the server message on 401', async () => {
    const ok = server({ 'POST /api/console/login': [200, { user }] });
    await expect(createConsoleApi(vi.fn(), ok.fetcher).login('dana@demo.test', 'pw')).resolves.toEqual(user);
    expect(ok.calls[0]).toMatchObject({ body: { email: 'dana@demo.test', password: 'pw' }, contentType: 'application/json' });

    const onUnauthorized = vi.fn();
    const bad = server({ 'POST /api/console/login': [401, { error: { code: 'invalid_credentials', message: 'Wrong email or password' } }] });
    await expect(createConsoleApi(onUnauthorized, bad.fetcher).login('x@y.z', 'nope')).rejects.toThrow('Wrong email or password');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('returns null from me() without a session', async () => {
    const api = createConsoleApi(vi.fn(), server({ 'GET /api/console/me': [401, { error: { code: 'unauthorized', message: 'sign in' } }] }).fetcher);
    await expect(api.me()).resolves.toBeNull();
  });

  it('lists conversations with status, limit and before, dropping malformed rows', async () => {
    const before = '2026-11-20T09:00:00.000Z';
    const { fetcher, calls } = server({
      [`GET /api/console/conversations?status=handoff&limit=50&before=${encodeURIComponent(before)}`]: [200, { conversations: [wireConversation(), { id: 'x' }] }],
    });
    const list = await createConsoleApi(vi.fn(), fetcher).conversations('handoff', before);
    expect(list).toEqual([wireConversation()]);
    expect(calls[0]?.method).toBe('GET');
  });

  it('ends the session on 401 from any other endpoint', async () => {
    const onUnauthorized = vi.fn();
    const api = createConsoleApi(onUnauthorized, server({ 'GET /api/console/conversations/c1': [401, { error: { code: 'unauthorized', message: 'expired' } }] }).fetcher);
    await expect(api.conversation('c1')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('replies and acts on a conversation, without a JSON content type on empty POSTs', async () => {
    const message = wireMessage({ id: 'm5', author: 'agent', text: 'On it' });
    const taken = wireConversation({ handler: 'human' });
    const { fetcher, calls } = server({
      'POST /api/console/conversations/c1/messages': [200, { message }],
      'POST /api/console/conversations/c1/assign': [200, { conversation: taken }],
      'POST /api/console/conversations/c1/resolve': [200, { ok: true }],
    });
    const api = createConsoleApi(vi.fn(), fetcher);
    await expect(api.reply('c1', 'On it')).resolves.toEqual(message);
    await expect(api.act('c1', 'assign')).resolves.toEqual(taken);
    await expect(api.act('c1', 'resolve')).resolves.toBeNull();
    expect(calls[0]?.body).toEqual({ text: 'On it' });
    expect(calls[1]).toMatchObject({ body: undefined, contentType: null });
  });

  it('surfaces action errors with their message', async () => {
    const { fetcher } = server({ 'POST /api/console/conversations/c1/release': [409, { error: { code: 'conflict', message: 'The bot is already handling it' } }] });
    await expect(createConsoleApi(vi.fn(), fetcher).act('c1', 'release')).rejects.toThrow('The bot is already handling it');
  });

  it('reports an unreachable server plainly', async () => {
    const api = createConsoleApi(vi.fn(), async () => {
      throw new TypeError('fetch failed');
    });
    await expect(api.me()).rejects.toMatchObject({ code: 'network' });
  });
});
