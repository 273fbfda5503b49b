// Attachments on e-mail and the generic API channel: a mail's attachment is kept when the mail is read
// (real IMAP and SMTP servers on 127.0.0.1) and opened from the console; the agent's file goes out
// attached to the reply mail; on the API channel the agent's file reaches the integrator's webhook as
// a signed link that serves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { backends, eventually, startHarness, startWebhookReceiver, type Harness } from '../support/harness.js';
import { api } from './support/channel-harness.js';
import { rfc822, startImapServer, startSmtpServer } from './support/mail-servers.js';

const SUPPORT = 'support@media-harbour.test';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe.each(backends())('attachments on e-mail and the API channel (%s)', (backend) => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let imap: Awaited<ReturnType<typeof startImapServer>>;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let account: { id: string };
  let cookie: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const uploadAndSend = async (conversationId: string, type: string, bytes: Buffer, filename: string, text: string) => {
    const up = await fetch(`${h.url}/api/console/conversations/${conversationId}/attachments?filename=${filename}`, { method: 'POST', headers: { cookie, 'content-type': type }, body: new Uint8Array(bytes) });
    expect(up.status).toBe(201);
    const { attachment } = (await up.json()) as { attachment: { id: string } };
    expect((await call('POST', `/api/console/conversations/${conversationId}/messages`, { text, attachments: [attachment.id] })).status).toBe(200);
    return attachment.id;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer({ user: 'support', pass: 'smtp-pass' });
    imap = await startImapServer({ user: 'support', pass: 'imap-pass', existing: [] });
    hook = await startWebhookReceiver();
    h = await startHarness(backend, { CHANNEL_SECRETS_KEY: Buffer.alloc(32, 5).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', {
      type: 'email',
      name: 'Support',
      config: { address: SUPPORT, smtp: { host: '127.0.0.1', port: smtp.port, secure: false, allowPlaintext: true, user: 'support' }, imap: { host: '127.0.0.1', port: imap.port, secure: false, allowPlaintext: true, user: 'support' } },
      secrets: { smtpPassword: 'smtp-pass', imapPassword: 'imap-pass' },
    });
    expect(res.status).toBe(201);
    account = res.json;
    await eventually(async () => h.app.ctx.store.db.selectFrom('settings').select('value').where('key', '=', `email-cursor:${account.id}`).executeTakeFirst());
    const hookRes = await api(h, 'PUT' as 'POST', '/api/v1/webhook', { url: hook.url });
    hook.setSecret(hookRes.json.secret);
    const login = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  });

  afterAll(async () => {
    await h?.close();
    await smtp?.close();
    await imap?.close();
    await hook?.close();
  });

  it("keeps a mail's attachment at receive time and sends the agent's file attached to the reply", async () => {
    const body = ['--b1', 'Content-Type: text/plain; charset=utf-8', '', 'The parcel arrived crushed, photo attached.', '--b1', 'Content-Type: image/png; name="crushed.png"', 'Content-Disposition: attachment; filename="crushed.png"', 'Content-Transfer-Encoding: base64', '', PNG.toString('base64'), '--b1--', ''].join('\n');
    imap.deliver(rfc822({ From: 'Mai <mai@shopper.test>', To: SUPPORT, Subject: 'Crushed parcel', 'Message-ID': '<crushed-1@shopper.test>', Date: new Date().toUTCString(), 'MIME-Version': '1.0', 'Content-Type': 'multipart/mixed; boundary="b1"' }, body));
    const msg = await eventually(() => h.app.ctx.store.db.selectFrom('messages').select(['id', 'conversation_id']).where('external_id', '=', '<crushed-1@shopper.test>').executeTakeFirst());
    const detail = await call('GET', `/api/console/conversations/${msg.conversation_id}`);
    const [att] = (detail.body.messages as { attachments?: { id: string; filename: string; kind: string }[] }[]).flatMap((m) => m.attachments ?? []);
    expect(att).toMatchObject({ kind: 'image', filename: 'crushed.png' });
    const res = await fetch(`${h.url}/api/console/media/${att!.id}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);

    await uploadAndSend(msg.conversation_id, 'application/pdf', Buffer.from('%PDF-1.4 return label'), 'return-label.pdf', 'Sorry about that: here is a return label.');
    await smtp.waitFor((r) => r.some((m) => m.envelopeTo.includes('mai@shopper.test') && m.parsed.attachments.length > 0));
    const mails = smtp.received.filter((m) => m.envelopeTo.includes('mai@shopper.test'));
    const withFile = mails.find((m) => m.parsed.attachments.length > 0)!;
    expect(withFile.parsed.attachments[0]).toMatchObject({ filename: 'return-label.pdf', contentType: 'application/pdf' });
    expect(withFile.parsed.attachments[0]!.content.toString()).toBe('%PDF-1.4 return label');
    expect(withFile.parsed.inReplyTo).toBe('<crushed-1@shopper.test>');
    expect(mails.some((m) => m.parsed.text?.includes('here is a return label'))).toBe(true);
  });

  it("hands the API integrator a signed link to the agent's file in the message.created webhook", async () => {
    const sent = await api(h, 'POST', '/api/v1/messages', { customer: { externalId: 'api-shopper-1' }, text: 'can you send the invoice?' });
    expect(sent.status).toBe(202);
    const id = await uploadAndSend(sent.json.conversationId, 'application/pdf', Buffer.from('%PDF-1.4 invoice'), 'invoice.pdf', 'Attached.');
    type WithFiles = { conversationId: string; author: string; attachments?: unknown[] };
    const event = await eventually(async () => hook.received.map((r) => r.json.data as WithFiles).find((d) => d.conversationId === sent.json.conversationId && d.author === 'agent' && d.attachments));
    const [file] = event.attachments as { kind: string; filename: string; url: string; id?: string }[];
    expect(file).toMatchObject({ kind: 'file', filename: 'invoice.pdf', mime: 'application/pdf' });
    expect(file!.id).toBeUndefined();
    expect(file!.url.startsWith(`${h.app.config.publicUrl}/media/${id}?exp=`)).toBe(true);
    const got = await request(h.url + file!.url.slice(h.app.config.publicUrl.length));
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment; filename="invoice.pdf"/);
    expect(await got.body.text()).toBe('%PDF-1.4 invoice');
  });
});
