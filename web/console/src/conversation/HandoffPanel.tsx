// Beside the chat: the handoff summary (why, what the shopper wants, what the bot said and tried),
// the orders the conversation mentions with items and the shipment timeline, and internal notes.
// Everything is rendered as text: shopper words never become markup.
import { useState, type FormEvent } from 'react';
import type { HandoffApi, HandoffDetail, Note } from '../api/handoff-api.js';
import { ApiError } from '../api/http.js';
import { fullTimestamp, relativeTime } from '../format/relative-time.js';
import { conversationPath } from '../app/routes.js';
import { OrderReturns } from './OrderReturns.js';

/** Rupiah are priced without sen in our store data, unlike ISO 4217's two digits. */
const MINOR_DIGITS: Record<string, number> = { IDR: 0 };

/** How old the cached store data is: agents judge whether "shipped" may already be "delivered". */
function storeDataAge(syncedAt: string): string {
  const age = relativeTime(syncedAt, Date.now());
  return age === 'now' ? 'store data current' : `store data ${age} old`;
}

function money(m: { amountMinor: number; currency: string }): string {
  const f = new Intl.NumberFormat('en', { style: 'currency', currency: m.currency, ...(m.currency in MINOR_DIGITS ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) });
  const digits = MINOR_DIGITS[m.currency] ?? f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(m.amountMinor / 10 ** digits);
}

export function HandoffPanel({ api, conversationId, detail, onNote }: { api: HandoffApi; conversationId: string; detail: HandoffDetail; onNote(note: Note): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { summary } = detail;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      onNote(await api.addNote(conversationId, text.trim()));
      setText('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The note could not be saved.');
    }
  }

  return (
    <section className="handoff-panel" aria-label="Handoff">
      {detail.profile && (
        <div className="summary" data-testid="customer-profile">
          <h3>
            Shopper {detail.profile.vip && <span className="badge level-2">VIP</span>}
          </h3>
          <p>
            {detail.profile.name} · {detail.profile.ordersCount} orders · {money(detail.profile.lifetimeSpend)} spent · since {fullTimestamp(detail.profile.since)}
          </p>
          {detail.profile.tags.length > 0 && <p className="muted">{detail.profile.tags.join(', ')}</p>}
        </div>
      )}
      {detail.otherConversations.length > 0 && (
        <div className="summary">
          <h3>Earlier conversations</h3>
          <ul className="order-items">
            {detail.otherConversations.map((c) => (
              <li key={c.id}>
                <a href={conversationPath(c.id)}>{fullTimestamp(c.updatedAt)}</a> <span className="muted">({c.status})</span> {c.lastMessage ?? ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary && summary.intent && (
        <div className="summary" data-testid="handoff-summary">
          <h3>Handoff</h3>
          <p className="headline">{summary.headline}</p>
          <dl>
            <dt>Shopper said</dt>
            <dd>{summary.shopperSaid}</dd>
            {summary.entities.length > 0 && (
              <>
                <dt>Mentioned</dt>
                <dd>{summary.entities.map((e) => `${e.type.replace(/_/g, ' ')}: ${e.value}`).join(' · ')}</dd>
              </>
            )}
            {summary.botTried.length > 0 && (
              <>
                <dt>Bot tried</dt>
                <dd>{summary.botTried.join(' → ')}</dd>
              </>
            )}
            {summary.tags.length > 0 && (
              <>
                <dt>Tags</dt>
                <dd>{summary.tags.join(', ')}</dd>
              </>
            )}
          </dl>
        </div>
      )}
      {detail.orders.map(({ order, shipments, returns, mentioned }) => (
        <div className="order-card" key={order.id} data-testid="order-card">
          <h3>
            Order {order.number} <span className="badge">{order.state.replace(/_/g, ' ')}</span> {mentioned ? null : <span className="badge muted">recent</span>}
          </h3>
          <p className="muted">
            {money(order.total)} · placed {fullTimestamp(order.placedAt)}
            {order.syncedAt ? (
              <span data-testid="order-age" title={`synced from the store ${fullTimestamp(order.syncedAt)}`}>
                {' '}· {storeDataAge(order.syncedAt)}
              </span>
            ) : null}
          </p>
          <ul className="order-items">
            {order.items.map((i) => (
              <li key={i.id}>
                {i.quantity} × {i.title} <span className="muted">({i.sku})</span>
              </li>
            ))}
          </ul>
          {shipments.map((s) => (
            <div key={s.id} className="shipment">
              <p>
                <strong>{s.carrier}</strong> {s.trackingNumber} · {s.status.replace(/_/g, ' ')}
              </p>
              <ol className="timeline">
                {[...s.events].reverse().slice(0, 4).map((e, n) => (
                  <li key={n}>
                    <span className="muted">{fullTimestamp(e.at)}</span> {e.description}
                    {e.location ? <span className="muted"> · {e.location}</span> : null}
                  </li>
                ))}
              </ol>
              {s.events.length > 4 && (
                <a className="muted" href={s.trackingUrl} target="_blank" rel="noreferrer">
                  {s.events.length - 4} earlier events at the carrier
                </a>
              )}
            </div>
          ))}
          <OrderReturns returns={returns ?? []} items={order.items} money={money} />
        </div>
      ))}
      <div className="notes">
        <h3>Internal notes</h3>
        <ul data-testid="notes">
          {detail.notes.map((n) => (
            <li key={n.id} className={`note note-${n.kind}`}>
              <span className="muted">
                {n.authorName} · {n.kind === 'note' ? 'note' : n.kind} · {fullTimestamp(n.createdAt)}
              </span>
              {n.tags.length > 0 && <span className="muted"> · {n.tags.join(', ')}</span>}
              <p>{n.text}</p>
            </li>
          ))}
        </ul>
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor="note-input" className="visually-hidden">
            Internal note
          </label>
          <textarea id="note-input" data-testid="note-input" rows={2} maxLength={4000} placeholder="Note for your team (the shopper never sees it)" value={text} onChange={(e) => setText(e.target.value)} />
          {error && <p className="inline-error">{error}</p>}
          <button type="submit" className="button" data-testid="note-add" disabled={!text.trim()}>
            Add note
          </button>
        </form>
      </div>
    </section>
  );
}
