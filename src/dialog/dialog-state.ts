// What the bot remembers about a conversation between turns (stored as JSON on the conversation):
// the skill in progress with its filled slots and the question it is waiting on, the last finished
// topic (so "no, I meant…" and "my other order" can refer back), and the identities the shopper gave.
import { z } from 'zod';

export const SKILLS = ['order_status', 'tracking', 'product', 'promotions', 'returns', 'cancel', 'address_change'] as const;
export type SkillName = (typeof SKILLS)[number];

export const SLOT_NAMES = [
  'orderNumber', 'trackingNumber', 'identity', 'productId', 'otherProductId', 'variantId', 'color', 'size',
  'couponCode', 'quantity', 'reason', 'condition', 'itemId', 'address', 'excludeOrder', 'confirm',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

const slotsSchema = z.partialRecord(z.enum(SLOT_NAMES), z.string().max(500));
export type Slots = z.infer<typeof slotsSchema>;

const topicSchema = z.object({
  skill: z.enum(SKILLS),
  intent: z.string(),
  slots: slotsSchema,
  /** The slot the bot asked for and is waiting on. */
  pending: z.enum(SLOT_NAMES).optional(),
  /** The quick replies offered with that question: tapping one always answers it. */
  offered: z.array(z.string().max(200)).max(12).optional(),
  /** When the topic last moved; a stale topic is forgotten. */
  at: z.number(),
});
export type Topic = z.infer<typeof topicSchema>;

export const dialogStateSchema = z.object({
  active: topicSchema.optional(),
  /** The topic finished last: the target of corrections and follow-ups ("can I return it?"). */
  previous: topicSchema.optional(),
  /** E-mails and phone numbers the shopper typed here (used to prove order ownership). */
  emails: z.array(z.string()).max(5).optional(),
  phones: z.array(z.string()).max(5).optional(),
  lowConfidenceStreak: z.number().int().min(0).optional(),
  turns: z.number().int().min(0).optional(),
});

export type DialogState = z.infer<typeof dialogStateSchema>;

/** Parses stored state; anything unreadable starts fresh rather than failing the turn. */
export function parseDialogState(json: string | null | undefined): DialogState {
  if (!json) return {};
  try {
    const parsed = dialogStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** A topic untouched for this long is forgotten: the shopper moved on. */
export const TOPIC_TIMEOUT_MS = 30 * 60_000;

/** The topic still in play at `now`, if any. */
export function liveTopic(topic: Topic | undefined, now: number): Topic | undefined {
  return topic && now - topic.at < TOPIC_TIMEOUT_MS ? topic : undefined;
}
