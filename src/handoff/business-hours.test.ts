import { describe, expect, it } from 'vitest';
import { isOpen, wallClock } from './business-hours.js';
import { businessHoursSchema, type BusinessHours } from './rule-schema.js';
import { evaluateRules, type HandoffFacts } from './evaluate-rules.js';
import { DEFAULT_RULE_SET } from './default-rules.js';

const nineToSix: BusinessHours['days'] = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [], sun: [] };
// Wednesday 2026-12-09 10:00 in Singapore (UTC+8).
const WED_10_SG = Date.parse('2026-12-09T02:00:00Z');

describe('business hours', () => {
  it('reads the wall clock and date in the zone', () => {
    expect(wallClock(WED_10_SG, 'Asia/Singapore')).toEqual({ day: 'wed', date: '2026-12-09', time: '10:00' });
    expect(wallClock(WED_10_SG, 'America/Los_Angeles')).toEqual({ day: 'tue', date: '2026-12-08', time: '18:00' });
  });

  it('is closed all day on a holiday of its own zone', () => {
    const hours: BusinessHours = { timezone: 'Asia/Singapore', days: nineToSix };
    expect(isOpen(hours, 'UTC', WED_10_SG)).toBe(true);
    expect(isOpen({ ...hours, holidays: ['2026-12-09'] }, 'UTC', WED_10_SG)).toBe(false);
    // The holiday is the shop's date, not UTC's: 2026-12-08 is already over in Singapore.
    expect(isOpen({ ...hours, holidays: ['2026-12-08'] }, 'UTC', WED_10_SG)).toBe(true);
  });

  it('validates holidays', () => {
    expect(businessHoursSchema.safeParse({ days: nineToSix, holidays: ['2026-13-01'] }).success).toBe(false);
    expect(businessHoursSchema.safeParse({ days: nineToSix, holidays: ['2026-12-25', '2026-12-25'] }).success).toBe(false);
    expect(businessHoursSchema.safeParse({ days: nineToSix, holidays: ['2026-12-25'] }).success).toBe(true);
  });

  it("evaluates a condition naming a team with that team's hours, else the shop's", () => {
    const set = {
      ...DEFAULT_RULE_SET,
      businessHours: { timezone: 'Asia/Singapore', days: nineToSix },
      rules: [
        { id: 'night-desk-closed', name: 'Night desk closed', enabled: true, stop: false, conditions: [{ type: 'business_hours' as const, inside: false, team: 'night' }], actions: [{ type: 'tag' as const, tags: ['night-closed'] }] },
        { id: 'shop-closed', name: 'Shop closed', enabled: true, stop: false, conditions: [{ type: 'business_hours' as const, inside: false }], actions: [{ type: 'tag' as const, tags: ['shop-closed'] }] },
      ],
    };
    const facts = { text: 'hi', understanding: { language: 'en', languageConfidence: 1, intent: { intent: 'greeting', confidence: 0.9, ranking: [] }, entities: [], sentiment: { score: 0, label: 'neutral', anger: 0, urgency: 0 } }, channel: 'widget', handler: 'bot', lowConfidenceStreak: 0, attachments: [], shopTimezone: 'UTC', now: WED_10_SG } satisfies HandoffFacts;
    expect(evaluateRules(set, facts).tags).toEqual([]);
    const night: BusinessHours = { timezone: 'Asia/Singapore', days: { ...nineToSix, wed: [['20:00', '24:00']] } };
    expect(evaluateRules(set, { ...facts, teamHours: { night } }).tags).toEqual(['night-closed']);
  });
});
