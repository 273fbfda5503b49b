// The decide stage: from what the shopper said and what the conversation remembers, choose what
// happens next. Pure, so every rule is unit-tested without I/O.
import type { Understanding } from '../nlu/types.js';
import { OOS } from '../nlu/types.js';
import { PENDING_TIMEOUT_MS, type DialogState } from './dialog-state.js';

export type Decision =
  | { kind: 'silent'; reason: 'human_owns_conversation' }
  | { kind: 'smalltalk'; intent: 'greeting' | 'thanks' | 'goodbye' }
  | { kind: 'order_status'; intent: string; orderNumber?: string; email?: string }
  | { kind: 'knowledge'; intent: string }
  | { kind: 'clarify' }
  | { kind: 'handoff'; reason: HandoffReason; priority: number };

export type HandoffReason = 'requested' | 'anger' | 'low_confidence' | 'needs_human' | 'no_answer';

/** Below this the bot asks to rephrase instead of acting on the guess. */
export const MIN_CONFIDENCE = 0.45;
/** This much anger sends the conversation to a person whatever was asked. */
export const ANGER_HANDOFF = 0.7;

/** Intents the bot answers from the knowledge base. */
const KNOWLEDGE_INTENTS = new Set([
  'shipping_time', 'shipping_fee', 'customs_duty', 'return_policy', 'payment_methods', 'coupon_usage',
  'promotion_rules', 'gift_wrap', 'invoice', 'product_info', 'size_advice', 'stock_availability',
  'price_discount', 'warranty', 'account_problem', 'refund_status',
]);

/** Intents that need a person until the skills that automate them land. */
const HUMAN_INTENTS = new Set([
  'complaint', 'return_request', 'exchange_request', 'delivery_problem', 'payment_problem',
  'cancel_order', 'change_order', 'change_address',
]);

export interface DecideInput {
  understanding: Understanding;
  state: DialogState;
  handler: 'bot' | 'human';
  now: number;
}

export function decide({ understanding: u, state, handler, now }: DecideInput): Decision {
  if (handler === 'human') return { kind: 'silent', reason: 'human_owns_conversation' };

  const orderNumber = u.entities.find((e) => e.type === 'order_number')?.value;
  const email = u.entities.find((e) => e.type === 'email')?.value;
  const intent = u.intent.intent;

  if (intent === 'human_agent') return { kind: 'handoff', reason: 'requested', priority: 2 };
  if (u.sentiment.anger >= ANGER_HANDOFF) return { kind: 'handoff', reason: 'anger', priority: 3 };

  // An answer to the bot's own question continues that skill whatever the classifier thinks.
  const pending = state.pending && now - state.pending.askedAt < PENDING_TIMEOUT_MS ? state.pending : undefined;
  if (pending) {
    if (pending.slot === 'order_number' && orderNumber) return { kind: 'order_status', intent: pending.intent, orderNumber, email };
    if (pending.slot === 'email' && email) return { kind: 'order_status', intent: pending.intent, orderNumber: orderNumber ?? pending.orderNumber, email };
  }

  if ((intent === 'order_status' || intent === 'tracking') && u.intent.confidence >= MIN_CONFIDENCE) {
    return { kind: 'order_status', intent, orderNumber, email };
  }
  // A bare order number is a request to look it up.
  if (orderNumber && (intent === OOS || u.intent.confidence < MIN_CONFIDENCE)) {
    return { kind: 'order_status', intent: 'order_status', orderNumber, email };
  }

  if (intent === OOS || u.intent.confidence < MIN_CONFIDENCE) {
    return (state.lowConfidenceStreak ?? 0) >= 1 ? { kind: 'handoff', reason: 'low_confidence', priority: 1 } : { kind: 'clarify' };
  }
  if (intent === 'greeting' || intent === 'thanks' || intent === 'goodbye') return { kind: 'smalltalk', intent };
  if (HUMAN_INTENTS.has(intent)) return { kind: 'handoff', reason: 'needs_human', priority: intent === 'complaint' || intent === 'delivery_problem' ? 2 : 1 };
  if (KNOWLEDGE_INTENTS.has(intent)) return { kind: 'knowledge', intent };
  return { kind: 'handoff', reason: 'no_answer', priority: 1 };
}

/** The state after a decision: streaks counted, pending questions cleared when answered or abandoned. */
export function nextState(state: DialogState, decision: Decision): DialogState {
  const next: DialogState = { ...state, turns: (state.turns ?? 0) + 1 };
  next.lowConfidenceStreak = decision.kind === 'clarify' ? (state.lowConfidenceStreak ?? 0) + 1 : 0;
  if (decision.kind !== 'order_status') delete next.pending;
  return next;
}
