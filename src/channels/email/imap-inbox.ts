// Reads shoppers' mail: one IMAP connection (imapflow) per active e-mail account, waiting in IDLE and
// fetching what arrived whenever the server announces new mail. A cursor per account (UIDVALIDITY and
// the last UID read, in the settings table) makes each message read once; a message is handed to
// ingest (deduped on its Message-ID) before the cursor moves past it, so a crash re-reads rather than
// loses. On first connection the mail already in the mailbox is skipped: connecting a busy mailbox
// must not answer years of old mail. Every replica running workers watches every account; the
// Message-ID dedupe makes that harmless.
import { ImapFlow } from 'imapflow';
import type { Kysely } from 'kysely';
import type { Ingest } from '../../ingest/ingest.js';
import type { Logger } from '../../runtime/logger.js';
import type { Database } from '../../store/schema.js';
import type { ChannelAccounts } from '../accounts.js';
import { acceptEvents } from '../receive-webhook.js';
import type { Account } from '../types.js';
import { parseEmail } from './parse-email.js';
import type { EmailConfig, EmailSecrets } from './settings.js';

interface Deps {
  db: Kysely<Database>;
  ingest: Ingest;
  accounts: ChannelAccounts;
  log: Logger;
}

type EmailAccount = Account<EmailConfig, EmailSecrets>;

export class EmailInbox {
  private readonly watchers = new Map<string, MailboxWatcher>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly deps: Deps, private readonly refreshMs = 30_000) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch((err) => this.deps.log.error({ err }, 'e-mail accounts refresh failed')), this.refreshMs);
    this.timer.unref();
  }

  private refreshing: Promise<void> = Promise.resolve();

  /** Starts watching new accounts and stops watching disabled ones (one refresh at a time). */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.catch(() => undefined).then(() => this.refreshNow());
    return this.refreshing;
  }

  private async refreshNow(): Promise<void> {
    if (this.stopped) return;
    const rows = await this.deps.db.selectFrom('channel_accounts').select(['id', 'updated_at']).where('type', '=', 'email').where('status', '=', 'active').execute();
    const active = new Map(rows.map((r) => [r.id, r.updated_at]));
    for (const [id, w] of this.watchers) {
      if (active.get(id) !== w.version) {
        this.watchers.delete(id);
        await w.stop();
      }
    }
    for (const [id, version] of active) {
      if (this.watchers.has(id)) continue;
      const account = (await this.deps.accounts.get(id)) as EmailAccount | undefined;
      if (!account) continue;
      const w = new MailboxWatcher(this.deps, account, version);
      this.watchers.set(id, w);
      w.start();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    // A refresh in flight still holds a database connection; let it finish before the store closes.
    await this.refreshing.catch(() => undefined);
    await Promise.all([...this.watchers.values()].map((w) => w.stop()));
    this.watchers.clear();
  }
}

class MailboxWatcher {
  private client: ImapFlow | undefined;
  private running = false;
  private done: Promise<void> | undefined;
  private syncing: Promise<void> = Promise.resolve();
  private readonly log: Logger;

  constructor(private readonly deps: Deps, private readonly account: EmailAccount, readonly version: number) {
    this.log = deps.log.child({ component: 'email-inbox', accountId: account.id, tenantId: account.tenantId });
  }

  start(): void {
    this.running = true;
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.logout().catch(() => this.client?.close());
    await this.done;
  }

  private async loop(): Promise<void> {
    let pause = 1_000;
    while (this.running) {
      try {
        await this.session();
        pause = 1_000;
      } catch (err) {
        if (this.running) this.log.warn({ err: (err as Error).message }, 'IMAP connection failed; retrying');
      }
      if (!this.running) break;
      await new Promise((r) => setTimeout(r, pause).unref());
      pause = Math.min(pause * 2, 60_000);
    }
  }

  /** One connection: sync, then sync again on every new-mail notice until the connection closes. */
  private async session(): Promise<void> {
    const c = this.account.config.imap;
    const client = new ImapFlow({
      host: c.host,
      port: c.port,
      secure: c.secure,
      doSTARTTLS: c.secure ? undefined : c.allowPlaintext ? false : true,
      ...(c.user ? { auth: { user: c.user, pass: this.account.secrets.imapPassword ?? '' } } : {}),
      logger: false,
      // IDLE half a second after each command (imapflow waits 15 s by default), so new mail is
      // noticed at once; IDLE re-issued every 5 minutes, well inside servers' 30-minute cut-off.
      autoIdleDelay: 500,
      maxIdleTime: 5 * 60_000,
    });
    this.client = client;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err: Error) => this.log.warn({ err: err.message }, 'IMAP error'));
    await client.connect();
    await client.mailboxOpen(c.mailbox);
    client.on('exists', () => this.queueSync(client));
    this.queueSync(client);
    await closed;
    await this.syncing;
  }

  private queueSync(client: ImapFlow): void {
    this.syncing = this.syncing
      .then(() => this.sync(client))
      .catch((err) => {
        // Overloaded ingest or a dropped fetch: the cursor did not move, so try again shortly.
        this.log.warn({ err: (err as Error).message }, 'IMAP fetch failed; retrying');
        if (this.running) setTimeout(() => this.queueSync(client), 2_000).unref();
      });
  }

  private async sync(client: ImapFlow): Promise<void> {
    const box = client.mailbox;
    if (!box || !this.running) return;
    const key = `email-cursor:${this.account.id}`;
    const row = await this.deps.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    const cursor = row ? (JSON.parse(row.value) as { uidValidity: string; lastUid: number }) : undefined;
    const validity = String(box.uidValidity);
    if (!cursor || cursor.uidValidity !== validity) {
      // First sight of this mailbox (or it was rebuilt): start after what is already there.
      await this.saveCursor(key, validity, Math.max(0, box.uidNext - 1), !!row);
      return;
    }
    let last = cursor.lastUid;
    for await (const msg of client.fetch(`${last + 1}:*`, { uid: true, source: true }, { uid: true })) {
      if (msg.uid <= last || !msg.source) continue;
      const parsed = await parseEmail(msg.source, this.account.config.address);
      if (!parsed.ok) this.log.warn({ uid: msg.uid, reason: parsed.reason }, 'unreadable e-mail skipped');
      else if (parsed.event) await acceptEvents(this.deps, this.account, [parsed.event]);
      last = msg.uid;
      await this.saveCursor(key, validity, last, true);
    }
  }

  private async saveCursor(key: string, uidValidity: string, lastUid: number, exists: boolean): Promise<void> {
    const value = JSON.stringify({ uidValidity, lastUid });
    if (exists) await this.deps.db.updateTable('settings').set({ value }).where('key', '=', key).execute();
    else await this.deps.db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }
}
