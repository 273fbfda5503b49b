// Root of the console: checks the session (GET /api/console/me), then shows the login page, the inbox,
// or the admin pages (/console/admin, supervisors and up).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createConsoleApi, type ConsoleUser } from '../api/console-api.js';
import { InboxPage } from '../inbox/InboxPage.js';
import { LoginPage } from '../login/LoginPage.js';
import { createHandoffApi } from '../api/handoff-api.js';
import { AdminPage } from '../admin/AdminPage.js';
import { createAdminApi } from '../admin/admin-api.js';

type Session =
  | { state: 'checking' }
  | { state: 'signedOut' }
  | { state: 'signedIn'; user: ConsoleUser }
  | { state: 'unreachable'; message: string };

export function App() {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const endSession = useCallback(() => setSession({ state: 'signedOut' }), []);
  const api = useMemo(() => createConsoleApi(endSession), [endSession]);
  const handoffApi = useMemo(() => createHandoffApi(endSession), [endSession]);
  const adminApi = useMemo(() => createAdminApi(endSession), [endSession]);

  const check = useCallback(() => {
    setSession({ state: 'checking' });
    api.me().then(
      (user) => setSession(user ? { state: 'signedIn', user } : { state: 'signedOut' }),
      (error: unknown) => setSession({ state: 'unreachable', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [api]);

  useEffect(check, [check]);

  const signOut = useCallback(() => {
    api.logout().then(
      () => setSession({ state: 'signedOut' }),
      () => setSession({ state: 'signedOut' }),
    );
  }, [api]);

  switch (session.state) {
    case 'checking':
      return <p className="splash">Loading Peakdesk…</p>;
    case 'unreachable':
      return (
        <div className="splash" role="alert">
          <p>{session.message}</p>
          <button type="button" className="button" onClick={check}>
            Try again
          </button>
        </div>
      );
    case 'signedOut':
      return <LoginPage api={api} onSignedIn={(user) => setSession({ state: 'signedIn', user })} />;
    case 'signedIn':
      if (window.location.pathname.startsWith('/console/admin') && session.user.role !== 'agent') {
        return <AdminPage api={handoffApi} adminApi={adminApi} user={session.user} onSignOut={signOut} />;
      }
      return <InboxPage api={api} handoffApi={handoffApi} user={session.user} onSignOut={signOut} onSessionEnded={endSession} />;
  }
}
