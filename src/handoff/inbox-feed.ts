// Live inbox updates for this replica's console sockets. Every conversation.updated event (from the
// pipeline, agent actions or the auto-assigner, on any replica) marks the conversation dirty; once
// per tick the dirty ones are re-read in one query and pushed as inbox items to the consoles allowed
// to see them; conversations that left the queue are pushed as removals. Message and conversation
// frames for agents (not supervisors) wait for the same re-read and go only to agents who may see
// the conversation's queue: a conversation in no queue (still with the bot, or not yet routed) is
// not pushed to agents at all, so a shopper's first words never reach an agent outside the private
// team the rules then route them to.
// At a peak almost every update is a bot turn: an update whose status is not 'handoff' needs no
// read (it cannot be in the inbox) and is sent as a removal only when this replica knows the
// conversation was queued, so the bot's traffic costs the feed neither queries nor frames.
import type { Kysely } from 'kysely';
import type { Bus } from '../runtime/bus.js';
import type { Logger } from '../runtime/logger.js';
import type { Database } from '../store/schema.js';
import { canSee, loadItems, type InboxItem, type Viewer } from './inbox.js';

export interface InboxSink {
  sendInbox(tenantId: string, items: InboxItem[], removed: string[]): void;
}

export class InboxFeed {
  /** Per tenant: conversation → its status from the latest conversation.updated event, if any. */
  private readonly dirty = new Map<string, Map<string, string | undefined>>();
  /** Conversations in a queue as far as this replica knows (seeded at start, kept by every flush). */
  private readonly queued = new Set<string>();
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
      if (e.type === 'conversation.updated') this.markDirty(e.tenantId, e.conversation.id, e.conversation.status);
    });
  }

  async start(): Promise<void> {
    const rows = await this.db
      .selectFrom('queue_entries as q')
      .innerJoin('conversations as c', 'c.id', 'q.conversation_id')
      .select('q.conversation_id')
      .where('c.status', '=', 'handoff')
      .execute();
    for (const r of rows) this.queued.add(r.conversation_id);
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

  private markDirty(tenantId: string, conversationId: string, status?: string): void {
    let map = this.dirty.get(tenantId);
    if (!map) this.dirty.set(tenantId, (map = new Map()));
    if (status !== undefined || !map.has(conversationId)) map.set(conversationId, status);
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
    for (const [tenantId, statuses] of batches) {
      const toRead: string[] = [];
      const removed: string[] = [];
      for (const [id, status] of statuses) {
        if (status === undefined || status === 'handoff') toRead.push(id);
        else if (this.queued.delete(id)) removed.push(id);
      }
      const items: InboxItem[] = [];
      for (let i = 0; i < toRead.length; i += 500) items.push(...(await loadItems(this.db, tenantId, now, toRead.slice(i, i + 500))));
      const present = new Set(items.map((i) => i.conversation.id));
      for (const id of toRead) if (!present.has(id) && this.queued.delete(id)) removed.push(id);
      for (const i of items) {
        queued.set(i.conversation.id, i);
        this.queued.add(i.conversation.id);
      }
      if (items.length > 0 || removed.length > 0) this.sink.sendInbox(tenantId, items, removed);
      if (items.some((i) => i.assigneeId === null)) this.onUnassigned(tenantId);
    }
    for (const h of held) {
      const item = queued.get(h.conversationId);
      h.deliver((viewer) => item !== undefined && canSee(viewer, item));
    }
  }
}
