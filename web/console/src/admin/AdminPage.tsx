// Admin pages (/console/admin): handoff rules (the JSON rule set, validated by the server with the
// path of the first error), teams (private queues, routing mode, members), agents (add, languages,
// skills, capacity) and the script library. The server enforces roles; this page only hides what a
// role may not change.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ConsoleUser } from '../api/console-api.js';
import type { Agent, HandoffApi, Script, Team } from '../api/handoff-api.js';
import { ApiError } from '../api/http.js';
import { TopBar } from '../app/TopBar.js';

const split = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e));

export function AdminPage({ api, user, onSignOut }: { api: HandoffApi; user: ConsoleUser; onSignOut(): void }) {
  const isAdmin = user.role === 'owner' || user.role === 'admin';
  const [rules, setRules] = useState('');
  const [teams, setTeams] = useState<Team[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [scripts, setScripts] = useState<Script[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = useCallback(async () => {
    const [r, t, a, s] = await Promise.all([api.rules(), api.teams(), api.agents(), api.scripts()]);
    setRules(JSON.stringify(r, null, 2));
    setTeams(t);
    setAgents(a);
    setScripts(s);
  }, [api]);

  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload]);

  const run = (what: string, fn: () => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    try {
      await fn();
      await reload();
      setStatus({ ok: true, text: `${what} saved.` });
    } catch (e) {
      setStatus({ ok: false, text: messageOf(e) });
    }
  };

  const [team, setTeam] = useState({ name: '', private: false, routing: 'round_robin' as Team['routing'], members: [] as string[] });
  const [agent, setAgent] = useState({ email: '', name: '', role: 'agent', password: '' });
  const [script, setScript] = useState({ name: '', language: 'en', body: '' });
  const name = (id: string) => agents.find((a) => a.userId === id)?.name ?? id;

  return (
    <div className="app">
      <TopBar user={user} live="live" onSignOut={onSignOut} />
      <main className="admin">
        {status && (
          <p role="status" data-testid="admin-status" className={status.ok ? 'ok-note' : 'inline-error'}>
            {status.text}
          </p>
        )}
        <section>
          <h2>Handoff rules</h2>
          <p className="muted">Conditions → actions, evaluated in order on every inbound message. See docs/handoff.md for every condition and action.</p>
          <textarea className="code" data-testid="rules-editor" rows={18} value={rules} readOnly={!isAdmin} onChange={(e) => setRules(e.target.value)} spellCheck={false} />
          {isAdmin && (
            <button
              type="button"
              className="button primary"
              data-testid="rules-save"
              onClick={() =>
                void run('Rules', async () => {
                  let parsed: unknown;
                  try {
                    parsed = JSON.parse(rules);
                  } catch {
                    throw new Error('The rules are not valid JSON.');
                  }
                  await api.saveRules(parsed);
                })()
              }
            >
              Save rules
            </button>
          )}
        </section>
        <section>
          <h2>Teams</h2>
          <table>
            <thead>
              <tr>
                <th>Team</th>
                <th>Queue</th>
                <th>Routing</th>
                <th>Members</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.private ? 'private' : 'shared'}</td>
                  <td>{t.routing.replace('_', '-')}</td>
                  <td>{t.members.map(name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {isAdmin && (
            <form className="inline-form" onSubmit={(e) => void run('Team', () => api.saveTeam(team))(e)}>
              <input aria-label="Team name" placeholder="Team name" required value={team.name} onChange={(e) => setTeam({ ...team, name: e.target.value })} />
              <label>
                <input type="checkbox" checked={team.private} onChange={(e) => setTeam({ ...team, private: e.target.checked })} /> private queue
              </label>
              <select aria-label="Routing" value={team.routing} onChange={(e) => setTeam({ ...team, routing: e.target.value as Team['routing'] })}>
                <option value="round_robin">round-robin</option>
                <option value="least_busy">least busy</option>
              </select>
              <select aria-label="Members" multiple value={team.members} onChange={(e) => setTeam({ ...team, members: [...e.target.selectedOptions].map((o) => o.value) })}>
                {agents.map((a) => (
                  <option key={a.userId} value={a.userId}>
                    {a.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="button">
                Add team
              </button>
            </form>
          )}
        </section>
        <section>
          <h2>Agents</h2>
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Presence</th>
                <th>Load / capacity</th>
                <th>Languages</th>
                <th>Skills</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.userId}>
                  <td>
                    {a.name} <span className="muted">{a.email}</span>
                  </td>
                  <td>{a.role}</td>
                  <td>{a.presence}</td>
                  <td>
                    {a.load} /{' '}
                    {isAdmin ? (
                      <input
                        type="number"
                        min={0}
                        max={100}
                        aria-label={`Capacity of ${a.name}`}
                        defaultValue={a.capacity}
                        onBlur={(e) => void run('Agent', () => api.saveAgent(a.userId, { languages: a.languages, skills: a.skills, capacity: Number(e.target.value) }))()}
                      />
                    ) : (
                      a.capacity
                    )}
                  </td>
                  <td>
                    {isAdmin ? (
                      <input aria-label={`Languages of ${a.name}`} defaultValue={a.languages.join(', ')} onBlur={(e) => void run('Agent', () => api.saveAgent(a.userId, { languages: split(e.target.value), skills: a.skills, capacity: a.capacity }))()} />
                    ) : (
                      a.languages.join(', ')
                    )}
                  </td>
                  <td>
                    {isAdmin ? (
                      <input aria-label={`Skills of ${a.name}`} defaultValue={a.skills.join(', ')} onBlur={(e) => void run('Agent', () => api.saveAgent(a.userId, { languages: a.languages, skills: split(e.target.value), capacity: a.capacity }))()} />
                    ) : (
                      a.skills.join(', ')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {isAdmin && (
            <form className="inline-form" onSubmit={(e) => void run('Agent', () => api.addAgent(agent))(e)}>
              <input aria-label="E-mail" type="email" placeholder="E-mail" required value={agent.email} onChange={(e) => setAgent({ ...agent, email: e.target.value })} />
              <input aria-label="Name" placeholder="Name" required value={agent.name} onChange={(e) => setAgent({ ...agent, name: e.target.value })} />
              <select aria-label="Role" value={agent.role} onChange={(e) => setAgent({ ...agent, role: e.target.value })}>
                <option value="agent">agent</option>
                <option value="supervisor">supervisor</option>
                <option value="admin">admin</option>
              </select>
              <input aria-label="First password" type="password" placeholder="First password (10+)" minLength={10} required value={agent.password} onChange={(e) => setAgent({ ...agent, password: e.target.value })} />
              <button type="submit" className="button">
                Add agent
              </button>
            </form>
          )}
        </section>
        <section>
          <h2>Scripts</h2>
          <p className="muted">Variables: {'{customer.name}'}, {'{agent.name}'}, {'{order.number}'}, {'{order.state}'}.</p>
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Language</th>
                <th>Text</th>
              </tr>
            </thead>
            <tbody>
              {scripts.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.language}</td>
                  <td className="pre">{s.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {user.role !== 'agent' && (
            <form className="inline-form" onSubmit={(e) => void run('Script', () => api.saveScript(script))(e)}>
              <input aria-label="Script name" placeholder="Name" required value={script.name} onChange={(e) => setScript({ ...script, name: e.target.value })} />
              <input aria-label="Script language" placeholder="Language" required value={script.language} onChange={(e) => setScript({ ...script, language: e.target.value })} />
              <textarea aria-label="Script text" placeholder="Hi {customer.name}, …" required rows={2} value={script.body} onChange={(e) => setScript({ ...script, body: e.target.value })} />
              <button type="submit" className="button">
                Save script
              </button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
