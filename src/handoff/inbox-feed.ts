// Live inbox updates for this replica's console sockets. Every conversation.updated event (from the
// pipeline, agent actions or the auto-assigner, on any replica) marks the conversation dirty; once
// per tick the dirty ones are re-read in one query and pushed as inbox items to the consoles allowed
// to see them; conversations that left the queue are pushed as removals. The feed also knows which
// conversations sit in private team queues, so the gateway can hold back their messages from agents
// outside the team.
import type { Kysely } from 'kysely';
import type { Bus } from '../runtime/bus.js';
import type { Logger } from '../runtime/logger.js';
import type { Database } from '../store/schema.js';
import { canSee, loadItems, type InboxItem, type Viewer } from './inbox.js';

export interface InboxSink {
  sendInbox(tenantId: string, items: InboxItem[], removed: string[]): void;
}

interface Placement {
  teamId: string | null;
  teamPrivate: boolean;
  assigneeId: string | null;
}

export class InboxFeed {
  private readonly dirty = new Map<string, Set<string>>();
  /** Frames for agents waiting for the conversation's placement to be known (next flush). */
  private readonly held: Array<{ conversationId: string; deliver: (visible: (viewer: Viewer) => boolean) => void }> = [];
  private scheduled = false;
  private readonly placement = new Map<string, Placement>();
  private readonly unsubscribe: () => void;
  private readonly refreshTimer: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<Database>,
    bus: Bus,
    private readonly sink: InboxSink,
    private readonly log: Logger,
    private readonly onUnassigned: (tenantId: string) => void = () => undefined,
  ) {
    this.unsubscribe = bus.subscribe((e) => {
      if (e.type === 'conversation.updated') this.markDirty(e.tenantId, e.conversation.id);
    });
    // Placements of private-queue conversations are also re-read periodically: a replica that
    // started after a handoff learns them without waiting for the next event.
    this.refreshTimer = setInterval(() => void this.refreshPrivate().catch((err: unknown) => this.log.warn({ err }, 'private queue refresh failed')), 2_000);
    this.refreshTimer.unref();
  }

  async start(): Promise<void> {
    await this.refreshPrivate();
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.refreshTimer);
  }

  /** May this viewer see this conversation's messages and updates (as far as this replica knows)? */
  visible(viewer: Viewer, conversationId: string): boolean {
    const p = this.placement.get(conversationId);
    return !p || canSee(viewer, p);
  }

  /**
   * Holds frames for agents until the conversation's placement is re-read: the bot's handoff reply is
   * published in the same batch that moves the conversation into a private queue.
   */
  gate(tenantId: string, conversationId: string, deliver: (visible: (viewer: Viewer) => boolean) => void): void {
    this.held.push({ conversationId, deliver });
    this.markDirty(tenantId, conversationId);
  }

  private markDirty(tenantId: string, conversationId: string): void {
    let set = this.dirty.get(tenantId);
    if (!set) this.dirty.set(tenantId, (set = new Set()));
    set.add(conversationId);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush().catch((err: unknown) => this.log.error({ err }, 'inbox update failed')));
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batches = [...this.dirty];
    this.dirty.clear();
    const held = this.held.splice(0);
    const now = Date.now();
    for (const [tenantId, ids] of batches) {
      const list = [...ids];
      const items: InboxItem[] = [];
      for (let i = 0; i < list.length; i += 500) items.push(...(await loadItems(this.db, tenantId, now, list.slice(i, i + 500))));
      const present = new Set(items.map((i) => i.conversation.id));
      const removed = list.filter((id) => !present.has(id));
      for (const i of items) this.place(i.conversation.id, i);
      for (const id of removed) this.placement.delete(id);
      this.sink.sendInbox(tenantId, items, removed);
      if (items.some((i) => i.assigneeId === null)) this.onUnassigned(tenantId);
    }
    for (const h of held) h.deliver((viewer) => this.visible(viewer, h.conversationId));
  }

  private place(id: string, p: Placement): void {
    if (p.teamPrivate) this.placement.set(id, { teamId: p.teamId, teamPrivate: true, assigneeId: p.assigneeId });
    else this.placement.delete(id);
  }

  private async refreshPrivate(): Promise<void> {
    const rows = await this.db
      .selectFrom('queue_entries as q')
      .innerJoin('teams as t', 't.id', 'q.team_id')
      .innerJoin('conversations as c', 'c.id', 'q.conversation_id')
      .select(['q.conversation_id', 'q.team_id', 'c.assignee_id'])
      .where('t.private', '=', 1)
      .where('c.status', '=', 'handoff')
      .execute();
    const fresh = new Set(rows.map((r) => r.conversation_id));
    for (const id of this.placement.keys()) if (!fresh.has(id)) this.placement.delete(id);
    for (const r of rows) this.placement.set(r.conversation_id, { teamId: r.team_id, teamPrivate: true, assigneeId: r.assignee_id });
  }
}
