import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceTracker, type PresenceWrites } from './presence-tracker.js';
import { createLogger } from '../runtime/logger.js';

type Presence = 'online' | 'away' | 'offline';

function fakeAgents(initial: Presence) {
  const state = { presence: initial };
  const writes: PresenceWrites = {
    goOffline: async () => {
      if (state.presence === 'offline') return undefined;
      const before = state.presence;
      state.presence = 'offline';
      return before;
    },
    comeBack: async (_t, _u, previous) => {
      if (state.presence === 'offline') state.presence = previous;
    },
  };
  return { state, writes };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('PresenceTracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const log = createLogger('silent');

  it('takes an agent offline only after every socket stayed closed for the grace period', async () => {
    const { state, writes } = fakeAgents('online');
    const t = new PresenceTracker(30_000, writes, log);
    t.connected('t1', 'u1');
    t.connected('t1', 'u1');
    t.disconnected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.presence).toBe('online');
    t.disconnected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(state.presence).toBe('online');
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(state.presence).toBe('offline');
  });

  it('a reload within the grace period keeps the agent online', async () => {
    const { state, writes } = fakeAgents('online');
    const t = new PresenceTracker(10_000, writes, log);
    t.connected('t1', 'u1');
    t.disconnected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(9_000);
    t.connected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.presence).toBe('online');
    expect(t.openSockets('t1', 'u1')).toBe(1);
  });

  it('restores the earlier presence on reconnect, but not over one the agent chose meanwhile', async () => {
    const { state, writes } = fakeAgents('away');
    const t = new PresenceTracker(1_000, writes, log);
    t.connected('t1', 'u1');
    t.disconnected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(1_000);
    await flush();
    expect(state.presence).toBe('offline');
    t.connected('t1', 'u1');
    await flush();
    expect(state.presence).toBe('away');

    t.disconnected('t1', 'u1');
    await vi.advanceTimersByTimeAsync(1_000);
    await flush();
    state.presence = 'online';
    t.connected('t1', 'u1');
    await flush();
    expect(state.presence).toBe('online');
  });

  it('keeps agents apart by tenant and user', async () => {
    const a = fakeAgents('online');
    const b = fakeAgents('online');
    const t = new PresenceTracker(1_000, { goOffline: (tenant, user) => (user === 'a' ? a : b).writes.goOffline(tenant, user), comeBack: (tenant, user, p) => (user === 'a' ? a : b).writes.comeBack(tenant, user, p) }, log);
    t.connected('t1', 'a');
    t.connected('t1', 'b');
    t.disconnected('t1', 'a');
    await vi.advanceTimersByTimeAsync(2_000);
    await flush();
    expect([a.state.presence, b.state.presence]).toEqual(['offline', 'online']);
  });
});
