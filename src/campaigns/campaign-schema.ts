// Campaign mode as data: a named window on the shop's clocks carrying a greeting per language,
// seasonal handoff rules (the rule engine's own schema) and a priority boost for conversations
// handed off during it. This zod schema is the boundary every submitted campaign passes through.
import { z } from 'zod';
import { ruleSchema } from '../handoff/rule-schema.js';

const local = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a local date-time such as 2026-11-11T00:00');

export const campaignInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    /** Wall-clock times in the shop's time zone. */
    startsAt: local,
    endsAt: local,
    /** The greeting per language; languages without one keep the usual greeting. */
    greeting: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'a language code such as en or zh-Hans'), z.string().trim().min(1).max(1000)).default({}),
    /** Evaluated before the shop's own rules while the campaign runs. */
    rules: z.array(ruleSchema).max(50).refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'rule ids must be unique').default([]),
    /** Added to the priority level (0–3, capped at 3) of conversations handed off during the campaign. */
    priorityBoost: z.number().int().min(0).max(3).default(0),
  })
  .strict()
  .refine((c) => c.startsAt < c.endsAt, { message: 'must be after startsAt', path: ['endsAt'] });

export type CampaignDefinition = z.infer<typeof campaignInput>;

export interface Campaign extends CampaignDefinition {
  id: string;
  /** The window as instants, resolved in the shop's zone when saved. */
  startsAtMs: number;
  endsAtMs: number;
}
