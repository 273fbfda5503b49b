// Live inbox updates for this replica's console sockets. Every conversation.updated event (from the
// pipeline, agent actions or the auto-assigner, on any replica) marks the conversation dirty; once
// per tick the dirty ones are re-read in one query and pushed as inbox items to the consoles allowed
// to see them; conversations that left the queue are pushed as removals. Message and conversation
// frames for agents (not supervisors) wait for the same re-read and go only to agents who may see
// the conversation's queue: a conversation in no queue (still with the bot, or not yet routed) is
// not pushed to agents at all, so a shopper's first words never reach an agent outside the private
// team the rules then route them to.
import type { Kysely } from 'kysely';
import type { Bus } from '../runtime/bus.js';
import type { Logger } from '../runtime/logger.js';
import type { Database } from '../store/schema.js';
import { canSee, loadItems, type InboxItem, type Viewer } from './inbox.js';

export interface InboxSink {
  sendInbox(tenantId: string, items: InboxItem[], removed: string[]): void;
}

export class InboxFeed {
  private readonly dirty = new Map<string, Set<string>>();
  /** Frames for agents waiting for the conversation's placement to be known (next flush). */
  private readonly held: Array<{ conversationId: string; deliver: (visible: (viewer: Viewer) => boolean) => void }> = [];
  private scheduled = false;
  private readonly unsubscribe: () => void;

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
  }

  close(): void {
    this.unsubscribe();
  }

  /**
   * Holds frames for agents until the conversation's queue entry is re-read: the bot's handoff reply
   * is published in the same batch that moves the conversation into a private queue.
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
    const queued = new Map<string, InboxItem>();
    for (const [tenantId, ids] of batches) {
      const list = [...ids];
      const items: InboxItem[] = [];
      for (let i = 0; i < list.length; i += 500) items.push(...(await loadItems(this.db, tenantId, now, list.slice(i, i + 500))));
      const present = new Set(items.map((i) => i.conversation.id));
      const removed = list.filter((id) => !present.has(id));
      for (const i of items) queued.set(i.conversation.id, i);
      this.sink.sendInbox(tenantId, items, removed);
      if (items.some((i) => i.assigneeId === null)) this.onUnassigned(tenantId);
    }
    for (const h of held) {
      const item = queued.get(h.conversationId);
      h.deliver((viewer) => item !== undefined && canSee(viewer, item));
    }
  }
}
