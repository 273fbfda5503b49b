// Campaign mode: campaigns scheduled on the shop's clocks, each with a greeting per language,
// seasonal handoff rules (JSON, the same schema as the rule editor) and a priority boost.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, CampaignDefinition, CampaignRow } from './admin-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

interface Draft {
  name: string;
  startsAt: string;
  endsAt: string;
  greeting: { language: string; text: string }[];
  rules: string;
  priorityBoost: number;
}

const EMPTY: Draft = { name: '', startsAt: '', endsAt: '', greeting: [{ language: 'en', text: '' }], rules: '[]', priorityBoost: 0 };

function toDraft(c: CampaignRow): Draft {
  return { name: c.name, startsAt: c.startsAt, endsAt: c.endsAt, greeting: Object.entries(c.greeting).map(([language, text]) => ({ language, text })), rules: JSON.stringify(c.rules, null, 2), priorityBoost: c.priorityBoost };
}

function fromDraft(d: Draft): CampaignDefinition {
  let rules: unknown;
  try {
    rules = JSON.parse(d.rules || '[]');
  } catch {
    throw new Error('The seasonal rules are not valid JSON.');
  }
  const greeting = Object.fromEntries(d.greeting.filter((g) => g.language && g.text.trim()).map((g) => [g.language, g.text]));
  return { name: d.name, startsAt: d.startsAt, endsAt: d.endsAt, greeting, rules: rules as CampaignDefinition['rules'], priorityBoost: d.priorityBoost };
}

export function CampaignsPage({ api, editable }: { api: AdminApi; editable: boolean }) {
  const [timezone, setTimezone] = useState('');
  const [campaigns, setCampaigns] = useState<CampaignRow[]>([]);
  const reload = useCallback(async () => {
    const r = await api.campaigns();
    setTimezone(r.timezone);
    setCampaigns(r.campaigns);
  }, [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [editing, setEditing] = useState<string | null>(null);
  const [d, setD] = useState<Draft>(EMPTY);
  return (
    <section>
      <h2>Campaigns</h2>
      <StatusLine status={status} />
      <p className="muted">Times are on the shop&apos;s clocks ({timezone}). While a campaign runs, its greeting replaces the usual one, its rules run before yours and its boost raises the priority of handoffs.</p>
      <table data-testid="campaign-table">
        <thead>
          <tr>
            <th>Campaign</th>
            <th>From</th>
            <th>To</th>
            <th>State</th>
            <th>Greeting in</th>
            <th>Rules</th>
            <th>Boost</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.id} className={c.state === 'running' ? 'selected' : undefined}>
              <td>{c.name}</td>
              <td title={c.startsAtUtc}>{c.startsAt.replace('T', ' ')}</td>
              <td title={c.endsAtUtc}>{c.endsAt.replace('T', ' ')}</td>
              <td>{c.state}</td>
              <td>{Object.keys(c.greeting).join(', ') || '—'}</td>
              <td>{c.rules.length}</td>
              <td>+{c.priorityBoost}</td>
              <td>
                <button type="button" className="button subtle" onClick={() => (setEditing(c.id), setD(toDraft(c)))}>
                  {editable ? 'Edit' : 'Read'}
                </button>
                {editable && (
                  <button type="button" className="button subtle" aria-label={`Delete campaign ${c.name}`} onClick={() => void run('Campaign deleted.', () => api.deleteCampaign(c.id))()}>
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
          {campaigns.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                No campaign scheduled.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <form
        className="stack-form"
        onSubmit={(e) =>
          void run('Campaign', async () => {
            await api.saveCampaign(fromDraft(d), editing ?? undefined);
            setEditing(null);
            setD(EMPTY);
          })(e)
        }
      >
        <h3>{editing ? 'Edit campaign' : 'New campaign'}</h3>
        <div className="inline-form">
          <input aria-label="Campaign name" placeholder="11.11 Singles' Day" required value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} readOnly={!editable} />
          <label>
            From <input type="datetime-local" aria-label="Campaign start" required value={d.startsAt} onChange={(e) => setD({ ...d, startsAt: e.target.value })} readOnly={!editable} />
          </label>
          <label>
            To <input type="datetime-local" aria-label="Campaign end" required value={d.endsAt} onChange={(e) => setD({ ...d, endsAt: e.target.value })} readOnly={!editable} />
          </label>
          <label>
            Priority boost
            <select aria-label="Priority boost" value={d.priorityBoost} onChange={(e) => setD({ ...d, priorityBoost: Number(e.target.value) })} disabled={!editable}>
              {[0, 1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  +{n}
                </option>
              ))}
            </select>
          </label>
        </div>
        {d.greeting.map((g, i) => (
          <div key={i} className="inline-form">
            <input aria-label={`Greeting language ${i + 1}`} className="narrow" placeholder="en" value={g.language} readOnly={!editable} onChange={(e) => setD({ ...d, greeting: d.greeting.map((x, j) => (j === i ? { ...x, language: e.target.value } : x)) })} />
            <input aria-label={`Greeting ${i + 1}`} className="wide" placeholder="Welcome to our 11.11 sale!" value={g.text} readOnly={!editable} onChange={(e) => setD({ ...d, greeting: d.greeting.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })} />
          </div>
        ))}
        {editable && (
          <button type="button" className="button subtle" onClick={() => setD({ ...d, greeting: [...d.greeting, { language: '', text: '' }] })}>
            Add a language
          </button>
        )}
        <label>
          Seasonal handoff rules (same format as the handoff rules)
          <textarea className="code" rows={6} aria-label="Seasonal rules" value={d.rules} readOnly={!editable} onChange={(e) => setD({ ...d, rules: e.target.value })} spellCheck={false} />
        </label>
        {editable && (
          <div className="inline-form">
            <button type="submit" className="button primary">
              {editing ? 'Save campaign' : 'Schedule campaign'}
            </button>
            {editing && (
              <button type="button" className="button subtle" onClick={() => (setEditing(null), setD(EMPTY))}>
                Cancel
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
