// Sends claimed 'channel' outbox rows through their channel accounts. Per conversation, rows go out
// one after another in creation order (a failed row holds back the rows behind it, so the shopper never
// reads part two before part one); conversations go out side by side. Each account's throughput limit
// is paced by a token bucket; a row that would wait too long is deferred without spending an attempt.
// Replies are rendered to the channel's capabilities here, at the edge, so every stage before stays
// channel-blind.
import type { Kysely } from 'kysely';
import type { ChannelTokens } from '../channels/access-tokens.js';
import type { ChannelAccounts } from '../channels/accounts.js';
import { channelDefinition } from '../channels/registry.js';
import { renderForChannel } from '../channels/render-for-channel.js';
import type { ChannelEnv, ChannelHttp } from '../channels/types.js';
import type { Database } from '../store/schema.js';
import type { ChannelDeliveryPayload } from './channel-delivery.js';
import { RateLimiter } from './rate-limiter.js';
import type { MediaLinks } from '../media/media-links.js';
import { outboundMediaParts } from './media-parts.js';

type Row = Database['outbox'];

export type ChannelSendResult =
  | { id: string; ok: true; externalId?: string }
  | { id: string; ok: false; error: string; permanent: boolean; retryAfterMs?: number; partsSent?: number }
  /** Not attempted (rate limit or an earlier row of the conversation failed): try again after deferMs. */
  | { id: string; ok: false; deferred: true; deferMs: number; error: string };

/** Longest we wait in-line for a token before deferring the row to a later batch. */
const MAX_INLINE_WAIT_MS = 1_000;

export class ChannelSender {
  private readonly limiter = new RateLimiter();

  constructor(
    private readonly deps: { db: Kysely<Database>; accounts: ChannelAccounts; tokens: ChannelTokens; http: ChannelHttp; env: ChannelEnv; mediaLinks?: MediaLinks },
    private readonly concurrency = 32,
  ) {}

  async sendAll(rows: Row[]): Promise<ChannelSendResult[]> {
    if (rows.length === 0) return [];
    const payloads = new Map(rows.map((r) => [r.id, JSON.parse(r.payload) as ChannelDeliveryPayload]));
    const byConversation = new Map<string, Row[]>();
    for (const r of rows) {
      const key = payloads.get(r.id)!.conversationId;
      const list = byConversation.get(key);
      if (list) list.push(r);
      else byConversation.set(key, [r]);
    }
    const lastInbound = await this.lastInboundAt([...byConversation.keys()]);
    const results: ChannelSendResult[] = [];
    const queue = [...byConversation.values()];
    const lane = async () => {
      for (let list = queue.shift(); list; list = queue.shift()) {
        list.sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
        let blocked: number | undefined;
        for (const row of list) {
          if (blocked !== undefined) {
            results.push({ id: row.id, ok: false, deferred: true, deferMs: blocked, error: 'waiting for an earlier message of the conversation' });
            continue;
          }
          const p = payloads.get(row.id)!;
          const r = await this.sendRow(row, p, lastInbound.get(p.conversationId));
          results.push(r);
          if (!r.ok) blocked = 'deferred' in r ? r.deferMs : (r.retryAfterMs ?? 1_000);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, lane));
    return results;
  }

  private async sendRow(row: Row, p: ChannelDeliveryPayload, lastInboundAt: number | undefined): Promise<ChannelSendResult> {
    let account;
    try {
      account = await this.deps.accounts.get(row.target);
    } catch (err) {
      // The secrets cannot be opened (wrong CHANNEL_SECRETS_KEY): fixable, so retried, never dropped.
      return { id: row.id, ok: false, permanent: false, error: (err as Error).message };
    }
    if (!account || account.tenantId !== row.tenant_id) return { id: row.id, ok: false, permanent: true, error: 'the channel account is disabled or deleted' };
    const def = channelDefinition(account.type)!;
    const media = p.media && p.media.length > 0 ? outboundMediaParts(this.deps.db, row.tenant_id, p.media, def.capabilities, this.deps.mediaLinks) : [];
    const textParts = p.text.trim() ? renderForChannel({ text: p.text, ...(p.quickReplies ? { quickReplies: p.quickReplies } : {}) }, def.capabilities) : [];
    const parts = [...textParts, ...media];
    let accessToken: string | undefined;
    if (def.tokens) {
      let t;
      try {
        t = await this.deps.tokens.accessToken(account, def.tokens, this.deps.http, this.deps.env);
      } catch (err) {
        // Network trouble on the token service, or a grant that cannot be opened: retried.
        return { id: row.id, ok: false, permanent: false, error: `access token: ${(err as Error).message}` };
      }
      if (!t.ok) return { id: row.id, ok: false, permanent: t.permanent, error: `access token refresh failed: ${t.error}`, ...(t.retryAfterMs !== undefined ? { retryAfterMs: t.retryAfterMs } : {}) };
      accessToken = t.token;
    }
    let externalId: string | undefined;
    for (let i = p.partsSent ?? 0; i < parts.length; i++) {
      let wait = this.limiter.take(account.id, def.ratePerSecond(account));
      while (wait > 0) {
        if (wait > MAX_INLINE_WAIT_MS) return i === (p.partsSent ?? 0) ? { id: row.id, ok: false, deferred: true, deferMs: wait, error: 'account throughput limit' } : { id: row.id, ok: false, permanent: false, retryAfterMs: wait, partsSent: i, error: 'account throughput limit' };
        await new Promise((r) => setTimeout(r, wait));
        wait = this.limiter.take(account.id, def.ratePerSecond(account));
      }
      const replyToken = def.usesReplyTokens ? await this.takeReplyToken(account.tenantId, account.id, p.to) : undefined;
      const thread = def.usesThreads ? await this.thread(account.tenantId, account.id, p.to) : undefined;
      const sent = await def.send(
        {
          to: p.to,
          part: parts[i]!,
          author: p.author,
          sinceLastInboundMs: lastInboundAt === undefined ? Number.POSITIVE_INFINITY : Date.now() - lastInboundAt,
          idempotencyKey: `${row.id}:${i}`,
          ...(accessToken ? { accessToken } : {}),
          ...(replyToken ? { replyToken } : {}),
          ...(thread ? { thread } : {}),
        },
        account,
        this.deps.http,
        this.deps.env,
      );
      if (!sent.ok) return { id: row.id, ok: false, error: sent.error, permanent: sent.permanent, ...(sent.retryAfterMs !== undefined ? { retryAfterMs: sent.retryAfterMs } : {}), ...(i > 0 ? { partsSent: i } : {}) };
      externalId = sent.externalId ?? externalId;
    }
    return { id: row.id, ok: true, ...(externalId ? { externalId } : {}) };
  }

  /** Claims the shopper's unexpired reply token: deleted as it is read, so it is used at most once. */
  private async takeReplyToken(tenantId: string, accountId: string, customer: string): Promise<string | undefined> {
    const row = await this.deps.db
      .deleteFrom('channel_reply_tokens')
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('customer_external_id', '=', customer)
      .returning(['token', 'expires_at'])
      .executeTakeFirst();
    return row && row.expires_at > Date.now() ? row.token : undefined;
  }

  private async thread(tenantId: string, accountId: string, customer: string): Promise<Record<string, unknown> | undefined> {
    const row = await this.deps.db.selectFrom('channel_threads').select('data').where('tenant_id', '=', tenantId).where('account_id', '=', accountId).where('customer_external_id', '=', customer).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
  }

  private async lastInboundAt(conversationIds: string[]): Promise<Map<string, number>> {
    const rows = await this.deps.db
      .selectFrom('messages')
      .select(['conversation_id', (eb) => eb.fn.max<number>('created_at').as('at')])
      .where('conversation_id', 'in', conversationIds)
      .where('direction', '=', 'in')
      .groupBy('conversation_id')
      .execute();
    return new Map(rows.map((r) => [r.conversation_id, Number(r.at)]));
  }
}
