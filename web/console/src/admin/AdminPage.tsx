// Admin pages (/console/admin/<page>): a small nav and one component per page. The server enforces
// roles; this layout only hides what a role may not see (API keys) or change (supervisors read).
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { ConsoleUser } from '../api/console-api.js';
import type { HandoffApi } from '../api/handoff-api.js';
import { TopBar } from '../app/TopBar.js';
import type { AdminApi } from './admin-api.js';
import { adminPath, canEdit, pageFromPath, pagesFor, type AdminPageId } from './admin-nav.js';
import { AgentsPage } from './AgentsPage.js';
import { ApiKeysPage } from './ApiKeysPage.js';
import { BusinessHoursPage } from './BusinessHoursPage.js';
import { CampaignsPage } from './CampaignsPage.js';
import { ChannelsPage } from './ChannelsPage.js';
import { IntentsPage } from './IntentsPage.js';
import { KnowledgePage } from './KnowledgePage.js';
import { RulesPage } from './RulesPage.js';
import { ScriptsPage } from './ScriptsPage.js';
import { StoreRulesPage } from './StoreRulesPage.js';
import { TeamsPage } from './TeamsPage.js';

export function AdminPage({ api, adminApi, user, onSignOut }: { api: HandoffApi; adminApi: AdminApi; user: ConsoleUser; onSignOut(): void }) {
  const pages = useMemo(() => pagesFor(user.role), [user.role]);
  const [page, setPage] = useState<AdminPageId | null>(() => pageFromPath(window.location.pathname, user.role));
  useEffect(() => {
    const onPop = () => setPage(pageFromPath(window.location.pathname, user.role));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [user.role]);
  const go = (id: AdminPageId) => (e: MouseEvent) => {
    e.preventDefault();
    window.history.pushState(null, '', adminPath(id));
    setPage(id);
  };
  const editable = canEdit(user.role);
  return (
    <div className="app">
      <TopBar user={user} live="live" onSignOut={onSignOut} />
      <div className="admin-layout">
        <nav className="admin-nav" aria-label="Admin pages" data-testid="admin-nav">
          {pages.map((p) => (
            <a key={p.id} href={adminPath(p.id)} aria-current={p.id === page ? 'page' : undefined} onClick={go(p.id)}>
              {p.title}
            </a>
          ))}
        </nav>
        <main className="admin" data-testid={`admin-page-${page ?? 'none'}`}>
          {page === 'intents' && <IntentsPage api={adminApi} editable={editable} />}
          {page === 'knowledge' && <KnowledgePage api={adminApi} editable={editable} />}
          {page === 'scripts' && <ScriptsPage api={api} />}
          {page === 'rules' && <RulesPage api={api} editable={editable} />}
          {page === 'store-rules' && <StoreRulesPage api={adminApi} editable={editable} />}
          {page === 'channels' && <ChannelsPage api={adminApi} editable={editable} />}
          {page === 'teams' && <TeamsPage api={api} editable={editable} />}
          {page === 'agents' && <AgentsPage api={api} editable={editable} />}
          {page === 'hours' && <BusinessHoursPage api={adminApi} editable={editable} />}
          {page === 'api-keys' && <ApiKeysPage api={adminApi} />}
          {page === 'campaigns' && <CampaignsPage api={adminApi} editable={editable} />}
        </main>
      </div>
    </div>
  );
}
