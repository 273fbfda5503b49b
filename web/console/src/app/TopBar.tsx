// Console header: product name, live-connection state, the agent's presence (online/away/offline),
// the admin link for supervisors and up, the signed-in agent and sign-out.
import { useEffect, useState } from 'react';
import type { ConsoleUser } from '../api/console-api.js';
import type { HandoffApi, Presence } from '../api/handoff-api.js';
import type { LiveStatus } from '../live/use-live-updates.js';

const LIVE_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

export function TopBar({ user, live, onSignOut, handoffApi }: { user: ConsoleUser; live: LiveStatus; onSignOut(): void; handoffApi?: HandoffApi }) {
  const [presence, setPresence] = useState<Presence>('offline');
  useEffect(() => {
    handoffApi?.agents().then(
      (agents) => {
        const me = agents.find((a) => a.userId === user.id);
        if (me) setPresence(me.presence);
      },
      () => undefined,
    );
  }, [handoffApi, user.id]);
  const admin = user.role === 'owner' || user.role === 'admin' || user.role === 'supervisor';
  return (
    <header className="topbar">
      <span className="topbar-brand">Peakdesk</span>
      <span className={`live live-${live}`} role="status" title="Live updates">
        <span className="live-dot" aria-hidden="true" />
        {LIVE_TEXT[live]}
      </span>
      <span className="topbar-spacer" />
      {handoffApi && (
        <select
          aria-label="Your availability"
          data-testid="presence"
          className={`presence presence-${presence}`}
          value={presence}
          onChange={(e) => {
            const next = e.target.value as Presence;
            handoffApi.setPresence(next).then(() => setPresence(next), () => undefined);
          }}
        >
          <option value="online">Online</option>
          <option value="away">Away</option>
          <option value="offline">Offline</option>
        </select>
      )}
      {admin && (
        <a className="button subtle" href={window.location.pathname.startsWith('/console/admin') ? '/console/' : '/console/admin'} data-testid="admin-link">
          {window.location.pathname.startsWith('/console/admin') ? 'Inbox' : 'Admin'}
        </a>
      )}
      <span className="topbar-user">
        {user.name} <span className="muted">· {user.role}</span>
      </span>
      <button type="button" className="button subtle" onClick={onSignOut}>
        Sign out
      </button>
    </header>
  );
}
