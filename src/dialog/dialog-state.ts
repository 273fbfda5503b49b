// What the bot remembers about a conversation between turns (stored as JSON on the conversation).
import { z } from 'zod';

export const dialogStateSchema = z.object({
  /** A question the bot asked and is waiting on. */
  pending: z
    .object({
      skill: z.literal('order_status'),
      slot: z.enum(['order_number', 'email']),
      intent: z.string(),
      orderNumber: z.string().optional(),
      askedAt: z.number(),
    })
    .optional(),
  /** E-mails the shopper typed in this conversation (used to prove order ownership). */
  emails: z.array(z.string()).max(5).optional(),
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

/** A pending question older than this is forgotten: the shopper moved on. */
export const PENDING_TIMEOUT_MS = 30 * 60_000;
