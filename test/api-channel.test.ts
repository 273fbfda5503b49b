// The generic API channel end to end: accepted, stored, understood, answered, delivered by signed
// webhook; idempotent on externalMessageId; isolated per tenant; strict about bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { createTenant } from '../src/commerce/tenant-setup.js';
import type { Order } from '../src/commerce/types.js';
import { backends, eventually, startHarness, startWebhookReceiver, type Harness } from './support/harness.js';

describe.each(backends())('generic API channel (%s)', (backend) => {
  let h: Harness;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, opts: { key?: string | null; raw?: Buffer | string; contentType?: string } = {}) {
    const headers: Record<string, string> = { 'content-type': opts.contentType ?? 'application/json' };
    const key = opts.key === undefined ? h.apiKey : opts.key;
    if (key) headers.authorization = `Bearer ${key}`;
    const res = await request(h.url + path, { method, headers, ...(opts.raw !== undefined ? { body: opts.raw } : body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, json: text ? JSON.parse(text) : undefined };
  }

  async function history(conversationId: string, key = h.apiKey) {
    return (await call('GET', `/api/v1/conversations/${conversationId}/messages`, undefined, { key })).json.messages as Array<{ id: string; direction: string; author: string; text: string }>;
  }

  async function repliesTo(messageId: string) {
    return hook.received.filter((r) => r.json.data.inReplyTo?.messageId === messageId);
  }

  beforeAll(async () => {
    h = await startHarness(backend);
    hook = await startWebhookReceiver();
    const res = await call('PUT', '/api/v1/webhook', { url: hook.url });
    expect(res.status).toBe(200);
    hook.setSecret(res.json.secret);
  });

  afterAll(async () => {
    await h?.close();
    await hook?.close();
  });

  describe('POST /api/v1/messages', () => {
    it('accepts, answers by signed webhook, and shows both in the history', async () => {
      const res = await call('POST', '/api/v1/messages', { customer: { externalId: 'shopper-1', name: 'Ana', locale: 'en-US' }, text: 'hello there!' });
      expect(res.status).toBe(202);
      expect(res.json).toMatchObject({ conversationId: expect.stringMatching(/^cnv_/), messageId: expect.stringMatching(/^msg_/) });
      await hook.waitFor(() => hook.received.some((r) => r.json.data.inReplyTo?.messageId === res.json.messageId));
      const [reply] = await repliesTo(res.json.messageId);
      expect(reply!.verified).toBe(true);
      expect(reply!.headers['peakdesk-delivery']).toBe(reply!.json.id);
      expect(reply!.json).toMatchObject({ type: 'message.created', data: { conversationId: res.json.conversationId, author: 'bot' } });
      const msgs = await history(res.json.conversationId);
      expect(msgs.map((m) => [m.direction, m.author])).toEqual([['in', 'customer'], ['out', 'bot']]);
      expect(msgs[1]!.text).toBe(reply!.json.data.text);
    });

    it('answers a repeated externalMessageId once and returns the same ids', async () => {
      const body = { customer: { externalId: 'shopper-2' }, text: 'what payment methods do you accept?', externalMessageId: 'ext-42' };
      const first = await call('POST', '/api/v1/messages', body);
      const again = await Promise.all([call('POST', '/api/v1/messages', body), call('POST', '/api/v1/messages', body)]);
      for (const r of again) {
        expect(r.status).toBe(202);
        expect(r.json).toMatchObject({ conversationId: first.json.conversationId, messageId: first.json.messageId, duplicate: true });
      }
      await hook.waitFor(() => hook.received.some((r) => r.json.data.inReplyTo?.messageId === first.json.messageId));
      // Give a duplicate answer every chance to appear before counting.
      await call('POST', '/api/v1/messages', { customer: { externalId: 'shopper-2' }, text: 'thanks', externalMessageId: 'ext-43' });
      await hook.waitFor(() => hook.received.some((r) => r.json.data.inReplyTo?.externalMessageId === 'ext-43'));
      expect(await repliesTo(first.json.messageId)).toHaveLength(1);
      const msgs = await history(first.json.conversationId);
      expect(msgs.filter((m) => m.direction === 'in')).toHaveLength(2);
    });

    it('checks order ownership before telling anything about an order', async () => {
      const row = await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').execute();
      const order = row.map((r) => JSON.parse(r.data) as Order).find((o) => o.state === 'shipped')!;
      const send = async (text: string) => {
        const r = await call('POST', '/api/v1/messages', { customer: { externalId: 'shopper-3' }, text });
        await hook.waitFor(() => hook.received.some((x) => x.json.data.inReplyTo?.messageId === r.json.messageId));
        // A turn may reply in several messages (committed together, delivered in any order): read them all.
        const msgs = await history(r.json.conversationId);
        return msgs.slice(msgs.findIndex((m) => m.id === r.json.messageId) + 1).filter((m) => m.direction === 'out').map((m) => m.text).join('\n');
      };
      const ask = await send(`where is my order ${order.number}?`);
      expect(ask).toContain(order.number);
      expect(ask.toLowerCase()).toContain('e-mail');
      const wrong = await send('it is nobody@example.org');
      expect(wrong).toContain("couldn't find");
      expect(await send(`status of ${order.number} please, my email is ${order.email}`)).toContain(order.number);
    });

    it('hands off when asked for a human and then stays silent', async () => {
      const r = await call('POST', '/api/v1/messages', { customer: { externalId: 'shopper-4' }, text: 'I want to talk to a real person, a human agent please' });
      await hook.waitFor(() => hook.received.some((x) => x.json.data.inReplyTo?.messageId === r.json.messageId));
      const conv = await h.app.ctx.store.db.selectFrom('conversations').selectAll().where('id', '=', r.json.conversationId).executeTakeFirstOrThrow();
      expect(conv).toMatchObject({ status: 'handoff', handler: 'human' });
      const next = await call('POST', '/api/v1/messages', { customer: { externalId: 'shopper-4' }, text: 'hello? where is my order PD-100001' });
      const processed = await eventually(async () => {
        const m = await h.app.ctx.store.db.selectFrom('messages').select(['processed_at', 'meta']).where('id', '=', next.json.messageId).executeTakeFirstOrThrow();
        return m.processed_at ? m : undefined;
      });
      expect(JSON.parse(processed.meta!).decision).toBe('silent');
      expect((await history(r.json.conversationId)).filter((m) => m.author === 'bot')).toHaveLength(1);
    });
  });

  describe('tenant isolation', () => {
    it("one tenant's key cannot read or write another tenant's conversations", async () => {
      const other = await createTenant(h.app.ctx.store.db, { slug: 'other-shop', name: 'Other', ownerEmail: 'owner@other.test' });
      const mine = await call('POST', '/api/v1/messages', { customer: { externalId: 'shared-id' }, text: 'hi' });
      const theirs = await call('POST', '/api/v1/messages', { customer: { externalId: 'shared-id' }, text: 'hi' }, { key: other.apiKey });
      expect(theirs.status).toBe(202);
      expect(theirs.json.conversationId).not.toBe(mine.json.conversationId);
      const peek = await call('GET', `/api/v1/conversations/${mine.json.conversationId}/messages`, undefined, { key: other.apiKey });
      expect(peek.status).toBe(404);
      expect(peek.json.error.code).toBe('not_found');
      // Re-using another tenant's external message id does not touch that tenant's message.
      const a = await call('POST', '/api/v1/messages', { customer: { externalId: 'x' }, text: 'one', externalMessageId: 'same-ext' });
      const b = await call('POST', '/api/v1/messages', { customer: { externalId: 'x' }, text: 'two', externalMessageId: 'same-ext' }, { key: other.apiKey });
      expect(b.json.duplicate).toBe(false);
      expect(b.json.messageId).not.toBe(a.json.messageId);
      expect((await history(mine.json.conversationId)).every((m) => m.text !== 'two')).toBe(true);
    });
  });

  describe('bad input', () => {
    const valid = { customer: { externalId: 'bad-input' }, text: 'hi' };
    const cases: Array<[string, () => ReturnType<typeof call>, number, string]> = [
      ['no API key', () => call('POST', '/api/v1/messages', valid, { key: null }), 401, 'unauthorized'],
      ['a wrong API key', () => call('POST', '/api/v1/messages', valid, { key: 'pdk_nope' }), 401, 'unauthorized'],
      ['malformed JSON', () => call('POST', '/api/v1/messages', undefined, { raw: '{"customer": ' }), 400, 'invalid_json'],
      ['invalid UTF-8', () => call('POST', '/api/v1/messages', undefined, { raw: Buffer.concat([Buffer.from('{"customer":{"externalId":"a"},"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) }), 400, 'invalid_utf8'],
      ['a missing text', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a' } }), 400, 'invalid_request'],
      ['a wrong type', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a' }, text: 42 }), 400, 'invalid_request'],
      ['an empty customer id', () => call('POST', '/api/v1/messages', { customer: { externalId: '  ' }, text: 'x' }), 400, 'invalid_request'],
      ['an unknown field', () => call('POST', '/api/v1/messages', { ...valid, txet: 'typo' }), 400, 'invalid_request'],
      ['a bad e-mail', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a', email: 'nope' }, text: 'x' }), 400, 'invalid_request'],
      ['an unpaired surrogate', () => call('POST', '/api/v1/messages', undefined, { raw: '{"customer":{"externalId":"a"},"text":"\\ud800"}' }), 400, 'invalid_request'],
      ['a NUL character', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a' }, text: 'a\u0000b' }), 400, 'invalid_request'],
      ['text over 64 KiB', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a' }, text: 'x'.repeat(64 * 1024 + 1) }), 400, 'invalid_request'],
      ['a body over the limit', () => call('POST', '/api/v1/messages', { customer: { externalId: 'a' }, text: 'x'.repeat(200 * 1024) }), 413, 'payload_too_large'],
      ['a non-JSON content type', () => call('POST', '/api/v1/messages', undefined, { raw: 'text=hi', contentType: 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
      ['an unknown route', () => call('GET', '/api/v1/nothing-here'), 404, 'not_found'],
      ['a bad history limit', () => call('GET', '/api/v1/conversations/x/messages?limit=abc'), 400, 'invalid_request'],
    ];
    it.each(cases)('%s → clear 4xx JSON error', async (_name, run, status, code) => {
      const res = await run();
      expect(res.status).toBe(status);
      expect(res.json.error.code).toBe(code);
      expect(typeof res.json.error.message).toBe('string');
    });

    it('loses nothing and stores nothing from bad requests: a valid message after them is answered', async () => {
      const ok = await call('POST', '/api/v1/messages', { customer: { externalId: 'bad-input' }, text: 'hi again' });
      expect(ok.status).toBe(202);
      await hook.waitFor(() => hook.received.some((x) => x.json.data.inReplyTo?.messageId === ok.json.messageId));
      const msgs = await history(ok.json.conversationId);
      expect(msgs.map((m) => [m.author, m.text === 'hi again'])).toEqual([['customer', true], ['bot', false]]);
      // The rejected requests above used customer "a": none of them created anything.
      const ghost = await h.app.ctx.store.db.selectFrom('customers').select('id').where('tenant_id', '=', h.tenantId).where('external_id', '=', 'a').execute();
      expect(ghost).toEqual([]);
    });
  });
});
