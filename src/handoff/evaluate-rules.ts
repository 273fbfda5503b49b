// The handoff rule engine: given what is known after the bot's turn (the understanding, the
// conversation, the customer, the order in context, attachments, the clock), which rules match and
// what they ask for. Pure: every fact is passed in, so rules are unit-tested with a fixed clock.
import type { Money, OrderState } from '../commerce/types.js';
import type { Understanding } from '../nlu/types.js';
import { OOS } from '../nlu/types.js';
import { isOpen } from './business-hours.js';
import type { BusinessHours, Condition, Rule, RuleSet } from './rule-schema.js';

export interface HandoffFacts {
  text: string;
  understanding: Understanding;
  channel: string;
  handler: 'bot' | 'human';
  /**
   * The message answered the bot's own question (the order number or e-mail it asked for): the
   * classifier's intent for such a fragment is noise, so intent conditions do not hold.
   */
  answeringBotQuestion?: boolean;
  /** Consecutive low-confidence turns including this one. */
  lowConfidenceStreak: number;
  attachments: { kind: 'image' | 'video' | 'audio' | 'file' }[];
  customer?: { vip: boolean; tags: string[]; lifetimeSpend?: Money };
  order?: { number: string; state: OrderState; total: Money };
  shopTimezone: string;
  /** Teams with hours of their own (business_hours conditions naming a team read them). */
  teamHours?: Record<string, BusinessHours>;
  now: number;
}

export interface RuleOutcome {
  /** Ids of the rules that matched, in order. */
  matched: string[];
  handoff?: { team?: string; reason: string };
  /** Highest level any matched rule set. */
  priority?: number;
  tags: string[];
  /** Texts to send, already chosen for the conversation's language. */
  autoReplies: string[];
  scripts: string[];
}

/** Below this calibrated confidence a turn counts as low confidence (the dialog's own threshold). */
export const LOW_CONFIDENCE = 0.45;

export function isLowConfidence(u: Understanding): boolean {
  return u.intent.intent === OOS || u.intent.confidence < LOW_CONFIDENCE;
}

export function evaluateRules(set: RuleSet, facts: HandoffFacts): RuleOutcome {
  const out: RuleOutcome = { matched: [], tags: [], autoReplies: [], scripts: [] };
  for (const rule of set.rules) {
    if (!rule.enabled || !rule.conditions.every((c) => holds(c, facts, set))) continue;
    out.matched.push(rule.id);
    apply(rule, facts, out);
    if (rule.stop) break;
  }
  return out;
}

function apply(rule: Rule, facts: HandoffFacts, out: RuleOutcome): void {
  for (const a of rule.actions) {
    switch (a.type) {
      case 'handoff':
        // The first matching rule decides the queue; later ones may still add tags and priority.
        out.handoff ??= { ...(a.team ? { team: a.team } : {}), reason: a.reason ?? rule.id };
        break;
      case 'set_priority':
        out.priority = Math.max(out.priority ?? 0, a.level);
        break;
      case 'tag':
        for (const t of a.tags) if (!out.tags.includes(t)) out.tags.push(t);
        break;
      case 'auto_reply':
        out.autoReplies.push(a.text[facts.understanding.language] ?? a.text.en!);
        break;
      case 'send_script':
        out.scripts.push(a.script);
        break;
    }
  }
}

function holds(c: Condition, f: HandoffFacts, set: RuleSet): boolean {
  const u = f.understanding;
  switch (c.type) {
    case 'intent':
      return !f.answeringBotQuestion && c.in.includes(u.intent.intent);
    case 'out_of_scope':
      return u.intent.intent === OOS;
    case 'confidence_below':
      return u.intent.confidence < c.value;
    case 'low_confidence_streak':
      return f.lowConfidenceStreak >= c.atLeast;
    case 'anger_at_least':
      return u.sentiment.anger >= c.value;
    case 'urgency_at_least':
      return u.sentiment.urgency >= c.value;
    case 'sentiment_below':
      return u.sentiment.score < c.value;
    case 'keyword': {
      const text = fold(f.text);
      return c.any.some((k) => text.includes(fold(k)));
    }
    case 'language':
      return c.in.includes(u.language);
    case 'channel':
      return c.in.includes(f.channel);
    case 'handler':
      return f.handler === c.is;
    case 'vip':
      return f.customer?.vip === true;
    case 'customer_tag':
      return f.customer !== undefined && c.any.some((t) => f.customer!.tags.includes(t));
    case 'lifetime_spend_at_least':
      return atLeast(f.customer?.lifetimeSpend, c.min);
    case 'order_value_at_least':
      return atLeast(f.order?.total, c.min);
    case 'order_state':
      return f.order !== undefined && c.in.includes(f.order.state);
    case 'attachment':
      return f.attachments.some((a) => c.kinds.includes(a.kind));
    case 'business_hours':
      return isOpen((c.team ? f.teamHours?.[c.team] : undefined) ?? set.businessHours, f.shopTimezone, f.now) === c.inside;
  }
}

function atLeast(value: Money | undefined, min: Record<string, number>): boolean {
  if (!value) return false;
  const threshold = min[value.currency];
  return threshold !== undefined && value.amountMinor >= threshold;
}

/** Keywords match case- and width-insensitively ("ＲＥＦＵＮＤ" finds "refund"). */
function fold(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase();
}
