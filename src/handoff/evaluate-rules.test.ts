// The rule engine against the default rule set and hand-written rules, on a fixed clock.
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../nlu/types.js';
import { DEFAULT_RULE_SET } from './default-rules.js';
import { evaluateRules, type HandoffFacts } from './evaluate-rules.js';
import { ruleSetSchema, type RuleSet } from './rule-schema.js';

function understanding(over: { intent?: string; confidence?: number; language?: Understanding['language']; anger?: number; urgency?: number; score?: number } = {}): Understanding {
  return {
    language: over.language ?? 'en',
    languageConfidence: 0.9,
    intent: { intent: over.intent ?? 'order_status', confidence: over.confidence ?? 0.9, ranking: [] },
    entities: [],
    sentiment: { score: over.score ?? 0, label: 'neutral', anger: over.anger ?? 0, urgency: over.urgency ?? 0 },
  };
}

// Monday 2026-12-07 10:30 in Singapore (02:30 UTC): inside default hours.
const MON_1030_SGT = Date.parse('2026-12-07T02:30:00Z');
// Monday 2026-12-07 20:00 in Singapore: after closing.
const MON_2000_SGT = Date.parse('2026-12-07T12:00:00Z');

function facts(over: Partial<HandoffFacts> = {}): HandoffFacts {
  return {
    text: 'where is my order',
    understanding: understanding(),
    channel: 'widget',
    handler: 'bot',
    lowConfidenceStreak: 0,
    attachments: [],
    shopTimezone: 'Asia/Singapore',
    now: MON_1030_SGT,
    ...over,
  };
}

describe('default rules', () => {
  it('leave a routine question with the bot', () => {
    const out = evaluateRules(DEFAULT_RULE_SET, facts());
    expect(out).toEqual({ matched: [], tags: [], autoReplies: [], scripts: [] });
  });

  it('hand a complaint to a person with priority 2 and a tag', () => {
    const out = evaluateRules(DEFAULT_RULE_SET, facts({ understanding: understanding({ intent: 'complaint' }) }));
    expect(out.handoff).toEqual({ reason: 'complaint' });
    expect(out.priority).toBe(2);
    expect(out.tags).toEqual(['complaint']);
  });

  it('rank anger highest and keep the first rule’s reason when several match', () => {
    const out = evaluateRules(DEFAULT_RULE_SET, facts({ understanding: understanding({ intent: 'complaint', anger: 0.8 }) }));
    expect(out.matched).toEqual(['anger', 'complaint']);
    expect(out.handoff?.reason).toBe('anger');
    expect(out.priority).toBe(3);
    expect(out.tags).toEqual(['angry', 'complaint']);
  });

  it('hand off an explicit request for a person, with a closed-hours notice only after hours', () => {
    const ask = understanding({ intent: 'human_agent' });
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ understanding: ask })).autoReplies).toEqual([]);
    const late = evaluateRules(DEFAULT_RULE_SET, facts({ understanding: ask, now: MON_2000_SGT }));
    expect(late.handoff?.reason).toBe('requested');
    expect(late.autoReplies).toHaveLength(1);
    expect(late.autoReplies[0]).toMatch(/offline/);
    const lateEs = evaluateRules(DEFAULT_RULE_SET, facts({ understanding: understanding({ intent: 'human_agent', language: 'es' }), now: MON_2000_SGT }));
    expect(lateEs.autoReplies[0]).toMatch(/equipo/);
    const lateTh = evaluateRules(DEFAULT_RULE_SET, facts({ understanding: understanding({ intent: 'human_agent', language: 'th' }), now: MON_2000_SGT }));
    expect(lateTh.autoReplies[0]).toMatch(/offline/);
  });

  it('ignore the intent of a message that answers the bot’s own question', () => {
    const answer = facts({ text: 'it is nobody@example.org', understanding: understanding({ intent: 'complaint', confidence: 0.48 }), answeringBotQuestion: true });
    expect(evaluateRules(DEFAULT_RULE_SET, answer).handoff).toBeUndefined();
  });

  it('hand off a return request', () => {
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ understanding: understanding({ intent: 'exchange_request' }) })).handoff?.reason).toBe('return');
  });

  it('hand off the second low-confidence turn in a row, not the first', () => {
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ lowConfidenceStreak: 1 })).handoff).toBeUndefined();
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ lowConfidenceStreak: 2 })).handoff?.reason).toBe('low_confidence');
  });

  it('hand off a big order in its own currency, and never compare across currencies', () => {
    const big = { number: 'PD-100001', state: 'paid' as const, total: { amountMinor: 60000, currency: 'USD' } };
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ order: big })).handoff?.reason).toBe('big_order');
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ order: { ...big, total: { amountMinor: 49999, currency: 'USD' } } })).handoff).toBeUndefined();
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ order: { ...big, total: { amountMinor: 9000000, currency: 'IDR' } } })).handoff?.reason).toBe('big_order');
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ order: { ...big, total: { amountMinor: 10 ** 9, currency: 'KRW' } } })).handoff).toBeUndefined();
  });

  it('hand off an image only while the order is shipped or delivered', () => {
    const order = { number: 'PD-100002', state: 'delivered' as const, total: { amountMinor: 2000, currency: 'USD' } };
    const image = [{ kind: 'image' as const }];
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ attachments: image, order })).handoff?.reason).toBe('media_with_order');
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ attachments: image, order: { ...order, state: 'paid' } })).handoff).toBeUndefined();
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ attachments: image })).handoff).toBeUndefined();
    expect(evaluateRules(DEFAULT_RULE_SET, facts({ attachments: [{ kind: 'file' }], order })).handoff).toBeUndefined();
  });

  it('raise a VIP conversation that a person already owns without handing it off again', () => {
    const out = evaluateRules(DEFAULT_RULE_SET, facts({ handler: 'human', customer: { vip: true, tags: [] } }));
    expect(out.handoff).toBeUndefined();
    expect(out.priority).toBe(2);
    expect(out.tags).toEqual(['vip']);
  });
});

describe('custom rules', () => {
  const set = (rules: unknown[]): RuleSet => ruleSetSchema.parse({ ...DEFAULT_RULE_SET, rules });

  it('match keywords case- and width-insensitively and route to a team', () => {
    const rs = set([{ id: 'legal', name: 'Legal words', conditions: [{ type: 'keyword', any: ['chargeback', 'lawyer'] }], actions: [{ type: 'handoff', team: 'team_escalations' }] }]);
    expect(evaluateRules(rs, facts({ text: 'I will file a ＣＨＡＲＧＥＢＡＣＫ' })).handoff).toEqual({ team: 'team_escalations', reason: 'legal' });
    expect(evaluateRules(rs, facts({ text: 'charge my card' })).handoff).toBeUndefined();
  });

  it('combine language, channel, VIP spend and business hours; skip disabled rules; stop when told', () => {
    const rs = set([
      { id: 'off', name: 'Disabled', enabled: false, conditions: [{ type: 'channel', in: ['widget'] }], actions: [{ type: 'tag', tags: ['never'] }] },
      {
        id: 'vip-th-night',
        name: 'Thai big spenders at night',
        conditions: [{ type: 'language', in: ['th'] }, { type: 'channel', in: ['widget'] }, { type: 'lifetime_spend_at_least', min: { THB: 1000000 } }, { type: 'business_hours', inside: false }],
        actions: [{ type: 'handoff', team: 'team_th' }, { type: 'send_script', script: 'night-greeting' }],
        stop: true,
      },
      { id: 'after-stop', name: 'Never reached', conditions: [{ type: 'language', in: ['th'] }], actions: [{ type: 'tag', tags: ['late'] }] },
    ]);
    const thai = { understanding: understanding({ language: 'th' }), customer: { vip: false, tags: [], lifetimeSpend: { amountMinor: 2000000, currency: 'THB' } } };
    const night = evaluateRules(rs, facts({ ...thai, now: MON_2000_SGT }));
    expect(night.matched).toEqual(['vip-th-night']);
    expect(night.scripts).toEqual(['night-greeting']);
    expect(night.tags).toEqual([]);
    const day = evaluateRules(rs, facts({ ...thai, now: MON_1030_SGT }));
    expect(day.matched).toEqual(['after-stop']);
    expect(day.tags).toEqual(['late']);
  });

  it('read the clock in the rule set’s own zone when it has one, across daylight saving', () => {
    const rs: RuleSet = ruleSetSchema.parse({
      ...DEFAULT_RULE_SET,
      businessHours: { timezone: 'America/New_York', days: { ...DEFAULT_RULE_SET.businessHours.days } },
      rules: [{ id: 'closed', name: 'Closed', conditions: [{ type: 'business_hours', inside: false }], actions: [{ type: 'tag', tags: ['closed'] }] }],
    });
    // 13:30 UTC is 08:30 in New York in winter (closed) and 09:30 in summer (open).
    expect(evaluateRules(rs, facts({ now: Date.parse('2026-12-07T13:30:00Z') })).tags).toEqual(['closed']);
    expect(evaluateRules(rs, facts({ now: Date.parse('2026-07-06T13:30:00Z') })).tags).toEqual([]);
  });

  it('anger, urgency, sentiment, confidence, out-of-scope and customer tags', () => {
    const rs = set([
      { id: 'urgent', name: 'Urgent', conditions: [{ type: 'urgency_at_least', value: 0.6 }], actions: [{ type: 'tag', tags: ['urgent'] }] },
      { id: 'sad', name: 'Negative', conditions: [{ type: 'sentiment_below', value: -0.5 }], actions: [{ type: 'tag', tags: ['negative'] }] },
      { id: 'unsure', name: 'Unsure', conditions: [{ type: 'confidence_below', value: 0.3 }], actions: [{ type: 'tag', tags: ['unsure'] }] },
      { id: 'oos', name: 'Out of scope', conditions: [{ type: 'out_of_scope' }], actions: [{ type: 'tag', tags: ['oos'] }] },
      { id: 'wholesale', name: 'Wholesale', conditions: [{ type: 'customer_tag', any: ['wholesale'] }], actions: [{ type: 'set_priority', level: 1 }] },
    ]);
    const out = evaluateRules(rs, facts({ understanding: understanding({ intent: 'oos', confidence: 0.2, urgency: 0.9, score: -0.8 }), customer: { vip: false, tags: ['wholesale'] } }));
    expect(out.tags).toEqual(['urgent', 'negative', 'unsure', 'oos']);
    expect(out.priority).toBe(1);
    expect(evaluateRules(rs, facts()).matched).toEqual([]);
  });
});

describe('rule set validation', () => {
  it('refuses unknown conditions, bad hours, duplicate ids and auto-replies without an English fallback', () => {
    const bad = (over: object) => ruleSetSchema.safeParse({ ...DEFAULT_RULE_SET, ...over }).success;
    const rule = { id: 'x', name: 'x', conditions: [{ type: 'intent', in: ['complaint'] }], actions: [{ type: 'tag', tags: ['t'] }] };
    expect(bad({ rules: [rule] })).toBe(true);
    expect(bad({ rules: [{ ...rule, conditions: [{ type: 'moon_phase' }] }] })).toBe(false);
    expect(bad({ rules: [rule, rule] })).toBe(false);
    expect(bad({ rules: [{ ...rule, actions: [{ type: 'auto_reply', text: { es: 'hola' } }] }] })).toBe(false);
    expect(bad({ rules: [{ ...rule, conditions: [{ type: 'order_value_at_least', min: { usd: 5 } }] }] })).toBe(false);
    expect(bad({ businessHours: { days: { ...DEFAULT_RULE_SET.businessHours.days, mon: [['18:00', '09:00']] } } })).toBe(false);
    expect(bad({ businessHours: { timezone: 'Mars/Olympus', days: DEFAULT_RULE_SET.businessHours.days } })).toBe(false);
  });
});
