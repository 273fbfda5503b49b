// Token buckets per key (one per channel account): a platform's throughput limit (WhatsApp: 80
// messages/s per number by default) is spent evenly instead of in bursts that earn 429s. Per process:
// with N replicas sending for one account, each holds the whole rate, so set the account's rate to
// the platform limit divided by the replicas that run workers.
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one token; returns 0 when allowed now, else the milliseconds until a token is free (nothing taken). */
  take(key: string, perSecond: number): number {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: perSecond, at: t };
    b.tokens = Math.min(perSecond, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / perSecond) * 1000);
  }
}
