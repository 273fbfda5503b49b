// What a skill receives and returns. Skills read store data through the CommerceReader and never write
// conversation state themselves: they return the next state and the replies.
import type { CommerceReader } from '../commerce/records.js';
import type { ShopProfile } from '../commerce/types.js';
import type { DialogState } from '../dialog/dialog-state.js';
import type { HandoffReason } from '../dialog/decide.js';
import type { Understanding } from '../nlu/types.js';

export interface SkillContext {
  tenantId: string;
  shop: ShopProfile;
  /** The language replies are written in. */
  language: string;
  understanding: Understanding;
  text: string;
  state: DialogState;
  customer: { email: string | null; name: string | null };
  reader: CommerceReader;
  now: number;
}

export interface Reply {
  text: string;
  quickReplies?: string[];
}

export interface SkillResult {
  replies: Reply[];
  state: DialogState;
  handoff?: { reason: HandoffReason; priority: number };
}
