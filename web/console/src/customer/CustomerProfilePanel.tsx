// The shopper across channels: every channel identity joined to this customer (by a verified e-mail,
// phone or proven order, or by a supervisor), what each proved, their conversations on every channel,
// and the audit trail. Supervisors merge another identity in (with a note) or detach one; the server
// enforces the roles, this panel only hides the controls.
import { useEffect, useState, type FormEvent } from 'react';
import type { CustomerApi, CustomerMatch, CustomerProfile } from '../api/customer-api.js';
import { channelName, statusName } from '../format/display.js';
import { fullTimestamp } from '../format/relative-time.js';
import type { WireConversation } from '../../../../src/api/protocol.js';

interface CustomerProfilePanelProps {
  api: CustomerApi;
  customerId: string;
  conversationId: string;
  canMerge: boolean;
  onOpen(conversationId: string): void;
}

const channelOf = (channel: string) => channelName(channel.split(':')[0] ?? channel);
const ACTIONS: Record<string, string> = { linked: 'Linked automatically', merged: 'Merged', unmerged: 'Unmerged' };

export function CustomerProfilePanel({ api, customerId, conversationId, canMerge, onOpen }: CustomerProfilePanelProps) {
  const [profile, setProfile] = useState<CustomerProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<CustomerMatch[]>([]);
  const [picked, setPicked] = useState<CustomerMatch | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    setProfile(null);
    api.profile(customerId).then(
      (p) => current && setProfile(p),
      (caught: unknown) => current && setError(caught instanceof Error ? caught.message : 'Could not load the customer.'),
    );
    return () => {
      current = false;
    };
  }, [api, customerId]);

  useEffect(() => {
    if (query.trim().length < 2) {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.search(query.trim()).then(
        (found) => current && setMatches(found.filter((m) => !profile?.members.some((x) => x.id === m.id))),
        () => current && setMatches([]),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, profile]);

  async function change(run: () => Promise<CustomerProfile>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setProfile(await run());
      setPicked(null);
      setQuery('');
      setNote('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The change failed.');
    } finally {
      setBusy(false);
    }
  }

  function merge(event: FormEvent): void {
    event.preventDefault();
    if (picked) void change(() => api.merge(customerId, picked.id, note.trim()));
  }

  if (!profile) return error ? <p className="inline-error">{error}</p> : null;
  const others = profile.conversations.filter((c) => c.id !== conversationId);
  return (
    <section className="profile-panel" aria-label="Customer across channels" data-testid="customer-profile">
      <h3>Channels ({profile.members.length})</h3>
      <ul>
        {profile.members.map((m) => (
          <li key={m.id} data-testid="profile-member">
            <span className="badge channel">{channelOf(m.channel)}</span>
            <span dir="auto">{m.name ?? m.externalId}</span>
            {profile.identities
              .filter((i) => i.customerId === m.id && i.kind !== 'order')
              .map((i) => (
                <span key={`${i.kind}:${i.value}`} className="chip" title={i.source === 'channel' ? 'Vouched for by the channel' : 'Proven with an order'}>
                  ✓ {i.value}
                </span>
              ))}
            {canMerge && profile.members.length > 1 && (
              <button
                type="button"
                className="link-button"
                data-testid="unmerge"
                disabled={busy}
                onClick={() => {
                  const why = window.prompt('Why detach this channel identity? (kept in the audit trail)');
                  if (why && why.trim().length >= 3) void change(() => api.unmerge(m.id, why.trim()));
                }}
              >
                Unmerge
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <h3>Other conversations</h3>
          <ul>
            {others.map((c) => (
              <li key={c.id} data-testid="profile-conversation">
                <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                  {channelOf(c.channel)} · {statusName(c.status as WireConversation['status']) ?? c.status}
                </button>
                <span className="muted" dir="auto">
                  {c.lastMessage ?? ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.history.length > 0 && (
        <>
          <h3>History</h3>
          <ul>
            {profile.history.slice(0, 5).map((h, i) => (
              <li key={i} title={fullTimestamp(h.at)}>
                {ACTIONS[h.action] ?? h.action}
                {h.actorName ? ` by ${h.actorName}` : ''}: <span dir="auto">{h.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {canMerge && (
        <form onSubmit={merge} data-testid="merge-form">
          <label>
            Merge with another channel identity
            <input type="search" value={query} placeholder="Name, e-mail or ID" maxLength={320} onChange={(e) => setQuery(e.target.value)} />
          </label>
          {matches.length > 0 && !picked && (
            <ul>
              {matches.map((m) => (
                <li key={m.id}>
                  <button type="button" className="link-button" onClick={() => setPicked(m)}>
                    {channelOf(m.channel)} · {m.name ?? m.externalId}
                    {m.email ? ` · ${m.email}` : ''}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {picked && (
            <>
              <span>
                Merge with {channelOf(picked.channel)} · {picked.name ?? picked.externalId}
              </span>
              <input type="text" aria-label="Why merge (audit note)" placeholder="Why (kept in the audit trail)" required minLength={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
              <button type="submit" className="button" disabled={busy || note.trim().length < 3}>
                {busy ? 'Merging…' : 'Merge'}
              </button>
            </>
          )}
        </form>
      )}
      {error && <p className="inline-error">{error}</p>}
    </section>
  );
}
