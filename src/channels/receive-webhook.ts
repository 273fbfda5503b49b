// One inbound webhook, start to finish: find the account, verify the platform's signature over the raw
// bytes, parse, hand messages to ingest (which dedupes on the platform message id) and apply delivery
// receipts. Anything forged, malformed or addressed to an unknown account is refused with its status
// and logged, and nothing of it is stored.
import type { Kysely } from 'kysely';
import type { Ingest } from '../ingest/ingest.js';
import type { Bus } from '../runtime/bus.js';
import type { Logger } from '../runtime/logger.js';
import type { Database } from '../store/schema.js';
import type { ChannelAccounts } from './accounts.js';
import { channelOf } from './channel-key.js';
import { displayName } from './display-name.js';
import { publishMessageUpdates } from './delivery-events.js';
import { applyDeliveryStatus, applyReadWatermark } from './delivery-status.js';
import { lastOfferedOptions, numberedChoice } from './numbered-choice.js';
import { channelDefinition } from './registry.js';
import type { Account, ChannelDefinition, ChannelEnv, ChannelEvent, ChannelHttp, RawWebhook } from './types.js';

export interface WebhookOutcome {
  status: number;
  /** JSON body, or a plain-text body for the setup handshake. */
  body: unknown;
  text?: boolean;
}

export interface WebhookDeps {
  db: Kysely<Database>;
  ingest: Ingest;
  accounts: ChannelAccounts;
  log: Logger;
  /** Where changed delivery ticks are announced to the consoles. */
  bus?: Bus;
  /** The platform API, for acknowledging taps (Telegram's answerCallbackQuery). */
  platform?: { http: ChannelHttp; env: ChannelEnv };
}

export class ChannelUnavailableError extends Error {
  constructor() {
    super('the channel account cannot be used right now; retry later');
  }
}

const refuse = (status: number, code: string, message: string): WebhookOutcome => ({ status, body: { error: { code, message } } });

async function findAccount(deps: WebhookDeps, type: string, accountId: string) {
  const def = channelDefinition(type);
  let account;
  try {
    account = def ? await deps.accounts.get(accountId) : undefined;
  } catch (err) {
    // Secrets that cannot be opened (wrong CHANNEL_SECRETS_KEY): the platform retries later.
    deps.log.error({ channel: type, accountId, err: (err as Error).message }, 'channel account secrets cannot be opened');
    throw new ChannelUnavailableError();
  }
  return def && def.receivesWebhooks !== false && account && account.type === type ? { def, account } : undefined;
}

export async function handleHandshake(deps: WebhookDeps, type: string, accountId: string, query: Record<string, unknown>): Promise<WebhookOutcome> {
  const found = await findAccount(deps, type, accountId);
  if (!found || !found.def.handshake) {
    deps.log.warn({ channel: type, accountId }, 'webhook handshake for an unknown account refused');
    return refuse(404, 'not_found', 'no such channel account');
  }
  const r = found.def.handshake(query, found.account);
  if (!r.ok) {
    deps.log.warn({ channel: type, accountId, reason: r.reason }, 'webhook handshake refused');
    return refuse(r.status, r.status === 403 ? 'forbidden' : 'invalid_request', r.reason);
  }
  return { status: 200, body: r.body, text: true };
}

export async function handleWebhook(deps: WebhookDeps, type: string, accountId: string, req: RawWebhook): Promise<WebhookOutcome> {
  const found = await findAccount(deps, type, accountId);
  if (!found) {
    deps.log.warn({ channel: type, accountId }, 'webhook for an unknown account refused');
    return refuse(404, 'not_found', 'no such channel account');
  }
  const { def, account } = found;
  const verdict = def.verify(req, account);
  if (!verdict.ok) {
    // 401: not signed by the platform (or a replayed push); 403: signed, but for another shop or number.
    deps.log.warn({ channel: type, accountId, tenantId: account.tenantId, reason: verdict.reason }, verdict.status === 401 ? 'webhook with a bad signature refused' : 'webhook for another account refused');
    return refuse(verdict.status, verdict.status === 401 ? 'invalid_signature' : 'forbidden', verdict.reason);
  }
  const parsed = def.parse(req.body, account);
  if (!parsed.ok) {
    deps.log.warn({ channel: type, accountId, tenantId: account.tenantId, reason: parsed.reason }, 'malformed webhook refused');
    return refuse(400, 'invalid_payload', parsed.reason);
  }
  const counts = await acceptEvents(deps, account, parsed.events);
  acknowledgeTaps(deps, def, account, parsed.events);
  return { status: 200, body: counts };
}

/** Stops the shopper's spinner for each stored tap. Not awaited: the platform's answer must not hold
 * up the webhook's 200, and a lost acknowledgement costs only the spinner (the reply still goes out). */
function acknowledgeTaps(deps: WebhookDeps, def: ChannelDefinition, account: Account, events: ChannelEvent[]): void {
  if (!def.acknowledge || !deps.platform) return;
  const { http, env } = deps.platform;
  for (const e of events) {
    if (e.kind !== 'message' || !e.interactionId) continue;
    void def.acknowledge(e.interactionId, account, http, env).then((r) => {
      if (!r.ok) deps.log.warn({ channel: account.type, accountId: account.id, tenantId: account.tenantId, error: r.error }, 'acknowledging a button tap failed');
    });
  }
}

/** Stores parsed events: messages through ingest (dedupe on the platform id; a bare number picks from
 * the numbered options we last sent), reply tokens and thread state beside them, receipts on our
 * messages. Shared by webhooks and pulled channels (IMAP). */
export async function acceptEvents(deps: Pick<WebhookDeps, 'db' | 'ingest' | 'bus'>, account: Account, events: ChannelEvent[]): Promise<{ accepted: number; duplicates: number; receipts: number }> {
  const channel = channelOf(account);
  const caps = channelDefinition(account.type)!.capabilities;
  let accepted = 0;
  let duplicates = 0;
  await Promise.all(
    events.map(async (e) => {
      if (e.kind !== 'message') return;
      const picked = /^\s*\d{1,2}\s*[.)]?\s*$/.test(e.text) ? numberedChoice(e.text, await lastOfferedOptions(deps.db, account.tenantId, channel, e.from.externalId), caps) : undefined;
      const name = displayName(e.from.name);
      const r = await deps.ingest.accept({
        tenantId: account.tenantId,
        channel,
        customer: { externalId: e.from.externalId, ...(name ? { name } : {}), ...(e.from.email ? { email: e.from.email } : {}), ...(e.from.locale ? { locale: e.from.locale } : {}), ...(e.from.verified ? { verified: e.from.verified } : {}) },
        text: picked ?? e.text,
        externalMessageId: e.externalMessageId,
        receivedAt: e.receivedAt,
        ...(e.attachments && e.attachments.length > 0 ? { attachments: e.attachments } : {}),
      });
      if (r.duplicate) duplicates++;
      else accepted++;
      if (r.duplicate) return;
      const key = { tenant_id: account.tenantId, account_id: account.id, customer_external_id: e.from.externalId };
      if (e.replyToken) {
        const { token, expiresAt } = e.replyToken;
        await deps.db
          .insertInto('channel_reply_tokens')
          .values({ ...key, token, expires_at: expiresAt })
          .onConflict((oc) => oc.columns(['tenant_id', 'account_id', 'customer_external_id']).doUpdateSet({ token, expires_at: expiresAt }))
          .execute();
      }
      if (e.thread) {
        const data = JSON.stringify(e.thread);
        const now = Date.now();
        await deps.db
          .insertInto('channel_threads')
          .values({ ...key, data, updated_at: now })
          .onConflict((oc) => oc.columns(['tenant_id', 'account_id', 'customer_external_id']).doUpdateSet({ data, updated_at: now }))
          .execute();
      }
    }),
  );
  const changed = new Set<string>();
  for (const e of events) {
    if (e.kind === 'status') {
      const id = await applyDeliveryStatus(deps.db, account.tenantId, { channel, externalId: e.externalMessageId }, { status: e.status, at: e.at, ...(e.error ? { error: e.error } : {}) });
      if (id) changed.add(id);
    } else if (e.kind === 'read_watermark') {
      for (const id of await applyReadWatermark(deps.db, account.tenantId, channel, e.customerExternalId, e.watermark)) changed.add(id);
    }
  }
  if (deps.bus && changed.size > 0) await publishMessageUpdates(deps.db, deps.bus, account.tenantId, [...changed]);
  return { accepted, duplicates, receipts: changed.size };
}
