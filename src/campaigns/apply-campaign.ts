// What a running campaign changes in a turn, as pure functions: its rules go first in the rule set,
// its greeting replaces the usual one in the shopper's language, its boost raises the priority level.
import type { RuleSet } from '../handoff/rule-schema.js';
import type { Campaign } from './campaign-schema.js';

/** The one campaign running at `now`: of overlapping ones, the latest to start. */
export function activeCampaign(campaigns: readonly Campaign[], now: number): Campaign | undefined {
  let best: Campaign | undefined;
  for (const c of campaigns) if (c.startsAtMs <= now && now < c.endsAtMs && (!best || c.startsAtMs > best.startsAtMs)) best = c;
  return best;
}

/** Campaign rules ahead of the shop's own (ids prefixed so they never collide with them). */
export function withCampaignRules(set: RuleSet, campaign: Campaign | undefined): RuleSet {
  if (!campaign || campaign.rules.length === 0) return set;
  return { ...set, rules: [...campaign.rules.map((r) => ({ ...r, id: `campaign:${r.id}` })), ...set.rules] };
}

/** The campaign's greeting for this language (exact, then the base language), else undefined. */
export function campaignGreeting(campaign: Campaign | undefined, language: string): string | undefined {
  if (!campaign) return undefined;
  return campaign.greeting[language] ?? campaign.greeting[language.split('-')[0]!];
}

export function boostedLevel(level: number, campaign: Campaign | undefined): number {
  return Math.min(3, level + (campaign?.priorityBoost ?? 0));
}
