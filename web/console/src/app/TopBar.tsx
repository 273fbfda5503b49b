// Console header: product name, live-connection state, the signed-in agent and sign-out.
import type { ConsoleUser } from '../api/console-api.js';
import type { LiveStatus } from '../live/use-live-updates.js';

const LIVE_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

export function TopBar({ user, live, onSignOut }: { user: ConsoleUser; live: LiveStatus; onSignOut(): void }) {
  return (
    <header className="topbar">
      <span className="topbar-brand">Peakdesk</span>
      <span className={`live live-${live}`} role="status" title="Live updates">
        <span className="live-dot" aria-hidden="true" />
        {LIVE_TEXT[live]}
      </span>
      <span className="topbar-spacer" />
      <span className="topbar-user">
        {user.name} <span className="muted">· {user.role}</span>
      </span>
      <button type="button" className="button subtle" onClick={onSignOut}>
        Sign out
      </button>
    </header>
  );
}
