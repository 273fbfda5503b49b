// Agents: add, languages, skills, capacity; presence and load at a glance.
import { useCallback, useEffect, useState } from 'react';
import type { Agent, HandoffApi } from '../api/handoff-api.js';
import { messageOf, splitList, StatusLine, useAdminAction } from './admin-shared.js';

export function AgentsPage({ api, editable }: { api: HandoffApi; editable: boolean }) {
  const [agents, setAgents] = useState<Agent[]>([]);
  const reload = useCallback(async () => setAgents(await api.agents()), [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [agent, setAgent] = useState({ email: '', name: '', role: 'agent', password: '' });
  return (
    <section>
      <h2>Agents</h2>
      <StatusLine status={status} />
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
                {editable ? (
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
                {editable ? (
                  <input aria-label={`Languages of ${a.name}`} defaultValue={a.languages.join(', ')} onBlur={(e) => void run('Agent', () => api.saveAgent(a.userId, { languages: splitList(e.target.value), skills: a.skills, capacity: a.capacity }))()} />
                ) : (
                  a.languages.join(', ')
                )}
              </td>
              <td>
                {editable ? (
                  <input aria-label={`Skills of ${a.name}`} defaultValue={a.skills.join(', ')} onBlur={(e) => void run('Agent', () => api.saveAgent(a.userId, { languages: a.languages, skills: splitList(e.target.value), capacity: a.capacity }))()} />
                ) : (
                  a.skills.join(', ')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
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
  );
}
