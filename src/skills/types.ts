// What a skill receives and returns. Skills read store data through the CommerceReader and record
// shopper requests (RMAs, cancellations, address changes) through StoreActions; they never write
// conversation state themselves: they return replies, the slots to remember and the question asked.
import type { CommerceReader } from '../commerce/records.js';
import type { ShopProfile } from '../commerce/types.js';
import type { DialogState, SlotName, Slots } from '../dialog/dialog-state.js';
import type { HandoffReason } from '../dialog/decide.js';
import type { Understanding } from '../nlu/types.js';
import type { Proof } from '../identity/identity-keys.js';
import type { StoreActions } from './store-actions.js';

export interface SkillContext {
  tenantId: string;
  shop: ShopProfile;
  /** The language replies are written in. */
  language: string;
  understanding: Understanding;
  text: string;
  state: DialogState;
  /** Who the channel says the shopper is (a logged-in widget user, a WhatsApp number…). */
  customer: { email: string | null; name: string | null; phone?: string | null };
  reader: CommerceReader;
  actions?: StoreActions;
  now: number;
  intent: string;
  slots: Slots;
  /** Filled by order access: the orders (and the e-mail or phone on them) the shopper proved are
   * theirs this turn; the pipeline links them to the customer's profile. */
  proven?: Proof[];
}

export interface Reply {
  text: string;
  quickReplies?: string[];
}

export interface SkillResult {
  replies: Reply[];
  /** The question the reply asks: the topic stays open waiting on this slot. */
  ask?: SlotName;
  /** The slots to remember (default: the ones the skill was given). */
  slots?: Slots;
  handoff?: { reason: HandoffReason; priority: number };
}
