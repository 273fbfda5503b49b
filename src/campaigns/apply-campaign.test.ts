import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../handoff/default-rules.js';
import { activeCampaign, boostedLevel, campaignGreeting, withCampaignRules } from './apply-campaign.js';
import { campaignInput, type Campaign } from './campaign-schema.js';

const c = (id: string, start: string, end: string, extra: Partial<Campaign> = {}): Campaign => ({
  id, name: id, startsAt: '', endsAt: '', greeting: { en: `Hi from ${id}`, 'zh-Hans': '双十一快乐' }, rules: [], priorityBoost: 1, startsAtMs: Date.parse(start), endsAtMs: Date.parse(end), ...extra,
});

describe('campaigns', () => {
  const a = c('a', '2026-11-10T16:00:00Z', '2026-11-12T16:00:00Z');
  const b = c('b', '2026-11-11T04:00:00Z', '2026-11-11T06:00:00Z');

  it('runs from its start (inclusive) to its end (exclusive); the latest-starting overlap wins', () => {
    expect(activeCampaign([a, b], Date.parse('2026-11-10T15:59:59Z'))).toBeUndefined();
    expect(activeCampaign([a, b], Date.parse('2026-11-10T16:00:00Z'))?.id).toBe('a');
    expect(activeCampaign([a, b], Date.parse('2026-11-11T05:00:00Z'))?.id).toBe('b');
    expect(activeCampaign([a, b], Date.parse('2026-11-11T06:00:00Z'))?.id).toBe('a');
    expect(activeCampaign([a, b], Date.parse('2026-11-12T16:00:00Z'))).toBeUndefined();
  });

  it('puts its rules first with prefixed ids, greets in the shopper’s language and boosts priority up to 3', () => {
    const withRules = c('r', '2026-11-10T16:00:00Z', '2026-11-12T16:00:00Z', { rules: [{ id: 'vip', name: 'VIP', enabled: true, stop: false, conditions: [{ type: 'vip' }], actions: [{ type: 'set_priority', level: 2 }] }] });
    const set = withCampaignRules(DEFAULT_RULE_SET, withRules);
    expect(set.rules[0]!.id).toBe('campaign:vip');
    expect(set.rules.slice(1)).toEqual(DEFAULT_RULE_SET.rules);
    expect(withCampaignRules(DEFAULT_RULE_SET, undefined)).toBe(DEFAULT_RULE_SET);
    expect(campaignGreeting(a, 'zh-Hans')).toBe('双十一快乐');
    expect(campaignGreeting(a, 'en')).toBe('Hi from a');
    expect(campaignGreeting(a, 'th')).toBeUndefined();
    expect(campaignGreeting(undefined, 'en')).toBeUndefined();
    expect(boostedLevel(1, a)).toBe(2);
    expect(boostedLevel(3, a)).toBe(3);
    expect(boostedLevel(1, undefined)).toBe(1);
  });

  it('validates campaign input', () => {
    const ok = { name: '11.11', startsAt: '2026-11-11T00:00', endsAt: '2026-11-12T02:00' };
    expect(campaignInput.parse(ok)).toMatchObject({ greeting: {}, rules: [], priorityBoost: 0 });
    expect(campaignInput.safeParse({ ...ok, endsAt: '2026-11-10T00:00' }).success).toBe(false);
    expect(campaignInput.safeParse({ ...ok, startsAt: '2026-11-11 00:00' }).success).toBe(false);
    expect(campaignInput.safeParse({ ...ok, priorityBoost: 4 }).success).toBe(false);
  });
});
