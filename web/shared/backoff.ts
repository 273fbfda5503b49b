// Reconnect delays: exponential growth with jitter and a cap, so many browsers that lost the server at the
// same moment (a deploy, a peak-hour blip) do not all come back in the same second.

export interface BackoffOptions {
  /** Delay ceiling for the first retry. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

export const RECONNECT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 30_000 };

/**
 * Delay before retry number `attempt` (0-based). "Equal jitter": half of the exponential ceiling is fixed,
 * the other half random, so retries spread out but never collapse to an immediate hammering loop.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = RECONNECT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
