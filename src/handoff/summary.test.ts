// The handoff summary: what the agent reads first.
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../nlu/types.js';
import { summarize } from './summary.js';

const u: Understanding = {
  language: 'en',
  languageConfidence: 0.9,
  intent: { intent: 'delivery_problem', confidence: 0.8123, ranking: [] },
  entities: [
    { type: 'order_number', value: 'PD-100001', text: 'PD-100001', start: 0, end: 9 },
    { type: 'order_number', value: 'PD-100001', text: 'pd-100001', start: 20, end: 29 },
  ],
  sentiment: { score: -0.6, label: 'negative', anger: 0.75, urgency: 0.2 },
};

describe('summarize', () => {
  it('names intent, order, mood, what the bot said and tried', () => {
    const s = summarize({
      reason: 'anger',
      understanding: u,
      text: 'PD-100001 never arrived!!',
      order: { number: 'PD-100001', state: 'shipped', total: { amountMinor: 5990, currency: 'USD' } },
      tags: ['angry'],
      history: [
        { author: 'customer', text: 'where is my parcel', meta: JSON.stringify({ decision: 'order_status' }) },
        { author: 'bot', text: 'Which order number?', meta: null },
        { author: 'customer', text: 'the one from monday', meta: JSON.stringify({ decision: 'clarify' }) },
        { author: 'bot', text: 'Sorry, could you rephrase?', meta: null },
        { author: 'customer', text: '??', meta: JSON.stringify({ decision: 'clarify' }) },
        { author: 'bot', text: 'Connecting you with a teammate.', meta: null },
      ],
    });
    expect(s.headline).toBe('Delivery problem, order PD-100001 (shipped), angry — handed off: anger');
    expect(s.entities).toEqual([{ type: 'order_number', value: 'PD-100001' }]);
    expect(s.botTried).toEqual(['order_status', 'clarify']);
    expect(s.botSaid).toEqual(['Which order number?', 'Sorry, could you rephrase?', 'Connecting you with a teammate.']);
    expect(s.confidence).toBe(0.81);
    expect(s.shopperSaid).toBe('PD-100001 never arrived!!');
  });
});
