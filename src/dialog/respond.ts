// One bot turn: understand the message, decide, run the chosen skill, and say what changes on the
// conversation. Store-data reads go through the reader; nothing here writes.
import type { CommerceReader } from '../commerce/records.js';
import type { ShopProfile } from '../commerce/types.js';
import type { Understanding, UnderstandContext } from '../nlu/types.js';
import { render } from '../reply/render.js';
import { knowledgeAnswer } from '../skills/knowledge-answer.js';
import { orderStatus } from '../skills/order-status.js';
import { smalltalk } from '../skills/smalltalk.js';
import type { Reply, SkillContext, SkillResult } from '../skills/types.js';
import { decide, nextState, type Decision } from './decide.js';
import type { DialogState } from './dialog-state.js';

export interface Understander {
  understand(text: string, ctx?: UnderstandContext & { now?: Date }): Understanding;
}

export interface TurnInput {
  tenantId: string;
  shop: ShopProfile;
  text: string;
  state: DialogState;
  handler: 'bot' | 'human';
  customer: { email: string | null; name: string | null; locale: string | null };
  previousLanguage: string | null;
  nlu: Understander;
  reader: CommerceReader;
  now: number;
}

export interface TurnOutput {
  understanding: Understanding;
  decision: Decision;
  replies: Reply[];
  state: DialogState;
  /** Set when the conversation moves to a human queue. */
  handoff?: { reason: string; priority: number };
}

export async function respond(input: TurnInput): Promise<TurnOutput> {
  const understanding = input.nlu.understand(input.text, {
    locale: input.customer.locale ?? undefined,
    previousLanguage: (input.previousLanguage ?? undefined) as UnderstandContext['previousLanguage'],
    now: new Date(input.now),
  });
  const decision = decide({ understanding, state: input.state, handler: input.handler, now: input.now });
  const state = nextState(input.state, decision);
  const ctx: SkillContext = {
    tenantId: input.tenantId,
    shop: input.shop,
    language: understanding.language,
    understanding,
    text: input.text,
    state,
    customer: input.customer,
    reader: input.reader,
    now: input.now,
  };
  const result = await run(ctx, decision);
  return { understanding, decision, replies: result.replies, state: result.state, ...(result.handoff ? { handoff: result.handoff } : {}) };
}

async function run(ctx: SkillContext, d: Decision): Promise<SkillResult> {
  switch (d.kind) {
    case 'silent':
      return { replies: [], state: ctx.state };
    case 'smalltalk':
      return smalltalk(ctx, d.intent);
    case 'order_status':
      return orderStatus(ctx, d);
    case 'knowledge':
      return knowledgeAnswer(ctx, d.intent);
    case 'clarify':
      return { replies: [{ text: render(ctx.language, 'clarify') }], state: ctx.state };
    case 'handoff':
      return {
        replies: [{ text: render(ctx.language, d.reason === 'anger' ? 'handoff_anger' : 'handoff') }],
        state: ctx.state,
        handoff: { reason: d.reason, priority: d.priority },
      };
  }
}
