// E-mail end to end against real local mail servers on 127.0.0.1: mail appended to an IMAP INBOX is
// noticed through IDLE, read without its quoted history, answered by SMTP in the same thread
// (Subject "Re:", In-Reply-To, References), once per Message-ID; mail already in the mailbox, our own
// mail and auto-replies are never answered; SMTP 4xx is retried and 5xx dead-lettered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, messagesOf } from './support/channel-harness.js';
import { rfc822, startImapServer, startSmtpServer } from './support/mail-servers.js';

const SUPPORT = 'support@sunday-harbour.test';

const mail = (o: { from: string; id: string; subject: string; body: string; extra?: Record<string, string> }) =>
  rfc822({ From: o.from, To: SUPPORT, Subject: o.subject, 'Message-ID': o.id, Date: new Date().toUTCString(), 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...o.extra }, o.body);

describe.each(backends())('e-mail channel (%s)', (backend) => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let imap: Awaited<ReturnType<typeof startImapServer>>;
  let account: { id: string; channel: string; externalId: string };
  const to = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer({ user: 'support', pass: 'smtp-pass' });
    imap = await startImapServer({ user: 'support', pass: 'imap-pass', existing: [mail({ from: 'old@shopper.test', id: '<old-1@shopper.test>', subject: 'from last year', body: 'an old question' })] });
    h = await startHarness(backend, { CHANNEL_SECRETS_KEY: Buffer.alloc(32, 4).toString('base64') });
    const res = await api(h, 'POST', '/api/v1/channel-accounts', {
      type: 'email',
      name: 'Support mailbox',
      config: {
        address: SUPPORT,
        fromName: 'Sunday Harbour',
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, allowPlaintext: true, user: 'support' },
        imap: { host: '127.0.0.1', port: imap.port, secure: false, allowPlaintext: true, user: 'support' },
      },
      secrets: { smtpPassword: 'smtp-pass', imapPassword: 'imap-pass' },
    });
    expect(res.status).toBe(201);
    account = res.json;
    // The watcher has connected and set its cursor past the existing mail.
    await eventually(async () => h.app.ctx.store.db.selectFrom('settings').select('value').where('key', '=', `email-cursor:${account.id}`).executeTakeFirst());
  });

  afterAll(async () => {
    await h?.close();
    await smtp?.close();
    await imap?.close();
  });

  it('answers new mail in its thread, reading only the new part of the message', async () => {
    imap.deliver(
      mail({
        from: 'Ana Souza <ana@shopper.test>',
        id: '<CAF=abc123@mail.shopper.test>',
        subject: 'Question about my order',
        body: 'Hello! What payment methods do you accept?\n\nOn Mon, Nov 10, 2026 at 9:00 AM Sunday Harbour <support@sunday-harbour.test> wrote:\n> Thanks for shopping with us.\n> Your order is confirmed.',
        extra: { References: '<first@sunday-harbour.test>' },
      }),
    );
    await smtp.waitFor(() => to('ana@shopper.test').length > 0);
    const reply = to('ana@shopper.test')[0]!.parsed;
    expect(reply.subject).toBe('Re: Question about my order');
    expect(reply.inReplyTo).toBe('<CAF=abc123@mail.shopper.test>');
    expect(reply.references).toEqual(['<first@sunday-harbour.test>', '<CAF=abc123@mail.shopper.test>']);
    expect(reply.from?.value[0]).toMatchObject({ address: SUPPORT, name: 'Sunday Harbour' });
    expect(reply.headers.get('auto-submitted')).toBe('auto-replied');

    const msgs = await messagesOf(h, h.tenantId, account.channel);
    const inbound = msgs.find((m) => m.external_id === '<CAF=abc123@mail.shopper.test>')!;
    expect(inbound.text).toBe('Hello! What payment methods do you accept?');
    const out = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id === reply.messageId));
    // E-mail has no buttons: the quick replies are numbered under the text.
    const meta = JSON.parse(out.meta!) as { quickReplies?: string[] };
    const numbered = meta.quickReplies ? `\n\n${meta.quickReplies.map((q, i) => `${i + 1}. ${q}`).join('\n')}` : '';
    expect(reply.text?.trim()).toBe(`${out.text}${numbered}`.trim());
    const customer = await h.app.ctx.store.db.selectFrom('customers').selectAll().where('id', '=', inbound.author_id!).executeTakeFirstOrThrow();
    expect(customer).toMatchObject({ external_id: 'ana@shopper.test', email: 'ana@shopper.test', name: 'Ana Souza' });
  });

  it('never answers mail already in the mailbox, its own mail, auto-replies or a repeated Message-ID', async () => {
    imap.deliver(mail({ from: 'Out of office <bob@shopper.test>', id: '<ooo-1@shopper.test>', subject: 'Automatic reply', body: 'I am away', extra: { 'Auto-Submitted': 'auto-replied' } }));
    imap.deliver(mail({ from: SUPPORT, id: '<self-1@sunday-harbour.test>', subject: 'loop?', body: 'our own' }));
    const repeated = mail({ from: 'cai@shopper.test', id: '<dup-1@shopper.test>', subject: 'Shipping', body: 'How much is shipping to Jakarta?' });
    imap.deliver(repeated);
    imap.deliver(repeated);
    await smtp.waitFor(() => to('cai@shopper.test').length > 0);
    // A later mail proves everything before it was read.
    imap.deliver(mail({ from: 'dee@shopper.test', id: '<last-1@shopper.test>', subject: 'Hi', body: 'hello' }));
    await smtp.waitFor(() => to('dee@shopper.test').length > 0);
    const ext = (await messagesOf(h, h.tenantId, account.channel)).map((m) => m.external_id);
    expect(ext.filter((e) => e === '<dup-1@shopper.test>')).toHaveLength(1);
    expect(ext).not.toContain('<old-1@shopper.test>');
    expect(ext).not.toContain('<ooo-1@shopper.test>');
    expect(ext).not.toContain('<self-1@sunday-harbour.test>');
    expect(to('cai@shopper.test')).toHaveLength(1);
    expect(to('bob@shopper.test')).toHaveLength(0);
  });

  it('retries a temporary SMTP refusal and dead-letters a permanent one', async () => {
    smtp.reject('eve@shopper.test', 451);
    smtp.reject('fay@shopper.test', 550);
    imap.deliver(mail({ from: 'eve@shopper.test', id: '<eve-1@shopper.test>', subject: 'Hi', body: 'hello' }));
    imap.deliver(mail({ from: 'fay@shopper.test', id: '<fay-1@shopper.test>', subject: 'Hi', body: 'hello' }));
    await smtp.waitFor(() => to('eve@shopper.test').length > 0, 20_000);
    const dead = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'dead').where('payload', 'like', '%fay@shopper.test%').executeTakeFirst());
    expect(dead.last_error).toMatch(/SMTP 550/);
    expect(dead.attempts).toBe(1);
    const sent = await eventually(async () => h.app.ctx.store.db.selectFrom('outbox').selectAll().where('status', '=', 'sent').where('payload', 'like', '%eve@shopper.test%').executeTakeFirst());
    expect(sent.attempts).toBe(2);
  });

  it('reads an answer of "2" as the second of the numbered options it was offered', async () => {
    imap.deliver(mail({ from: 'gus@shopper.test', id: '<gus-1@shopper.test>', subject: 'Hello', body: 'hello' }));
    await smtp.waitFor(() => to('gus@shopper.test').length > 0);
    const offered = await eventually(async () => {
      const out = (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.direction === 'out' && m.external_id === to('gus@shopper.test')[0]!.parsed.messageId);
      return out ? (JSON.parse(out.meta!) as { quickReplies?: string[] }).quickReplies : undefined;
    });
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(to('gus@shopper.test')[0]!.parsed.text).toContain(`2. ${offered[1]}`);
    imap.deliver(mail({ from: 'gus@shopper.test', id: '<gus-2@shopper.test>', subject: 'Re: Hello', body: `2\n\nOn Mon, Dec 7, 2026 Sunday Harbour <${SUPPORT}> wrote:\n> 1. ${offered[0]}\n> 2. ${offered[1]}`, extra: { 'In-Reply-To': to('gus@shopper.test')[0]!.parsed.messageId! } }));
    const picked = await eventually(async () => (await messagesOf(h, h.tenantId, account.channel)).find((m) => m.external_id === '<gus-2@shopper.test>'));
    expect(picked.text).toBe(offered[1]);
  });

  it('has no webhook', async () => {
    const res = await fetch(`${h.url}/channels/email/${account.id}/webhook`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(404);
  });
});
