// Handoff rules as data: conditions (all must hold) → actions. The admin edits them in the console;
// this zod schema is the one boundary every stored or submitted rule set passes through.
import { z } from 'zod';
import { ORDER_STATES } from '../commerce/types.js';

const strings = z.array(z.string().trim().min(1).max(100)).min(1).max(50);
const unit = z.number().min(0).max(1);
/** Money thresholds per currency in minor units: a rule never compares across currencies. */
const moneyByCurrency = z.record(z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code'), z.number().int().min(0));
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

export const conditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('intent'), in: strings }).strict(),
  z.object({ type: z.literal('out_of_scope') }).strict(),
  z.object({ type: z.literal('confidence_below'), value: unit }).strict(),
  z.object({ type: z.literal('low_confidence_streak'), atLeast: z.number().int().min(1).max(20) }).strict(),
  z.object({ type: z.literal('anger_at_least'), value: unit }).strict(),
  z.object({ type: z.literal('urgency_at_least'), value: unit }).strict(),
  z.object({ type: z.literal('sentiment_below'), value: z.number().min(-1).max(1) }).strict(),
  z.object({ type: z.literal('keyword'), any: strings }).strict(),
  z.object({ type: z.literal('language'), in: strings }).strict(),
  z.object({ type: z.literal('channel'), in: strings }).strict(),
  z.object({ type: z.literal('handler'), is: z.enum(['bot', 'human']) }).strict(),
  z.object({ type: z.literal('vip') }).strict(),
  z.object({ type: z.literal('customer_tag'), any: strings }).strict(),
  z.object({ type: z.literal('lifetime_spend_at_least'), min: moneyByCurrency }).strict(),
  z.object({ type: z.literal('order_value_at_least'), min: moneyByCurrency }).strict(),
  z.object({ type: z.literal('order_state'), in: z.array(z.enum(ORDER_STATES)).min(1) }).strict(),
  z.object({ type: z.literal('attachment'), kinds: z.array(z.enum(['image', 'video', 'audio', 'file'])).min(1) }).strict(),
  /** team: that team's own hours (set on the business hours page), else the shop's. */
  z.object({ type: z.literal('business_hours'), inside: z.boolean(), team: z.string().min(1).max(100).optional() }).strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const actionSchema = z.discriminatedUnion('type', [
  /** team: a team id; absent → the tenant's default queue (unassigned, every agent sees it). */
  z.object({ type: z.literal('handoff'), team: z.string().min(1).max(100).optional(), reason: z.string().trim().min(1).max(60).optional() }).strict(),
  z.object({ type: z.literal('set_priority'), level: z.number().int().min(0).max(3) }).strict(),
  z.object({ type: z.literal('tag'), tags: strings }).strict(),
  /** Text per language; 'en' is the fallback when the conversation's language has none. */
  z.object({ type: z.literal('auto_reply'), text: z.record(z.string().min(2).max(10), z.string().trim().min(1).max(1000)).refine((t) => 'en' in t, 'needs an "en" text as fallback') }).strict(),
  z.object({ type: z.literal('send_script'), script: z.string().min(1).max(100) }).strict(),
]);
export type Action = z.infer<typeof actionSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,60}$/, 'lower-case letters, digits, - and _'),
    name: z.string().trim().min(1).max(120),
    enabled: z.boolean().default(true),
    conditions: z.array(conditionSchema).min(1).max(20),
    actions: z.array(actionSchema).min(1).max(10),
    /** Later rules are not evaluated once this one matched. */
    stop: z.boolean().default(false),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

const day = z.array(z.tuple([hhmm, hhmm]).refine(([a, b]) => a < b, 'opening must be before closing')).max(4);
export const businessHoursSchema = z
  .object({
    /** IANA zone; absent → the shop's time zone. */
    timezone: z.string().min(1).max(60).refine(validZone, 'unknown time zone').optional(),
    days: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).strict(),
    /** Whole days closed (YYYY-MM-DD in the hours' zone): public holidays, stock-taking. */
    holidays: z
      .array(z.iso.date('a date as YYYY-MM-DD'))
      .max(200)
      .refine((d) => new Set(d).size === d.length, 'each date once')
      .optional(),
  })
  .strict();
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const ruleSetSchema = z
  .object({
    rules: z.array(ruleSchema).max(200).refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'rule ids must be unique'),
    businessHours: businessHoursSchema,
    /** Minutes until a handed-off conversation breaches its SLA, per priority level 0..3. */
    /** What counts as a top-value order in each currency (lifetime spend: five times this). Feeds the priority score. */
    highValue: moneyByCurrency,
    slaMinutes: z.tuple([z.number().int().min(1).max(10080), z.number().int().min(1).max(10080), z.number().int().min(1).max(10080), z.number().int().min(1).max(10080)]),
  })
  .strict();
export type RuleSet = z.infer<typeof ruleSetSchema>;

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
