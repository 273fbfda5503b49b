// The decide stage: from what the shopper said and what the conversation remembers, choose what
// happens next. Pure, so every rule is unit-tested without I/O. It owns topic handling: an answer to
// the bot's question continues that skill, "no, I meant…" corrects the last topic, "my other order"
// starts over without the order just discussed, and a new confident intent switches skills while
// carrying over what still applies (the order, the product).
import type { Entity, Understanding } from '../nlu/types.js';
import { OOS } from '../nlu/types.js';
import { couponCandidates, isCorrection, itemCondition, mentionsOtherOrder, returnReason } from './cue-words.js';
import { liveTopic, type DialogState, type SkillName, type SlotName, type Slots, type Topic } from './dialog-state.js';

export type Decision =
  | { kind: 'silent'; reason: 'human_owns_conversation' }
  | { kind: 'smalltalk'; intent: 'greeting' | 'thanks' | 'goodbye' }
  | { kind: 'skill'; skill: SkillName; intent: string; slots: Slots }
  | { kind: 'knowledge'; intent: string }
  | { kind: 'clarify' }
  | { kind: 'handoff'; reason: HandoffReason; priority: number };

export type HandoffReason =
  | 'requested' | 'anger' | 'low_confidence' | 'needs_human' | 'no_answer' | 'store_unavailable' | 'shipment_problem' | 'policy_review';

/** Below this the bot asks to rephrase instead of acting on the guess. */
export const MIN_CONFIDENCE = 0.45;
/** This much anger sends the conversation to a person whatever was asked. */
export const ANGER_HANDOFF = 0.7;

/** Intents answered from the knowledge base (when no skill takes them). */
const KNOWLEDGE_INTENTS = new Set([
  'shipping_time', 'shipping_fee', 'customs_duty', 'return_policy', 'payment_methods', 'coupon_usage',
  'promotion_rules', 'gift_wrap', 'invoice', 'product_info', 'size_advice', 'stock_availability',
  'price_discount', 'warranty', 'account_problem', 'refund_status',
]);

/** Intents that need a person: the bot cannot settle them from store data. */
const HUMAN_INTENTS = new Set(['complaint', 'payment_problem', 'change_order']);

const PRODUCT_INTENTS = new Set(['product_info', 'size_advice', 'stock_availability']);
const PROMOTION_INTENTS = new Set(['price_discount', 'promotion_rules', 'coupon_usage']);

/** The skill an intent asks for, given the slots known; undefined = not a skill's job. */
function skillFor(intent: string, slots: Slots): SkillName | undefined {
  switch (intent) {
    case 'order_status':
      return 'order_status';
    case 'tracking':
    case 'delivery_problem':
      return 'tracking';
    case 'product_info':
    case 'size_advice':
    case 'stock_availability':
      return slots.productId || slots.variantId ? 'product' : undefined;
    case 'price_discount':
    case 'promotion_rules':
      return 'promotions';
    case 'coupon_usage':
      return slots.couponCode || slots.productId ? 'promotions' : undefined;
    case 'return_request':
    case 'exchange_request':
      return 'returns';
    case 'refund_status':
      // About a known order: the returns on file answer it; otherwise the refund-timing article does.
      return slots.orderNumber ? 'returns' : undefined;
    case 'cancel_order':
      return 'cancel';
    case 'change_address':
      return 'address_change';
    default:
      return undefined;
  }
}

/** What this message itself says, as slots. */
export function slotsFromMessage(entities: Entity[], text: string): Slots {
  const slots: Slots = {};
  const first = (type: Entity['type']) => entities.find((e) => e.type === type);
  const order = first('order_number');
  if (order) slots.orderNumber = order.value.toUpperCase();
  const tracking = first('tracking_number');
  if (tracking) slots.trackingNumber = tracking.value.toUpperCase();
  const variant = first('variant');
  if (variant) {
    slots.variantId = variant.value;
    if (typeof variant.meta?.productId === 'string') slots.productId = variant.meta.productId;
  }
  const products = [...new Set(entities.filter((e) => e.type === 'product').map((e) => e.value))];
  if (products[0] && !slots.productId) slots.productId = products[0];
  const other = products.find((p) => p !== slots.productId);
  if (other) slots.otherProductId = other;
  const colour = first('colour');
  if (colour) slots.color = colour.value;
  const size = first('size');
  if (size) slots.size = size.value;
  const quantity = first('quantity');
  if (quantity) slots.quantity = quantity.value;
  const code = couponCandidates(text)[0];
  if (code) slots.couponCode = code;
  const reason = returnReason(text);
  if (reason) slots.reason = reason;
  const condition = itemCondition(text);
  if (condition) slots.condition = condition;
  return slots;
}

/** Slots that still apply when the shopper moves to another skill about the same order or product. */
const CARRIED: SlotName[] = ['orderNumber', 'productId', 'variantId', 'color', 'size'];

function carry(from: Topic | undefined): Slots {
  const out: Slots = {};
  if (!from) return out;
  for (const k of CARRIED) if (from.slots[k]) out[k] = from.slots[k];
  return out;
}

/** Slots that depend on another: a new order makes the old item and reason meaningless. */
function dropDependents(slots: Slots, fresh: Slots): Slots {
  const out = { ...slots };
  if (fresh.orderNumber && fresh.orderNumber !== slots.orderNumber) {
    delete out.itemId;
    delete out.trackingNumber;
  }
  if (fresh.productId && fresh.productId !== slots.productId) {
    delete out.variantId;
    delete out.otherProductId;
    if (!fresh.color) delete out.color;
    if (!fresh.size) delete out.size;
  }
  return out;
}

/** Does this message answer the slot the bot asked for? */
function answersPending(pending: SlotName, fresh: Slots, text: string, confidentOtherSkill: boolean): boolean {
  switch (pending) {
    case 'identity':
      return false; // identities arrive as e-mail/phone entities, handled by the caller
    case 'address':
      return !confidentOtherSkill && text.trim().length >= 8;
    case 'reason':
    case 'confirm':
      return !confidentOtherSkill;
    case 'itemId':
    case 'color':
    case 'size':
      // The skill reads the answer off its own options ("sage", "queen") when no entity caught it.
      return fresh[pending] !== undefined || Boolean(fresh.productId || fresh.variantId) || !confidentOtherSkill;
    default:
      return fresh[pending] !== undefined;
  }
}

const IDENTIFIERS = new Set(['email', 'order_number', 'tracking_number', 'phone', 'quantity', 'money', 'size']);

/** "PD-100451" or an e-mail address alone: no words to read an intent (or a language) from. */
export function identifiersOnly(text: string, u: Understanding): boolean {
  if (!u.entities.some((e) => IDENTIFIERS.has(e.type))) return false;
  let rest = text;
  for (const e of u.entities) if (IDENTIFIERS.has(e.type)) rest = rest.replace(e.text, ' ');
  return (rest.match(/\p{L}/gu) ?? []).length < 3;
}

export interface DecideInput {
  understanding: Understanding;
  text: string;
  state: DialogState;
  handler: 'bot' | 'human';
  now: number;
}

export function decide({ understanding: u, text, state, handler, now }: DecideInput): Decision {
  if (handler === 'human') return { kind: 'silent', reason: 'human_owns_conversation' };

  const bare = identifiersOnly(text, u);
  const intent = bare ? OOS : u.intent.intent;
  if (u.sentiment.anger >= ANGER_HANDOFF) return { kind: 'handoff', reason: 'anger', priority: 3 };
  const active = liveTopic(state.active, now);
  const fresh = slotsFromMessage(u.entities, text);
  // The e-mail or phone the bot asked for continues its question, whatever else the message seems to say.
  if (active?.pending === 'identity' && u.entities.some((e) => e.type === 'email' || e.type === 'phone')) {
    return { kind: 'skill', skill: active.skill, intent: active.intent, slots: { ...dropDependents(active.slots, fresh), ...fresh } };
  }
  if (intent === 'human_agent' && u.intent.confidence >= MIN_CONFIDENCE) return { kind: 'handoff', reason: 'requested', priority: 2 };

  const confident = intent !== OOS && u.intent.confidence >= MIN_CONFIDENCE;
  const hasIdentity = u.entities.some((e) => e.type === 'email' || e.type === 'phone');
  const previous = liveTopic(state.previous, now);
  const requested = confident ? skillFor(intent, { ...carry(active ?? previous), ...fresh }) : undefined;
  const switching = requested !== undefined && active !== undefined && requested !== active.skill;

  // "My other order": the same question about an order other than the one just discussed.
  if (mentionsOtherOrder(text) && !fresh.orderNumber) {
    const base = active ?? previous;
    const skill = requested ?? (base?.skill === 'tracking' ? 'tracking' : 'order_status');
    const excludeOrder = base?.slots.orderNumber;
    return { kind: 'skill', skill, intent: requested ? intent : (base?.intent ?? 'order_status'), slots: excludeOrder ? { excludeOrder } : {} };
  }

  // "No, I meant …": the new values replace the old ones in the topic they correct.
  const target = active ?? previous;
  // A new request that merely starts with "sorry," or "no," is a new request, not a correction.
  if (target && isCorrection(text) && Object.keys(fresh).length > 0 && !switching && (requested === undefined || requested === target.skill)) {
    const slots = { ...dropDependents(target.slots, fresh), ...fresh };
    return { kind: 'skill', skill: target.skill, intent: target.intent, slots };
  }

  // A tapped quick reply answers the question it came with, whatever the classifier makes of it.
  const tapped = active?.offered?.some((o) => o.trim().toLowerCase() === text.trim().toLowerCase());
  if (active?.pending && tapped) {
    const slots = { ...dropDependents(active.slots, fresh), ...fresh };
    if (active.pending === 'reason' && !slots.reason) slots.reason = 'changed_mind';
    return { kind: 'skill', skill: active.skill, intent: active.intent, slots };
  }

  if (active?.pending && !switching) {
    if (answersPending(active.pending, fresh, text, requested !== undefined && requested !== active.skill)) {
      const slots = { ...dropDependents(active.slots, fresh), ...fresh };
      if (active.pending === 'address') slots.address = text.trim().slice(0, 500);
      if (active.pending === 'reason' && !slots.reason) slots.reason = 'changed_mind';
      return { kind: 'skill', skill: active.skill, intent: active.intent, slots };
    }
    // New details for the running skill without a new intent (e.g. an order number while choosing a colour).
    if (!confident && Object.keys(fresh).length > 0) {
      return { kind: 'skill', skill: active.skill, intent: active.intent, slots: { ...dropDependents(active.slots, fresh), ...fresh } };
    }
  }

  if (requested) {
    const base = requested === active?.skill ? active.slots : carry(active ?? previous);
    return { kind: 'skill', skill: requested, intent, slots: { ...dropDependents(base, fresh), ...fresh } };
  }

  // Bare identifiers are requests to look them up; a bare product name is a product question.
  if (!confident) {
    if (fresh.trackingNumber) return { kind: 'skill', skill: 'tracking', intent: 'tracking', slots: fresh };
    if (fresh.orderNumber) return { kind: 'skill', skill: 'order_status', intent: 'order_status', slots: fresh };
    if (fresh.productId) {
      // A product's name takes probability mass from the question around it: trust the ranking's lead.
      const lead = u.intent.ranking[0]?.intent ?? 'product_info';
      if (PROMOTION_INTENTS.has(lead)) return { kind: 'skill', skill: 'promotions', intent: lead, slots: fresh };
      return { kind: 'skill', skill: 'product', intent: PRODUCT_INTENTS.has(lead) ? lead : 'product_info', slots: fresh };
    }
    if (hasIdentity && active) return { kind: 'skill', skill: active.skill, intent: active.intent, slots: active.slots };
    return (state.lowConfidenceStreak ?? 0) >= 1 ? { kind: 'handoff', reason: 'low_confidence', priority: 1 } : { kind: 'clarify' };
  }

  // A product with a colour or size is a variant question, whatever a word in its name suggests ("Floral Wrap Dress").
  if (fresh.productId && (fresh.color || fresh.size)) return { kind: 'skill', skill: 'product', intent: 'stock_availability', slots: fresh };
  if (intent === 'greeting' || intent === 'thanks' || intent === 'goodbye') return { kind: 'smalltalk', intent };
  if (HUMAN_INTENTS.has(intent)) return { kind: 'handoff', reason: 'needs_human', priority: intent === 'complaint' ? 2 : 1 };
  if (PRODUCT_INTENTS.has(intent) || KNOWLEDGE_INTENTS.has(intent)) return { kind: 'knowledge', intent };
  return { kind: 'handoff', reason: 'no_answer', priority: 1 };
}

/** The state after a decision, before the skill runs: streaks counted, identities remembered, topics closed by a handoff. */
export function nextState(state: DialogState, decision: Decision, u: Understanding): DialogState {
  const next: DialogState = { ...state, turns: (state.turns ?? 0) + 1 };
  next.lowConfidenceStreak = decision.kind === 'clarify' ? (state.lowConfidenceStreak ?? 0) + 1 : 0;
  const emails = u.entities.filter((e) => e.type === 'email').map((e) => e.value.toLowerCase());
  const phones = u.entities.filter((e) => e.type === 'phone').map((e) => e.value);
  if (emails.length > 0) next.emails = [...new Set([...(state.emails ?? []), ...emails])].slice(-5);
  if (phones.length > 0) next.phones = [...new Set([...(state.phones ?? []), ...phones])].slice(-5);
  if (decision.kind === 'handoff') delete next.active;
  return next;
}
