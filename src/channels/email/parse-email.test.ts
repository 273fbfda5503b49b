import { describe, expect, it } from 'vitest';
import { rng, mutate, randomBytes } from '../../../test/channels/support/fuzz.js';
import { parseEmail } from './parse-email.js';

const OWN = 'support@shop.test';
const raw = (headers: Record<string, string>, body: string) => Buffer.from(Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n' + body);

describe('parseEmail', () => {
  it('reads HTML mail as text without the quoted history', async () => {
    const r = await parseEmail(
      raw(
        { From: 'Mai <mai@example.com>', To: OWN, Subject: 'Re: Your order', 'Message-ID': '<m1@example.com>', 'In-Reply-To': '<ours@shop.test>', References: '<a@shop.test> <ours@shop.test>', 'Content-Type': 'text/html; charset=utf-8' },
        '<div>Where is my <b>parcel</b>?</div><div class="gmail_quote">On Tue, Nov 11, 2026 Shop &lt;support@shop.test&gt; wrote:<blockquote>Your order shipped.</blockquote></div>',
      ),
      OWN,
    );
    expect(r.ok && r.event).toMatchObject({
      externalMessageId: '<m1@example.com>',
      from: { externalId: 'mai@example.com', email: 'mai@example.com', name: 'Mai', verified: { email: 'mai@example.com' } },
      text: 'Where is my parcel?',
      thread: { subject: 'Re: Your order', messageId: '<m1@example.com>', references: ['<a@shop.test>', '<ours@shop.test>', '<m1@example.com>'] },
    });
  });

  it('lists attachments and falls back to the subject for an empty body', async () => {
    const multipart = [
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Photo of the damage attached.',
      '--b1',
      'Content-Type: image/jpeg',
      'Content-Disposition: attachment; filename="damage.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      '/9j/4AAQSkZJRgABAQ==',
      '--b1--',
    ].join('\r\n');
    const r = await parseEmail(raw({ From: 'x@example.com', Subject: 'Broken', 'Message-ID': '<m2@example.com>', 'Content-Type': 'multipart/mixed; boundary="b1"' }, multipart), OWN);
    expect(r.ok && r.event?.text).toBe('Photo of the damage attached.\n[attachment: damage.jpg]');
    const empty = await parseEmail(raw({ From: 'x@example.com', Subject: 'Refund please', 'Message-ID': '<m3@example.com>' }, ''), OWN);
    expect(empty.ok && empty.event?.text).toBe('Refund please');
  });

  it('skips auto-replies, bounces, list mail and our own mail', async () => {
    const automated: Record<string, string>[] = [{ 'Auto-Submitted': 'auto-replied' }, { Precedence: 'bulk' }, { 'List-Id': '<news.example.com>' }];
    for (const headers of automated) {
      expect(await parseEmail(raw({ From: 'x@example.com', Subject: 'x', ...headers }, 'body'), OWN)).toEqual({ ok: true });
    }
    expect(await parseEmail(raw({ From: 'MAILER-DAEMON@example.com', Subject: 'Undelivered' }, 'bounce'), OWN)).toEqual({ ok: true });
    expect(await parseEmail(raw({ From: OWN.toUpperCase(), Subject: 'x' }, 'body'), OWN)).toEqual({ ok: true });
  });

  it('never throws on random or mutated mail, and what it accepts is usable text', async () => {
    const r = rng(7);
    const seed = { From: 'Mai <mai@example.com>', Subject: 'Order', 'Message-ID': '<m@example.com>', 'Content-Type': 'text/plain; charset=utf-8' };
    for (let i = 0; i < 300; i++) {
      const input = i % 3 === 0 ? randomBytes(r) : raw(mutate(seed, r) as Record<string, string>, i % 2 ? 'hello\u0000there' : 'hello');
      const res = await parseEmail(input, OWN);
      if (res.ok && res.event) {
        expect(res.event.text.trim().length).toBeGreaterThan(0);
        expect(res.event.text.includes('\u0000')).toBe(false);
        expect(res.event.text.isWellFormed()).toBe(true);
      }
    }
  });
});
