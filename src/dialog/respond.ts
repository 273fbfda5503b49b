// One bot turn: understand the message, decide, run the chosen skill, and say what changes on the
// conversation (replies, the next dialog state, a handoff). Store reads go through the reader; the
// only writes are shopper requests through StoreActions. When the store's data cannot be read the
// shopper is told so and a person takes over, instead of the turn failing.
import type { CommerceReader } from '../commerce/records.js';
import type { ShopProfile } from '../commerce/types.js';
import type { Proof } from '../identity/identity-keys.js';
import { OOS, type Understanding, type UnderstandContext } from '../nlu/types.js';
import { render } from '../reply/render.js';
import { findUnplaced, knowledgeAnswer } from '../skills/knowledge-answer.js';
import { orderStatus } from '../skills/order-status.js';
import { productQuestion } from '../skills/product/product-question.js';
import { promotionAnswer } from '../skills/promotions/promotion-answer.js';
import { cancelOrder, changeAddress } from '../skills/returns/order-changes.js';
import { returnRequest } from '../skills/returns/return-request.js';
import { smalltalk } from '../skills/smalltalk.js';
import type { StoreActions } from '../skills/store-actions.js';
import { trackShipment } from '../skills/tracking/track-shipment.js';
import type { Reply, SkillContext, SkillResult } from '../skills/types.js';
import { decide, identifiersOnly, nextState, type Decision } from './decide.js';
import { liveTopic, type DialogState, type SkillName } from './dialog-state.js';

export interface Understander {
  understand(text: string, ctx?: UnderstandContext & { now?: Date }): Understanding;
}

export interface TurnInput {
  tenantId: string;
  shop: ShopProfile;
  text: string;
  state: DialogState;
  handler: 'bot' | 'human';
  customer: { email: string | null; name: string | null; locale: string | null; phone?: string | null };
  previousLanguage: string | null;
  nlu: Understander;
  reader: CommerceReader;
  actions?: StoreActions;
  now: number;
}

export interface TurnOutput {
  understanding: Understanding;
  decision: Decision;
  replies: Reply[];
  state: DialogState;
  /** Set when the conversation moves to a human queue. */
  handoff?: { reason: string; priority: number };
  /** Orders (and contacts on them) the shopper proved are theirs this turn. */
  proven: Proof[];
}

type SkillRunner = (ctx: SkillContext) => Promise<SkillResult>;

const SKILL_RUNNERS: Record<SkillName, SkillRunner> = {
  order_status: orderStatus,
  tracking: trackShipment,
  product: productQuestion,
  promotions: promotionAnswer,
  returns: returnRequest,
  cancel: cancelOrder,
  address_change: changeAddress,
};

export async function respond(input: TurnInput): Promise<TurnOutput> {
  const understood = input.nlu.understand(input.text, {
    locale: input.customer.locale ?? undefined,
    previousLanguage: (input.previousLanguage ?? undefined) as UnderstandContext['previousLanguage'],
    now: new Date(input.now),
  });
  // "PD-100451" or an e-mail address says nothing about the language: keep the conversation's.
  // Nor does a postal address typed in answer to "what's the new address?".
  const answeringAddress = input.state.active?.pending === 'address' && liveTopic(input.state.active, input.now) !== undefined;
  const understanding = input.previousLanguage && (answeringAddress || identifiersOnly(input.text, understood))
    ? { ...understood, language: input.previousLanguage as Understanding['language'] }
    : understood;
  const decision = await placeInKnowledge(
    decide({ understanding, text: input.text, state: input.state, handler: input.handler, now: input.now }), input, understanding.language,
  );
  const state = nextState(input.state, decision, understanding);
  const ctx: SkillContext = {
    tenantId: input.tenantId,
    shop: input.shop,
    language: understanding.language,
    understanding,
    text: input.text,
    state,
    customer: input.customer,
    reader: input.reader,
    ...(input.actions ? { actions: input.actions } : {}),
    now: input.now,
    intent: decision.kind === 'skill' || decision.kind === 'knowledge' ? decision.intent : understanding.intent.intent,
    slots: decision.kind === 'skill' ? decision.slots : {},
    proven: [],
  };
  let result: SkillResult;
  try {
    result = await run(ctx, decision);
  } catch {
    // The store's data is unreachable: say so and let a person follow up with the whole context.
    result = {
      replies: [{ text: render(ctx.language, 'store_unavailable') }],
      handoff: { reason: 'store_unavailable', priority: 1 },
    };
  }
  const next = afterSkill(state, decision, result, input.now);
  return { understanding, decision, replies: result.replies, state: next, proven: ctx.proven ?? [], ...(result.handoff ? { handoff: result.handoff } : {}) };
}

/**
 * A message the intent model could not place (a clarifying question or, after a second one, a
 * handoff) is answered from the help centre instead when one passage clearly fits it; the
 * knowledge answer cites it. An unreachable store keeps the original decision.
 */
async function placeInKnowledge(decision: Decision, input: TurnInput, language: string): Promise<Decision> {
  const unplaced = decision.kind === 'clarify' || (decision.kind === 'handoff' && decision.reason === 'low_confidence');
  if (!unplaced) return decision;
  const passage = await findUnplaced(input.reader, input.tenantId, input.text, language).catch(() => undefined);
  return passage ? { kind: 'knowledge', intent: OOS } : decision;
}

/** A skill that asked a question keeps its topic open; one that answered closes it into `previous`. */
function afterSkill(state: DialogState, decision: Decision, result: SkillResult, now: number): DialogState {
  if (decision.kind !== 'skill') return state;
  const topic = { skill: decision.skill, intent: decision.intent, slots: result.slots ?? decision.slots, at: now };
  const next: DialogState = { ...state };
  if (result.ask && !result.handoff) {
    const offered = result.replies.flatMap((r) => r.quickReplies ?? []).slice(0, 12).map((o) => o.slice(0, 200));
    next.active = { ...topic, pending: result.ask, ...(offered.length > 0 ? { offered } : {}) };
  } else {
    delete next.active;
    next.previous = topic;
  }
  return next;
}

async function run(ctx: SkillContext, d: Decision): Promise<SkillResult> {
  switch (d.kind) {
    case 'silent':
      return { replies: [] };
    case 'smalltalk':
      return smalltalk(ctx, d.intent);
    case 'skill': {
      return SKILL_RUNNERS[d.skill](ctx);
    }
    case 'knowledge':
      return knowledgeAnswer(ctx, d.intent);
    case 'clarify':
      return { replies: [{ text: render(ctx.language, 'clarify') }] };
    case 'handoff':
      return {
        replies: [{ text: render(ctx.language, d.reason === 'anger' ? 'handoff_anger' : 'handoff') }],
        handoff: { reason: d.reason, priority: d.priority },
      };
  }
}
