// The summary a handoff carries, so the agent starts with the story instead of scrolling: what the
// shopper wants (intent, entities, the order), how they feel, and what the bot already said and
// tried. Pure: built from the understanding and the conversation's recent messages.
import type { Money, OrderState } from '../commerce/types.js';
import type { Understanding } from '../nlu/types.js';

export interface HandoffSummary {
  reason: string;
  intent: string;
  confidence: number;
  language: string;
  entities: { type: string; value: string }[];
  order?: { number: string; state: OrderState; total: Money };
  sentiment: { score: number; anger: number; urgency: number };
  /** The shopper's last words. */
  shopperSaid: string;
  /** The bot's last replies, oldest first (at most 3). */
  botSaid: string[];
  /** What the bot attempted, per turn (order lookup, knowledge answer, clarify…), oldest first. */
  botTried: string[];
  tags: string[];
  /** One line for the inbox. */
  headline: string;
}

export interface SummaryMessage {
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
  /** The NLU result the pipeline stored on inbound messages: { decision, intent, … }. */
  meta: string | null;
}

export function summarize(input: {
  reason: string;
  understanding: Understanding;
  text: string;
  history: SummaryMessage[];
  order?: HandoffSummary['order'];
  tags: string[];
}): HandoffSummary {
  const u = input.understanding;
  const botSaid = input.history.filter((m) => m.author === 'bot').slice(-3).map((m) => clip(m.text, 280));
  const botTried: string[] = [];
  for (const m of input.history) {
    if (m.author !== 'customer' || !m.meta) continue;
    const decision = readDecision(m.meta);
    if (decision && decision !== 'silent' && botTried.at(-1) !== decision) botTried.push(decision);
  }
  const entities = dedupe(u.entities.map((e) => ({ type: e.type, value: e.value })));
  const parts = [u.intent.intent.replace(/_/g, ' ')];
  if (input.order) parts.push(`order ${input.order.number} (${input.order.state})`);
  if (u.sentiment.anger >= 0.5) parts.push('angry');
  else if (u.sentiment.urgency >= 0.5) parts.push('urgent');
  return {
    reason: input.reason,
    intent: u.intent.intent,
    confidence: Math.round(u.intent.confidence * 100) / 100,
    language: u.language,
    entities,
    ...(input.order ? { order: input.order } : {}),
    sentiment: { score: u.sentiment.score, anger: u.sentiment.anger, urgency: u.sentiment.urgency },
    shopperSaid: clip(input.text, 500),
    botSaid,
    botTried: botTried.slice(-5),
    tags: input.tags,
    headline: `${cap(parts.join(', '))} — handed off: ${input.reason.replace(/_/g, ' ')}`,
  };
}

function readDecision(meta: string): string | undefined {
  try {
    const d = (JSON.parse(meta) as { decision?: unknown }).decision;
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}

function dedupe<T extends { type: string; value: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.type + '\0' + x.value) ? false : (seen.add(x.type + '\0' + x.value), true)));
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
