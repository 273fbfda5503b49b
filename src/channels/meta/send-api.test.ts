import { describe, expect, it } from 'vitest';
import { HUMAN_AGENT_WINDOW_MS, STANDARD_WINDOW_MS, windowRule } from './send-api.js';

const hour = 60 * 60 * 1000;

describe('Messenger/Instagram window rule', () => {
  it('answers freely within 24 hours, bot or agent', () => {
    expect(windowRule({ author: 'bot', sinceLastInboundMs: 23 * hour }, false)).toEqual({ tag: false });
    expect(windowRule({ author: 'agent', sinceLastInboundMs: 0 }, false)).toEqual({ tag: false });
  });

  it('after 24 hours: agents only, with the HUMAN_AGENT tag, for up to 7 days, and only when the account may', () => {
    expect(windowRule({ author: 'bot', sinceLastInboundMs: STANDARD_WINDOW_MS }, true)).toMatchObject({ refused: expect.stringMatching(/human agent/) });
    expect(windowRule({ author: 'agent', sinceLastInboundMs: 3 * 24 * hour }, true)).toEqual({ tag: true });
    expect(windowRule({ author: 'agent', sinceLastInboundMs: 3 * 24 * hour }, false)).toMatchObject({ refused: expect.stringMatching(/humanAgentTag/) });
    expect(windowRule({ author: 'agent', sinceLastInboundMs: HUMAN_AGENT_WINDOW_MS }, true)).toMatchObject({ refused: expect.stringMatching(/7 days/) });
    expect(windowRule({ author: 'agent', sinceLastInboundMs: Number.POSITIVE_INFINITY }, true)).toMatchObject({ refused: expect.any(String) });
  });
});
