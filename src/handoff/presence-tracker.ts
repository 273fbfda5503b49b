// Presence follows the console: when every console socket of an agent on this replica has closed and
// none reopens within the grace period (a reload, a flaky network), the agent goes offline, so the
// auto-assigner stops giving them conversations. When they reconnect, the presence they had before
// is restored (unless they chose another one meanwhile). Sockets are counted per replica; an agent's
// tabs are normally pinned to one replica by the load balancer's websocket stickiness.
import type { Database } from '../store/schema.js';
import type { Logger } from '../runtime/logger.js';

type Presence = Database['agents']['presence'];

export interface PresenceWrites {
  /** Sets the agent offline; resolves with the presence they had, or undefined when already offline. */
  goOffline(tenantId: string, userId: string): Promise<Presence | undefined>;
  /** Puts back `previous` if the agent is still offline (they may have picked a presence meanwhile). */
  comeBack(tenantId: string, userId: string, previous: Presence): Promise<void>;
}

export class PresenceTracker {
  private readonly open = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Agents this replica took offline, with the presence to restore on reconnect. */
  private readonly tookOffline = new Map<string, Presence>();

  constructor(private readonly graceMs: number, private readonly writes: PresenceWrites, private readonly log: Logger) {}

  connected(tenantId: string, userId: string): void {
    const key = `${tenantId}\u0000${userId}`;
    this.open.set(key, (this.open.get(key) ?? 0) + 1);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const previous = this.tookOffline.get(key);
    if (previous) {
      this.tookOffline.delete(key);
      void this.writes.comeBack(tenantId, userId, previous).catch((err: unknown) => this.log.error({ err, userId }, 'presence restore failed'));
    }
  }

  disconnected(tenantId: string, userId: string): void {
    const key = `${tenantId}\u0000${userId}`;
    const left = (this.open.get(key) ?? 1) - 1;
    if (left > 0) {
      this.open.set(key, left);
      return;
    }
    this.open.delete(key);
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (this.open.has(key)) return;
      void this.writes
        .goOffline(tenantId, userId)
        .then((previous) => {
          if (previous && !this.open.has(key)) this.tookOffline.set(key, previous);
        })
        .catch((err: unknown) => this.log.error({ err, userId }, 'presence update failed'));
    }, this.graceMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  /** Sockets of this agent open on this replica. */
  openSockets(tenantId: string, userId: string): number {
    return this.open.get(`${tenantId}\u0000${userId}`) ?? 0;
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
