// After the bot's turn: evaluate the tenant's handoff rules with everything known about the
// message, and say what changes — the bot's replies (a handoff notice, auto-replies, scripts),
// whether the conversation moves to a human, and the queue entry (team, tags, priority inputs, SLA,
// summary) to store in the same transaction as the turn. The only I/O is reads: the rule set
// (cached), the order in context (CommerceReader), the customer's store record and recent messages
// when they are needed.
import type { Kysely } from 'kysely';
import type { CommerceReader } from '../commerce/records.js';
import type { Customer } from '../commerce/types.js';
import type { DialogState } from '../dialog/dialog-state.js';
import type { TurnOutput } from '../dialog/respond.js';
import { render } from '../reply/render.js';
import type { Reply } from '../skills/types.js';
import type { Database } from '../store/schema.js';
import { evaluateRules, isLowConfidence, type HandoffFacts } from './evaluate-rules.js';
import { fillScript } from './fill-script.js';
import { customerValue } from './priority.js';
import type { RuleSet } from './rule-schema.js';
import type { RuleStore } from './rule-store.js';
import { summarize, type HandoffSummary } from './summary.js';
import { TeamHoursStore } from './team-hours.js';
import { boostedLevel, campaignGreeting, withCampaignRules } from '../campaigns/apply-campaign.js';
import { CampaignStore } from '../campaigns/campaign-store.js';

type QueueEntry = Database['queue_entries'];

export interface RouteInput {
  conversation: Database['conversations'];
  customer: Database['customers'];
  text: string;
  attachments?: HandoffFacts['attachments'];
  /** Dialog state before the turn (the low-confidence streak and order context are read from it). */
  stateBefore: DialogState;
  /** Who owned the conversation before this message. */
  handlerBefore: 'bot' | 'human';
  turn: TurnOutput;
  shopTimezone: string;
  shopName: string;
  /** The queue entry as an earlier message of the same batch left it (not yet stored). */
  entryBefore?: QueueEntry;
  /** Bot replies already produced for earlier messages of the same batch (not yet stored). */
  pendingBotReplies?: string[];
  now: number;
}

/** The bot's turn as the rules changed it. */
export interface RoutedTurn extends TurnOutput {
  /** Upserted with the turn; absent while the bot keeps the conversation. */
  entry?: QueueEntry;
}

const CUSTOMER_CONDITIONS = new Set(['vip', 'customer_tag', 'lifetime_spend_at_least']);

export class HandoffRouter {
  readonly teamHours: TeamHoursStore;
  readonly campaigns: CampaignStore;

  constructor(private readonly db: Kysely<Database>, private readonly reader: CommerceReader, readonly rules: RuleStore) {
    this.teamHours = new TeamHoursStore(db);
    this.campaigns = new CampaignStore(db);
  }

  async route(input: RouteInput): Promise<RoutedTurn> {
    const { turn, conversation: conv, now } = input;
    // A running campaign's rules go before the shop's own; its greeting and priority boost apply below.
    const campaign = await this.campaigns.active(conv.tenant_id, now);
    const set = withCampaignRules(await this.rules.get(conv.tenant_id, now), campaign);
    const u = turn.understanding;
    // The order in context: named now, or the one the conversation was last about (a photo sent after
    // "where is my order X?" is about X, even though that question was answered and closed).
    const orderNumber = u.entities.find((e) => e.type === 'order_number')?.value ?? input.stateBefore.active?.slots.orderNumber ?? input.stateBefore.previous?.slots.orderNumber;
    const order = orderNumber ? await this.reader.orderByNumber(conv.tenant_id, orderNumber) : undefined;
    const handlerAfter = turn.handoff ? 'human' : input.handlerBefore;
    const needsCustomer = handlerAfter === 'human' || set.rules.some((r) => r.enabled && r.conditions.some((c) => CUSTOMER_CONDITIONS.has(c.type)));
    const needsTeamHours = set.rules.some((r) => r.enabled && r.conditions.some((c) => c.type === 'business_hours' && c.team !== undefined));
    const teamHours = needsTeamHours ? await this.teamHours.get(conv.tenant_id, now) : undefined;
    const storeCustomer = needsCustomer ? await this.storeCustomer(conv.tenant_id, input.customer.email ?? input.stateBefore.emails?.[0]) : undefined;
    const facts: HandoffFacts = {
      text: input.text,
      understanding: u,
      channel: conv.channel,
      handler: handlerAfter,
      answeringBotQuestion: input.stateBefore.active?.pending !== undefined && turn.decision.kind === 'skill',
      lowConfidenceStreak: isLowConfidence(u) ? (input.stateBefore.lowConfidenceStreak ?? 0) + 1 : 0,
      attachments: input.attachments ?? [],
      ...(storeCustomer ? { customer: { vip: storeCustomer.vip, tags: storeCustomer.tags, lifetimeSpend: storeCustomer.lifetimeSpend } } : {}),
      ...(order ? { order: { number: order.number, state: order.state, total: order.total } } : {}),
      shopTimezone: input.shopTimezone,
      ...(teamHours ? { teamHours } : {}),
      now,
    };
    const outcome = evaluateRules(set, facts);

    let replies = turn.replies;
    const greeting = turn.decision.kind === 'smalltalk' && turn.decision.intent === 'greeting' ? campaignGreeting(campaign, u.language) : undefined;
    if (greeting && replies[0]) replies = [{ ...replies[0], text: greeting }, ...replies.slice(1)];
    let handoff: TurnOutput['handoff'] = turn.handoff;
    const ruleHandsOff = outcome.handoff && input.handlerBefore === 'bot' && !turn.handoff;
    if (ruleHandsOff) {
      // The rule overrides the bot's answer: the shopper is told a person is coming instead.
      replies = [{ text: render(u.language, u.sentiment.anger >= 0.7 ? 'handoff_anger' : 'handoff') }];
      handoff = { reason: outcome.handoff!.reason, priority: outcome.priority ?? 1 };
    } else if (handoff && outcome.priority !== undefined) {
      handoff = { ...handoff, priority: Math.max(handoff.priority, outcome.priority) };
    }
    // With a handoff notice, auto-replies join it in one message rather than a burst of bubbles.
    if (handoff && input.handlerBefore === 'bot' && replies.length > 0 && outcome.autoReplies.length > 0) {
      const last = replies[replies.length - 1]!;
      replies = [...replies.slice(0, -1), { ...last, text: [last.text, ...outcome.autoReplies].join('\n\n') }];
    } else replies = [...replies, ...outcome.autoReplies.map((text) => ({ text }))];
    if (outcome.scripts.length > 0) {
      const vars = { 'customer.name': input.customer.name, 'order.number': order?.number, 'order.state': order?.state, 'shop.name': input.shopName };
      for (const body of await this.scriptBodies(conv.tenant_id, outcome.scripts, u.language)) replies.push({ text: fillScript(body, vars) });
    }

    const level = boostedLevel(Math.max(handoff?.priority ?? 0, outcome.priority ?? 0, conv.priority), campaign);
    const value = customerValue({ vip: storeCustomer?.vip, lifetimeSpend: storeCustomer?.lifetimeSpend, order: order?.total }, set.highValue);
    let entry: QueueEntry | undefined;
    if (input.handlerBefore === 'bot' && handoff) {
      const history = await this.history(conv, input.pendingBotReplies ?? [], replies);
      const summary: HandoffSummary = summarize({
        reason: outcome.handoff?.reason ?? handoff.reason,
        understanding: u,
        text: input.text,
        history,
        ...(order ? { order: { number: order.number, state: order.state, total: order.total } } : {}),
        tags: outcome.tags,
      });
      entry = {
        conversation_id: conv.id,
        tenant_id: conv.tenant_id,
        team_id: outcome.handoff?.team ?? null,
        reason: summary.reason,
        tags: JSON.stringify(outcome.tags),
        level,
        urgency: u.sentiment.urgency,
        anger: u.sentiment.anger,
        sentiment: u.sentiment.score,
        customer_value: value,
        queued_at: now,
        sla_due_at: now + slaMs(set, level),
        summary: JSON.stringify(summary),
        headline: summary.headline,
        unread: 1,
        updated_at: now,
      };
    } else if (input.handlerBefore === 'human') {
      entry = await this.followUp(conv, input.entryBefore, set, outcome.tags, level, value, u.sentiment, now);
    }
    return { ...turn, replies, ...(handoff ? { handoff } : {}), ...(entry ? { entry } : {}) };
  }

  /** A shopper message while a person owns the conversation: one more unread, signals only rise. */
  private async followUp(conv: Database['conversations'], before: QueueEntry | undefined, set: RuleSet, tags: string[], level: number, value: number, s: { urgency: number; anger: number; score: number }, now: number): Promise<QueueEntry> {
    const prev = before ?? await this.db.selectFrom('queue_entries').selectAll().where('conversation_id', '=', conv.id).where('tenant_id', '=', conv.tenant_id).executeTakeFirst();
    if (!prev) {
      return {
        conversation_id: conv.id, tenant_id: conv.tenant_id, team_id: null, reason: 'agent_took_over', tags: JSON.stringify(tags), level,
        urgency: s.urgency, anger: s.anger, sentiment: s.score, customer_value: value, queued_at: now, sla_due_at: now + slaMs(set, level),
        summary: JSON.stringify({}), headline: '', unread: 1, updated_at: now,
      };
    }
    const prevTags = JSON.parse(prev.tags) as string[];
    const nextLevel = Math.max(prev.level, level);
    return {
      ...prev,
      tags: JSON.stringify([...new Set([...prevTags, ...tags])]),
      level: nextLevel,
      urgency: Math.max(prev.urgency, s.urgency),
      anger: Math.max(prev.anger, s.anger),
      sentiment: Math.min(prev.sentiment, s.score),
      customer_value: Math.max(prev.customer_value, value),
      // A raised level tightens the SLA; it never loosens it.
      sla_due_at: Math.min(prev.sla_due_at, prev.queued_at + slaMs(set, nextLevel)),
      unread: prev.unread + 1,
      updated_at: now,
    };
  }

  private storeCustomer(tenantId: string, email: string | null | undefined): Promise<Customer | undefined> {
    return email ? this.reader.customerByEmail(tenantId, email) : Promise.resolve(undefined);
  }

  private async history(conv: Database['conversations'], pending: string[], replies: Reply[]) {
    const rows = await this.db
      .selectFrom('messages')
      .select(['author', 'text', 'meta'])
      .where('tenant_id', '=', conv.tenant_id)
      .where('conversation_id', '=', conv.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(20)
      .execute();
    return [...rows.reverse(), ...[...pending, ...replies.map((r) => r.text)].map((text) => ({ author: 'bot' as const, text, meta: null }))];
  }

  private async scriptBodies(tenantId: string, names: string[], language: string): Promise<string[]> {
    const rows = await this.db.selectFrom('scripts').select(['name', 'language', 'body']).where('tenant_id', '=', tenantId).where('name', 'in', names).execute();
    return names.flatMap((n) => {
      const row = rows.find((r) => r.name === n && r.language === language) ?? rows.find((r) => r.name === n && r.language === 'en');
      return row ? [row.body] : [];
    });
  }
}

export function slaMs(set: RuleSet, level: number): number {
  return set.slaMinutes[Math.min(3, Math.max(0, level))]! * 60_000;
}

/** Writes the queue entries of committed turns (inside the pipeline's transaction). */
export async function upsertQueueEntries(trx: Kysely<Database>, entries: QueueEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 200) {
    await trx
      .insertInto('queue_entries')
      .values(entries.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column('conversation_id').doUpdateSet((eb) => ({
          team_id: eb.ref('excluded.team_id'),
          reason: eb.ref('excluded.reason'),
          queued_at: eb.ref('excluded.queued_at'),
          summary: eb.ref('excluded.summary'),
          headline: eb.ref('excluded.headline'),
          tags: eb.ref('excluded.tags'),
          level: eb.ref('excluded.level'),
          urgency: eb.ref('excluded.urgency'),
          anger: eb.ref('excluded.anger'),
          sentiment: eb.ref('excluded.sentiment'),
          customer_value: eb.ref('excluded.customer_value'),
          sla_due_at: eb.ref('excluded.sla_due_at'),
          unread: eb.ref('excluded.unread'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

