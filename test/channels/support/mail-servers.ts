// Real mail servers on 127.0.0.1 for the e-mail channel: an SMTP server (smtp-server, the protocol
// implementation Nodemailer's authors maintain) that records what it receives, and an IMAP server
// (hoodiecrow-imap, a scriptable IMAP4rev1 server with IDLE) whose INBOX the test appends mail to.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import hoodiecrow from 'hoodiecrow-imap';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export async function startSmtpServer(opts: { user: string; pass: string }) {
  const received: ReceivedMail[] = [];
  /** SMTP reply codes to answer the next RCPT TO for an address with, in order. */
  const rejections = new Map<string, number[]>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === opts.user && auth.password === opts.pass) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      const codes = rejections.get(address.address);
      const code = codes?.shift();
      if (code) {
        const err = new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later') as Error & { responseCode: number };
        err.responseCode = code;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((parsed) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw: raw.toString('utf8'), parsed });
          cb();
        });
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    received,
    reject: (address: string, ...codes: number[]) => rejections.set(address, codes),
    async waitFor(pred: (r: ReceivedMail[]) => boolean, ms = 15_000) {
      const until = Date.now() + ms;
      while (!pred(received)) {
        if (Date.now() > until) throw new Error(`SMTP condition not met within ${ms} ms (got ${received.length})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function startImapServer(opts: { user: string; pass: string; existing: string[] }) {
  const server = hoodiecrow({
    plugins: ['IDLE', 'UIDPLUS', 'ENABLE', 'ID', 'LITERALPLUS', 'SPECIAL-USE'],
    storage: { INBOX: { messages: opts.existing.map((raw) => ({ raw, flags: [] })) } },
    users: { [opts.user]: { password: opts.pass } },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    deliver: (raw: string) => server.appendMessage('INBOX', [], false, raw),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function rfc822(h: Record<string, string>, body: string): string {
  return Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n' + body.replace(/\r?\n/g, '\r\n');
}
