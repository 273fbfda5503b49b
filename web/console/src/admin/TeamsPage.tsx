// Teams: private queues, routing mode and members.
import { useCallback, useEffect, useState } from 'react';
import type { Agent, HandoffApi, Team } from '../api/handoff-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

export function TeamsPage({ api, editable }: { api: HandoffApi; editable: boolean }) {
  const [teams, setTeams] = useState<Team[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const reload = useCallback(async () => {
    const [t, a] = await Promise.all([api.teams(), api.agents()]);
    setTeams(t);
    setAgents(a);
  }, [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [team, setTeam] = useState({ name: '', private: false, routing: 'round_robin' as Team['routing'], members: [] as string[] });
  const name = (id: string) => agents.find((a) => a.userId === id)?.name ?? id;
  return (
    <section>
      <h2>Teams</h2>
      <StatusLine status={status} />
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
      {editable && (
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
  );
}
