// The inbox read model: handed-off conversations with their queue entries, filtered for one viewer
// and ordered by the priority score computed now. Who may see what is decided here (server side):
// owners, admins and supervisors see every queue; an agent sees shared queues, the queues of the
// private teams they belong to, and whatever is assigned to them.
import type { Kysely } from 'kysely';
import type { WireConversation } from '../api/protocol.js';
import { toWireConversation } from '../api/wire.js';
import type { Database } from '../store/schema.js';
import { byPriority, priorityScore, slaBreached, type PriorityInputs } from './priority.js';

export type Role = Database['users']['role'];

export interface Viewer {
  userId: string;
  tenantId: string;
  role: Role;
  /** Teams the viewer belongs to. */
  teams: string[];
}

/** A queue row for the console: the priority inputs plus what the inbox shows. */
export interface InboxItem extends PriorityInputs {
  conversation: WireConversation;
  assigneeId: string | null;
  teamId: string | null;
  teamPrivate: boolean;
  reason: string;
  tags: string[];
  unread: number;
  headline: string;
  /** The score at the time the item was read; clients recompute it with priorityScore as time passes. */
  score: number;
}

export interface InboxFilter {
  view: 'all' | 'mine' | 'unassigned' | 'team';
  team?: string;
  channel?: string;
  language?: string;
  /** Only this rule level and above. */
  minLevel?: number;
  slaBreached?: boolean;
  limit: number;
}

export function isSupervisor(role: Role): boolean {
  return role === 'owner' || role === 'admin' || role === 'supervisor';
}

export function canSee(viewer: Viewer, item: Pick<InboxItem, 'teamId' | 'teamPrivate' | 'assigneeId'>): boolean {
  return isSupervisor(viewer.role) || !item.teamPrivate || item.assigneeId === viewer.userId || (item.teamId !== null && viewer.teams.includes(item.teamId));
}

export async function viewerOf(db: Kysely<Database>, user: { id: string; tenantId: string; role: Role }): Promise<Viewer> {
  const teams = await db.selectFrom('team_members').select('team_id').where('tenant_id', '=', user.tenantId).where('user_id', '=', user.id).execute();
  return { userId: user.id, tenantId: user.tenantId, role: user.role, teams: teams.map((t) => t.team_id) };
}

/** Inbox items of the given conversations (or of every waiting conversation of the tenant). */
export async function loadItems(db: Kysely<Database>, tenantId: string, now: number, conversationIds?: string[]): Promise<InboxItem[]> {
  if (conversationIds && conversationIds.length === 0) return [];
  let q = db
    .selectFrom('queue_entries as q')
    .innerJoin('conversations as c', 'c.id', 'q.conversation_id')
    .innerJoin('customers as cu', 'cu.id', 'c.customer_id')
    .leftJoin('teams as t', 't.id', 'q.team_id')
    .select([
      'c.id', 'c.channel', 'c.status', 'c.handler', 'c.priority', 'c.language', 'c.last_intent', 'c.last_message_text', 'c.last_message_author', 'c.created_at', 'c.updated_at', 'c.assignee_id',
      'cu.id as customer_id', 'cu.external_id', 'cu.name', 'cu.email', 'cu.locale',
      'q.team_id', 'q.reason', 'q.tags', 'q.level', 'q.urgency', 'q.anger', 'q.sentiment', 'q.customer_value', 'q.queued_at', 'q.sla_due_at', 'q.unread',
      't.private',
      'q.headline',
    ])
    .where('q.tenant_id', '=', tenantId)
    .where('c.tenant_id', '=', tenantId)
    .where('c.status', '=', 'handoff');
  if (conversationIds) q = q.where('q.conversation_id', 'in', conversationIds);
  const rows = await q.execute();
  return rows.map((r) => {
    const item: InboxItem = {
      conversation: toWireConversation(r, { id: r.customer_id, external_id: r.external_id, name: r.name, email: r.email, locale: r.locale }),
      assigneeId: r.assignee_id,
      teamId: r.team_id,
      teamPrivate: r.private === 1,
      reason: r.reason,
      tags: JSON.parse(r.tags) as string[],
      level: r.level,
      urgency: r.urgency,
      anger: r.anger,
      sentiment: r.sentiment,
      customerValue: r.customer_value,
      queuedAt: r.queued_at,
      slaDueAt: r.sla_due_at,
      unread: r.unread,
      headline: r.headline,
      score: 0,
    };
    item.score = Math.round(priorityScore(item, now));
    return item;
  });
}

export interface InboxPage {
  items: InboxItem[];
  /** Counts over everything this viewer may see, whatever the filter. */
  counts: { all: number; mine: number; unassigned: number; breached: number; unread: number };
}

export async function readInbox(db: Kysely<Database>, viewer: Viewer, f: InboxFilter, now: number): Promise<InboxPage> {
  const visible = (await loadItems(db, viewer.tenantId, now)).filter((i) => canSee(viewer, i));
  const counts = {
    all: visible.length,
    mine: visible.filter((i) => i.assigneeId === viewer.userId).length,
    unassigned: visible.filter((i) => i.assigneeId === null).length,
    breached: visible.filter((i) => slaBreached(i, now)).length,
    unread: visible.reduce((s, i) => s + (i.assigneeId === viewer.userId ? i.unread : 0), 0),
  };
  const items = visible.filter(
    (i) =>
      (f.view !== 'mine' || i.assigneeId === viewer.userId) &&
      (f.view !== 'unassigned' || i.assigneeId === null) &&
      (f.view !== 'team' || (f.team !== undefined ? i.teamId === f.team : i.teamId !== null && viewer.teams.includes(i.teamId))) &&
      (f.channel === undefined || i.conversation.channel === f.channel) &&
      (f.language === undefined || i.conversation.language === f.language) &&
      (f.minLevel === undefined || i.level >= f.minLevel) &&
      (f.slaBreached === undefined || slaBreached(i, now) === f.slaBreached),
  );
  return { items: byPriority(items, now).slice(0, f.limit), counts };
}
