// API keys for server-to-server calls: create (the key is shown once), list, revoke.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, ApiKey } from './admin-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

export function ApiKeysPage({ api }: { api: AdminApi }) {
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const reload = useCallback(async () => setKeys(await api.apiKeys()), [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  return (
    <section>
      <h2>API keys</h2>
      <StatusLine status={status} />
      {created && (
        <div className="ok-note" role="alert" data-testid="new-api-key">
          Copy the key for “{created.name}” now; it is not shown again: <code className="secret">{created.key}</code>
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(e) =>
          void run('Key created.', async () => {
            const made = await api.createApiKey(name);
            setCreated({ name, key: made.key });
            setName('');
          })(e)
        }
      >
        <input aria-label="Key name" placeholder="What uses it, e.g. ERP sync" required value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button primary">
          Create key
        </button>
      </form>
      <table data-testid="api-key-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Prefix</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{when(k.createdAt)}</td>
              <td>{when(k.lastUsedAt)}</td>
              <td>
                {k.revokedAt ? (
                  `revoked ${when(k.revokedAt)}`
                ) : (
                  <button type="button" className="button subtle" aria-label={`Revoke ${k.name}`} onClick={() => void run('Key revoked.', () => api.revokeApiKey(k.id))()}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
