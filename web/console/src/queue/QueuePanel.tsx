// Left column in queue mode: the handed-off conversations this agent may see, in priority order
// (recomputed every tick as SLAs approach), with views (mine, unassigned, my teams, all), an
// "SLA breached" filter, unread counts and live updates from the inbox frames.
import type { MouseEvent } from 'react';
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import { slaBreached } from '../../../../src/handoff/priority.js';
import type { QueueView } from '../api/handoff-api.js';
import { conversationPath } from '../app/routes.js';
import { channelName, customerLabel } from '../format/display.js';
import { slaText, type QueueFilter } from './queue-state.js';

const VIEWS: { id: QueueView; label: string }[] = [
  { id: 'mine', label: 'Mine' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'team', label: 'My teams' },
  { id: 'all', label: 'All' },
];

/** Rows rendered: the top of a 5,000-conversation queue is what an agent works from. */
const SHOWN = 200;

interface QueuePanelProps {
  items: InboxItem[];
  /** Channels and languages present in the queue, for the filter menus. */
  channels: string[];
  languages: string[];
  counts: { mine: number; unassigned: number; all: number; breached: number; unread: number } | null;
  filter: QueueFilter;
  openId: string | null;
  now: number;
  error: string | null;
  onFilter(filter: QueueFilter): void;
  onOpen(id: string): void;
}

export function QueuePanel({ items, channels, languages, counts, filter, openId, now, error, onFilter, onOpen }: QueuePanelProps) {
  function open(event: MouseEvent<HTMLAnchorElement>, id: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  }
  const countOf = (v: QueueView) => (counts && v !== 'team' ? counts[v] : undefined);
  return (
    <nav className="inbox-list queue" aria-label="Queue">
      <div className="filters" role="tablist">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" role="tab" aria-selected={filter.view === v.id} data-testid={`queue-view-${v.id}`} className={`filter ${filter.view === v.id ? 'active' : ''}`} onClick={() => onFilter({ ...filter, view: v.id })}>
            {v.label}
            {countOf(v.id) !== undefined && <span className="count"> {countOf(v.id)}</span>}
          </button>
        ))}
      </div>
      <label className="breach-filter">
        <input type="checkbox" checked={filter.breachedOnly} data-testid="queue-breached" onChange={(e) => onFilter({ ...filter, breachedOnly: e.target.checked })} /> SLA breached
        {counts ? ` (${counts.breached})` : ''}
        {counts && counts.unread > 0 ? <span className="badge unread"> {counts.unread} unread</span> : null}
      </label>
      <div className="queue-selects">
        <select aria-label="Channel" data-testid="queue-channel" value={filter.channel ?? ''} onChange={(e) => onFilter({ ...filter, channel: e.target.value || undefined })}>
          <option value="">All channels</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </select>
        <select aria-label="Language" data-testid="queue-language" value={filter.language ?? ''} onChange={(e) => onFilter({ ...filter, language: e.target.value || undefined })}>
          <option value="">All languages</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        <select aria-label="Priority" data-testid="queue-level" value={filter.minLevel ?? ''} onChange={(e) => onFilter({ ...filter, minLevel: e.target.value === '' ? undefined : Number(e.target.value) })}>
          <option value="">Any priority</option>
          <option value="1">P1 and up</option>
          <option value="2">P2 and up</option>
          <option value="3">P3</option>
        </select>
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <ul className="rows" data-testid="queue-list">
        {items.slice(0, SHOWN).map((i) => {
          const breached = slaBreached(i, now);
          return (
            <li key={i.conversation.id}>
              <a
                href={conversationPath(i.conversation.id)}
                className={`row ${openId === i.conversation.id ? 'open' : ''}`}
                data-testid="queue-row"
                data-conversation-id={i.conversation.id}
                onClick={(e) => open(e, i.conversation.id)}
              >
                <span className="row-top">
                  <span className={`level level-${i.level}`} title={`Priority level ${i.level}`}>
                    P{i.level}
                  </span>
                  <strong className="row-name">{customerLabel(i.conversation)}</strong>
                  {i.unread > 0 && (
                    <span className="badge unread" data-testid="unread">
                      {i.unread}
                    </span>
                  )}
                  <span className={`sla ${breached ? 'breached' : ''}`}>{slaText(i.slaDueAt, now)}</span>
                </span>
                <span className="row-headline">{i.headline || i.reason}</span>
                <span className="row-meta muted">
                  {channelName(i.conversation.channel)} · {i.conversation.language ?? '—'} · {i.assigneeId ? 'assigned' : 'waiting'}
                  {i.tags.length > 0 ? ` · ${i.tags.join(', ')}` : ''}
                </span>
              </a>
            </li>
          );
        })}
        {items.length === 0 && <li className="empty-note">Nothing waiting here.</li>}
        {items.length > SHOWN && <li className="empty-note">{items.length - SHOWN} more below these; narrow the view to see them.</li>}
      </ul>
    </nav>
  );
}
