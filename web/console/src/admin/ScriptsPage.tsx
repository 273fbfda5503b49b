// The script library (macros with variables, per language). Supervisors and up edit scripts.
import { useCallback, useEffect, useState } from 'react';
import type { HandoffApi, Script } from '../api/handoff-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

export function ScriptsPage({ api }: { api: HandoffApi }) {
  const [scripts, setScripts] = useState<Script[]>([]);
  const reload = useCallback(async () => setScripts(await api.scripts()), [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [script, setScript] = useState({ name: '', language: 'en', body: '' });
  return (
    <section>
      <h2>Scripts</h2>
      <StatusLine status={status} />
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
      <form className="inline-form" onSubmit={(e) => void run('Script', () => api.saveScript(script))(e)}>
        <input aria-label="Script name" placeholder="Name" required value={script.name} onChange={(e) => setScript({ ...script, name: e.target.value })} />
        <input aria-label="Script language" placeholder="Language" required value={script.language} onChange={(e) => setScript({ ...script, language: e.target.value })} />
        <textarea aria-label="Script text" placeholder="Hi {customer.name}, …" required rows={2} value={script.body} onChange={(e) => setScript({ ...script, body: e.target.value })} />
        <button type="submit" className="button">
          Save script
        </button>
      </form>
    </section>
  );
}
