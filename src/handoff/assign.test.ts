// Assignment: eligibility (presence, capacity, team, language, skills) and the two routing modes.
import { describe, expect, it } from 'vitest';
import { eligible, pickAgent, planAssignments, type AgentLoad, type Waiting } from './assign.js';

const T0 = Date.parse('2026-11-11T00:00:00Z');
const agent = (userId: string, over: Partial<AgentLoad> = {}): AgentLoad => ({
  userId, presence: 'online', languages: [], skills: [], teams: [], capacity: 3, load: 0, lastAssignedAt: 0, ...over,
});
const waiting = (conversationId: string, over: Partial<Waiting> = {}): Waiting => ({ conversationId, teamId: null, language: 'en', tags: [], ...over });

describe('eligible', () => {
  it('needs an online agent under capacity, in the team, speaking the language, with a matching skill', () => {
    expect(eligible(agent('a'), waiting('c'))).toBe(true);
    expect(eligible(agent('a', { presence: 'away' }), waiting('c'))).toBe(false);
    expect(eligible(agent('a', { presence: 'offline' }), waiting('c'))).toBe(false);
    expect(eligible(agent('a', { load: 3 }), waiting('c'))).toBe(false);
    expect(eligible(agent('a'), waiting('c', { teamId: 't1' }))).toBe(false);
    expect(eligible(agent('a', { teams: ['t1'] }), waiting('c', { teamId: 't1' }))).toBe(true);
    expect(eligible(agent('a', { languages: ['th'] }), waiting('c', { language: 'en' }))).toBe(false);
    expect(eligible(agent('a', { languages: ['zh'] }), waiting('c', { language: 'zh-Hant' }))).toBe(true);
    expect(eligible(agent('a', { languages: ['zh-Hant'] }), waiting('c', { language: 'zh-Hans' }))).toBe(false);
    expect(eligible(agent('a', { skills: ['return'] }), waiting('c', { tags: ['complaint'] }))).toBe(false);
    expect(eligible(agent('a', { skills: ['return'] }), waiting('c', { tags: ['return', 'vip'] }))).toBe(true);
    expect(eligible(agent('a', { skills: ['return'] }), waiting('c'))).toBe(true);
  });
});

describe('routing', () => {
  it('round-robin gives the next conversation to whoever was assigned least recently', () => {
    const agents = [agent('a', { lastAssignedAt: T0 + 2 }), agent('b', { lastAssignedAt: T0 + 1, load: 2 }), agent('c', { lastAssignedAt: T0 + 3 })];
    expect(pickAgent(agents, waiting('x'), 'round_robin')?.userId).toBe('b');
    const plan = planAssignments([waiting('1'), waiting('2'), waiting('3'), waiting('4')], agents, () => 'round_robin', T0 + 10);
    expect(plan.map((p) => p.userId)).toEqual(['b', 'a', 'c', 'a']);
  });

  it('least-busy gives it to the agent with the fewest open conversations', () => {
    const agents = [agent('a', { load: 2 }), agent('b', { load: 0, lastAssignedAt: T0 }), agent('c', { load: 1 })];
    const plan = planAssignments([waiting('1'), waiting('2'), waiting('3')], agents, () => 'least_busy', T0 + 10);
    // After one each, b and c tie on load and c was assigned less recently.
    expect(plan.map((p) => p.userId)).toEqual(['b', 'c', 'b']);
    expect(agents[1]!.load).toBe(0);
  });

  it('respects capacity, skips conversations nobody can take, and stops when everyone is full', () => {
    const agents = [agent('th', { languages: ['th'], capacity: 1 }), agent('any', { capacity: 1, presence: 'away' })];
    const plan = planAssignments([waiting('en'), waiting('th1', { language: 'th' }), waiting('th2', { language: 'th' })], agents, () => 'round_robin', T0);
    expect(plan).toEqual([{ conversationId: 'th1', userId: 'th' }]);
  });

  it('routes each team by its own mode', () => {
    const agents = [agent('a', { teams: ['rr', 'lb'], load: 2, lastAssignedAt: 0 }), agent('b', { teams: ['rr', 'lb'], load: 0, lastAssignedAt: T0 })];
    const routing = (t: string | null) => (t === 'lb' ? 'least_busy' : 'round_robin');
    expect(planAssignments([waiting('1', { teamId: 'rr' })], agents, routing, T0)[0]!.userId).toBe('a');
    expect(planAssignments([waiting('1', { teamId: 'lb' })], agents, routing, T0)[0]!.userId).toBe('b');
  });
});
