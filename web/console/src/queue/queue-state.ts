// The queue list's state: items keyed by conversation, merged from the HTTP page and live inbox
// frames, filtered by the current view, ordered by the priority score recomputed at render time.
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import { byPriority, slaBreached } from '../../../../src/handoff/priority.js';
import type { QueueView } from '../api/handoff-api.js';

export interface QueueFilter {
  view: QueueView;
  breachedOnly: boolean;
  channel?: string;
  language?: string;
  minLevel?: number;
}

export function mergeItems(current: ReadonlyMap<string, InboxItem>, items: InboxItem[], removed: string[]): Map<string, InboxItem> {
  const next = new Map(current);
  for (const id of removed) next.delete(id);
  for (const i of items) next.set(i.conversation.id, i);
  return next;
}

export function visibleItems(all: ReadonlyMap<string, InboxItem>, filter: QueueFilter, userId: string, teams: readonly string[], now: number): InboxItem[] {
  const list = [...all.values()].filter(
    (i) =>
      (filter.view !== 'mine' || i.assigneeId === userId) &&
      (filter.view !== 'unassigned' || i.assigneeId === null) &&
      (filter.view !== 'team' || (i.teamId !== null && teams.includes(i.teamId))) &&
      (!filter.breachedOnly || slaBreached(i, now)) &&
      (filter.channel === undefined || i.conversation.channel === filter.channel) &&
      (filter.language === undefined || i.conversation.language === filter.language) &&
      (filter.minLevel === undefined || i.level >= filter.minLevel),
  );
  return byPriority(list, now);
}

/** "12m left", "overdue 3m" */
export function slaText(slaDueAt: number, now: number): string {
  const min = Math.round((slaDueAt - now) / 60_000);
  if (min < 0) return `overdue ${-min}m`;
  return min >= 60 ? `${Math.floor(min / 60)}h ${min % 60}m left` : `${min}m left`;
}

export interface QueueCounts {
  all: number;
  mine: number;
  unassigned: number;
  breached: number;
  unread: number;
}

/**
 * Counts over the items held: exact while the whole visible queue fits in one page; beyond that the
 * server's counts from the last full read are shown (refreshed on reconnect).
 */
export function queueCounts(all: ReadonlyMap<string, InboxItem>, server: QueueCounts | null, userId: string, now: number): QueueCounts | null {
  if (server && server.all > all.size) return server;
  const items = [...all.values()];
  return {
    all: items.length,
    mine: items.filter((i) => i.assigneeId === userId).length,
    unassigned: items.filter((i) => i.assigneeId === null).length,
    breached: items.filter((i) => slaBreached(i, now)).length,
    unread: items.reduce((n, i) => n + (i.assigneeId === userId ? i.unread : 0), 0),
  };
}
