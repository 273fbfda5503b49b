// Slows password guessing: at most 10 failed sign-ins per (IP, e-mail) per minute.
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly max = 10, private readonly windowMs = 60_000) {}

  allow(key: string, now = Date.now()): boolean {
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent.length < this.max;
  }

  fail(key: string, now = Date.now()): void {
    if (this.failures.size > 50_000) this.failures.clear();
    const list = this.failures.get(key) ?? [];
    list.push(now);
    this.failures.set(key, list);
  }
}
