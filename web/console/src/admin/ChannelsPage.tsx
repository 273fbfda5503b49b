// Channel accounts: status, the webhook URL to paste into the platform, connect (the form comes from
// the channel's own settings schema) and disconnect.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, ChannelAccount, ChannelForm } from './admin-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

export function ChannelsPage({ api, editable }: { api: AdminApi; editable: boolean }) {
  const [accounts, setAccounts] = useState<ChannelAccount[]>([]);
  const [forms, setForms] = useState<ChannelForm[]>([]);
  const reload = useCallback(async () => {
    const r = await api.channels();
    setAccounts(r.accounts);
    setForms(r.forms);
  }, [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [type, setType] = useState('');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [generated, setGenerated] = useState<Record<string, unknown> | null>(null);
  const form = forms.find((f) => f.type === type);
  const collect = (fields: ChannelForm['config']) =>
    Object.fromEntries(
      fields
        .filter((f) => (values[f.name] ?? '') !== '')
        .map((f) => [f.name, f.type === 'number' || f.type === 'integer' ? Number(values[f.name]) : f.type === 'boolean' ? values[f.name] === 'true' : values[f.name]]),
    );
  const field = (f: ChannelForm['config'][number], secret: boolean) => (
    <label key={f.name}>
      {f.name}
      {f.required ? ' *' : ''}
      <input
        aria-label={f.name}
        type={secret ? 'password' : f.type === 'number' || f.type === 'integer' ? 'number' : 'text'}
        placeholder={form?.generated.includes(f.name) ? 'generated when empty' : (f.description ?? '')}
        value={values[f.name] ?? ''}
        onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
      />
    </label>
  );
  return (
    <section>
      <h2>Channels</h2>
      <StatusLine status={status} />
      {generated && (
        <div className="ok-note" role="alert">
          Secrets generated for you (enter them in the platform; not shown again):{' '}
          {Object.entries(generated).map(([k, v]) => (
            <span key={k}>
              {k}: <code className="secret">{String(v)}</code>{' '}
            </span>
          ))}
        </div>
      )}
      <table data-testid="channel-table">
        <thead>
          <tr>
            <th>Account</th>
            <th>Type</th>
            <th>Platform id</th>
            <th>Status</th>
            <th>Webhook URL</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{a.type}</td>
              <td>{a.externalId}</td>
              <td>{a.status}</td>
              <td>{a.webhookUrl ? <code className="url">{a.webhookUrl}</code> : <span className="muted">none (polled)</span>}</td>
              <td>
                {editable && a.status === 'active' && (
                  <button type="button" className="button subtle" aria-label={`Disconnect ${a.name}`} onClick={() => void run('Account disconnected.', () => api.disconnectChannel(a.id))()}>
                    Disconnect
                  </button>
                )}
              </td>
            </tr>
          ))}
          {accounts.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No channel connected yet; the web widget works without one.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {editable && (
        <form
          className="stack-form"
          onSubmit={(e) =>
            void run('Account connected.', async () => {
              if (!form) throw new Error('Choose a channel type.');
              const made = await api.connectChannel({ type, name, config: collect(form.config), secrets: collect(form.secrets) });
              setGenerated(Object.keys(made.generatedSecrets).length ? made.generatedSecrets : null);
              setValues({});
              setName('');
            })(e)
          }
        >
          <h3>Connect an account</h3>
          <div className="inline-form">
            <select aria-label="Channel type" value={type} onChange={(e) => (setType(e.target.value), setValues({}))}>
              <option value="">Channel…</option>
              {forms.map((f) => (
                <option key={f.type} value={f.type}>
                  {f.title}
                </option>
              ))}
            </select>
            <input aria-label="Account name" placeholder="Name, e.g. Support WhatsApp" required value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          {form && (
            <div className="field-grid">
              {form.config.map((f) => field(f, false))}
              {form.secrets.map((f) => field(f, true))}
            </div>
          )}
          <button type="submit" className="button primary">
            Connect
          </button>
        </form>
      )}
    </section>
  );
}
