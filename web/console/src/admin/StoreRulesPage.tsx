// The merchant's own rules the skills apply: return policy, promotions and coupons. Editable on the
// embedded store data; with Shopify or WooCommerce connected they are the store's, shown read-only
// with the age of the last sync.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, Coupon, Promotion, ReturnPolicy, StoreRules } from './admin-api.js';
import { messageOf, splitList, StatusLine, useAdminAction } from './admin-shared.js';
import { fullTimestamp, relativeTime } from '../format/relative-time.js';

const num = (v: string) => (v === '' ? undefined : Number(v));
const money = (amount: string, currency: string) => (amount === '' ? undefined : { amountMinor: Math.round(Number(amount) * 100), currency });
const major = (m?: { amountMinor: number }) => (m ? String(m.amountMinor / 100) : '');
const toLocalInput = (iso: string) => iso.slice(0, 16);
const fromLocalInput = (v: string) => new Date(`${v}:00Z`).toISOString();

function PolicyForm({ policy, editable, onSave }: { policy: ReturnPolicy; editable: boolean; onSave(p: ReturnPolicy): void }) {
  const [p, setP] = useState(policy);
  const [approval, setApproval] = useState(major(policy.manualApprovalAbove));
  const n = (k: 'windowDays' | 'vipWindowDays' | 'exchangeWindowDays' | 'refundDays' | 'restockingFeePercent', label: string) => (
    <label>
      {label}
      <input type="number" min={0} aria-label={label} value={p[k]} readOnly={!editable} onChange={(e) => setP({ ...p, [k]: Number(e.target.value) })} />
    </label>
  );
  return (
    <form className="stack-form" data-testid="policy-form" onSubmit={(e) => (e.preventDefault(), onSave({ ...p, manualApprovalAbove: money(approval, p.manualApprovalAbove.currency) ?? p.manualApprovalAbove }))}>
      <div className="field-grid">
        {n('windowDays', 'Return window (days)')}
        {n('vipWindowDays', 'VIP window (days)')}
        {n('exchangeWindowDays', 'Exchange window (days)')}
        {n('refundDays', 'Refund within (days)')}
        {n('restockingFeePercent', 'Restocking fee (%)')}
        <label>
          A person approves above ({p.manualApprovalAbove.currency})
          <input type="number" min={0} step="0.01" aria-label="Manual approval above" value={approval} readOnly={!editable} onChange={(e) => setApproval(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={p.freeReturnShipping} disabled={!editable} onChange={(e) => setP({ ...p, freeReturnShipping: e.target.checked })} /> Free return shipping
        </label>
        <label>
          Not returnable (categories)
          <input aria-label="Non-returnable categories" value={p.nonReturnableCategories.join(', ')} readOnly={!editable} onChange={(e) => setP({ ...p, nonReturnableCategories: splitList(e.target.value) })} />
        </label>
      </div>
      {Object.entries(p.text).map(([lang, text]) => (
        <label key={lang}>
          Policy text ({lang})
          <textarea rows={3} aria-label={`Policy text ${lang}`} value={text} readOnly={!editable} onChange={(e) => setP({ ...p, text: { ...p.text, [lang]: e.target.value } })} />
        </label>
      ))}
      {editable && (
        <button type="submit" className="button primary">
          Save return policy
        </button>
      )}
    </form>
  );
}

const NEW_COUPON: Coupon = { code: '', kind: 'percent', percentOff: 10, appliesTo: [], excludes: [], stackableWithPromotions: true, stackableWithCoupons: [], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), usageLimitPerCustomer: 1, firstOrderOnly: false, public: false };
const NEW_PROMOTION: Promotion = { id: '', name: { en: '' }, kind: 'percent', percentOff: 10, appliesTo: [], excludes: [], stackableWithCoupons: true, stackableWithPromotions: false, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() };

export function StoreRulesPage({ api, editable: roleEdits }: { api: AdminApi; editable: boolean }) {
  const [rules, setRules] = useState<StoreRules | null>(null);
  const reload = useCallback(async () => setRules(await api.storeRules()), [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [coupon, setCoupon] = useState<Coupon>(NEW_COUPON);
  const [promo, setPromo] = useState<Promotion>(NEW_PROMOTION);
  if (!rules) return <StatusLine status={status} />;
  const editable = roleEdits && rules.source.editable;
  const currency = rules.returnPolicy?.manualApprovalAbove.currency ?? 'USD';
  const window = (w: { startsAt: string; endsAt: string }, set: (v: { startsAt: string; endsAt: string }) => void) => (
    <>
      <label>
        From (UTC)
        <input type="datetime-local" aria-label="Starts at" value={toLocalInput(w.startsAt)} onChange={(e) => set({ ...w, startsAt: fromLocalInput(e.target.value) })} />
      </label>
      <label>
        To (UTC)
        <input type="datetime-local" aria-label="Ends at" value={toLocalInput(w.endsAt)} onChange={(e) => set({ ...w, endsAt: fromLocalInput(e.target.value) })} />
      </label>
    </>
  );
  return (
    <section>
      <h2>Returns &amp; promotions</h2>
      <StatusLine status={status} />
      {!rules.source.editable && (
        <p className="inline-error banner" data-testid="synced-banner">
          These rules come from your {rules.source.platform} store (last sync {rules.source.syncedAt ? `${relativeTime(rules.source.syncedAt, Date.now())} ago, ${fullTimestamp(rules.source.syncedAt)}` : 'pending'}). Change them there; the bot follows the store.
        </p>
      )}
      <h3>Return policy</h3>
      {rules.returnPolicy ? <PolicyForm key={JSON.stringify(rules.returnPolicy)} policy={rules.returnPolicy} editable={editable} onSave={(p) => void run('Return policy', () => api.saveReturnPolicy(p))()} /> : <p className="muted">No return policy yet.</p>}
      <h3>Promotions</h3>
      <table data-testid="promotion-table">
        <thead>
          <tr>
            <th>Id</th>
            <th>Name</th>
            <th>Kind</th>
            <th>Runs</th>
            <th>Stacks</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.promotions.map((p) => (
            <tr key={p.id}>
              <td>{p.id}</td>
              <td>{p.name.en ?? Object.values(p.name)[0]}</td>
              <td>
                {p.kind}
                {p.percentOff !== undefined ? ` ${p.percentOff}%` : ''}
                {p.amountOff ? ` −${major(p.amountOff)} ${p.amountOff.currency}` : ''}
                {p.minSpend ? ` from ${major(p.minSpend)}` : ''}
              </td>
              <td>
                {p.startsAt.slice(0, 16)} → {p.endsAt.slice(0, 16)}
              </td>
              <td>{[p.stackableWithCoupons && 'coupons', p.stackableWithPromotions && 'promotions'].filter(Boolean).join(', ') || 'no'}</td>
              <td>
                {editable && (
                  <>
                    <button type="button" className="button subtle" onClick={() => setPromo(p)}>
                      Edit
                    </button>
                    <button type="button" className="button subtle" aria-label={`Delete promotion ${p.id}`} onClick={() => void run('Promotion deleted.', () => api.deletePromotion(p.id))()}>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <form className="field-grid" onSubmit={(e) => void run('Promotion', () => api.savePromotion(promo))(e)}>
          <label>
            Id
            <input aria-label="Promotion id" required value={promo.id} onChange={(e) => setPromo({ ...promo, id: e.target.value })} />
          </label>
          <label>
            Name (en)
            <input aria-label="Promotion name" required value={promo.name.en ?? ''} onChange={(e) => setPromo({ ...promo, name: { ...promo.name, en: e.target.value } })} />
          </label>
          <label>
            Kind
            <select aria-label="Promotion kind" value={promo.kind} onChange={(e) => setPromo({ ...promo, kind: e.target.value as Promotion['kind'] })}>
              <option value="percent">percent off</option>
              <option value="threshold">spend X, save Y</option>
              <option value="free_shipping">free shipping</option>
              <option value="bundle">buy N get M</option>
            </select>
          </label>
          <label>
            Percent off
            <input type="number" aria-label="Promotion percent off" value={promo.percentOff ?? ''} onChange={(e) => setPromo({ ...promo, percentOff: num(e.target.value) })} />
          </label>
          <label>
            Minimum spend ({currency})
            <input type="number" step="0.01" aria-label="Promotion minimum spend" value={major(promo.minSpend)} onChange={(e) => setPromo({ ...promo, minSpend: money(e.target.value, currency) })} />
          </label>
          <label>
            Amount off ({currency})
            <input type="number" step="0.01" aria-label="Promotion amount off" value={major(promo.amountOff)} onChange={(e) => setPromo({ ...promo, amountOff: money(e.target.value, currency) })} />
          </label>
          <label>
            Buy / get
            <span className="inline-form">
              <input type="number" aria-label="Buy quantity" value={promo.buyQuantity ?? ''} onChange={(e) => setPromo({ ...promo, buyQuantity: num(e.target.value) })} />
              <input type="number" aria-label="Get quantity" value={promo.getQuantity ?? ''} onChange={(e) => setPromo({ ...promo, getQuantity: num(e.target.value) })} />
            </span>
          </label>
          {window(promo, (w) => setPromo({ ...promo, ...w }))}
          <label>
            <input type="checkbox" checked={promo.stackableWithCoupons} onChange={(e) => setPromo({ ...promo, stackableWithCoupons: e.target.checked })} /> stacks with coupons
          </label>
          <label>
            <input type="checkbox" checked={promo.stackableWithPromotions} onChange={(e) => setPromo({ ...promo, stackableWithPromotions: e.target.checked })} /> stacks with promotions
          </label>
          <button type="submit" className="button primary">
            Save promotion
          </button>
        </form>
      )}
      <h3>Coupons</h3>
      <table data-testid="coupon-table">
        <thead>
          <tr>
            <th>Code</th>
            <th>Value</th>
            <th>Valid</th>
            <th>Rules</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.coupons.map((c) => (
            <tr key={c.code}>
              <td>
                <code>{c.code}</code> {c.public ? '' : <span className="muted">private</span>}
              </td>
              <td>{c.kind === 'percent' ? `${c.percentOff}%` : c.kind === 'fixed' ? `${major(c.amountOff)} ${c.amountOff?.currency}` : 'free shipping'}</td>
              <td>
                {c.startsAt.slice(0, 10)} → {c.endsAt.slice(0, 10)}
              </td>
              <td>
                {c.minSpend ? `min ${major(c.minSpend)} · ` : ''}
                {c.firstOrderOnly ? 'first order · ' : ''}
                {c.usageLimitPerCustomer}× per customer
              </td>
              <td>
                {editable && (
                  <>
                    <button type="button" className="button subtle" onClick={() => setCoupon(c)}>
                      Edit
                    </button>
                    <button type="button" className="button subtle" aria-label={`Delete coupon ${c.code}`} onClick={() => void run('Coupon deleted.', () => api.deleteCoupon(c.code))()}>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <form className="field-grid" onSubmit={(e) => void run('Coupon', () => api.saveCoupon(coupon))(e)}>
          <label>
            Code
            <input aria-label="Coupon code" required value={coupon.code} onChange={(e) => setCoupon({ ...coupon, code: e.target.value.toUpperCase() })} />
          </label>
          <label>
            Kind
            <select aria-label="Coupon kind" value={coupon.kind} onChange={(e) => setCoupon({ ...coupon, kind: e.target.value as Coupon['kind'] })}>
              <option value="percent">percent off</option>
              <option value="fixed">amount off</option>
              <option value="free_shipping">free shipping</option>
            </select>
          </label>
          <label>
            Percent off
            <input type="number" aria-label="Coupon percent off" value={coupon.percentOff ?? ''} onChange={(e) => setCoupon({ ...coupon, percentOff: num(e.target.value) })} />
          </label>
          <label>
            Amount off ({currency})
            <input type="number" step="0.01" aria-label="Coupon amount off" value={major(coupon.amountOff)} onChange={(e) => setCoupon({ ...coupon, amountOff: money(e.target.value, currency) })} />
          </label>
          <label>
            Minimum spend ({currency})
            <input type="number" step="0.01" aria-label="Coupon minimum spend" value={major(coupon.minSpend)} onChange={(e) => setCoupon({ ...coupon, minSpend: money(e.target.value, currency) })} />
          </label>
          {window(coupon, (w) => setCoupon({ ...coupon, ...w }))}
          <label>
            Uses per customer
            <input type="number" min={0} aria-label="Uses per customer" value={coupon.usageLimitPerCustomer} onChange={(e) => setCoupon({ ...coupon, usageLimitPerCustomer: Number(e.target.value) })} />
          </label>
          <label>
            <input type="checkbox" checked={coupon.public ?? false} onChange={(e) => setCoupon({ ...coupon, public: e.target.checked })} /> offered by the bot
          </label>
          <label>
            <input type="checkbox" checked={coupon.firstOrderOnly} onChange={(e) => setCoupon({ ...coupon, firstOrderOnly: e.target.checked })} /> first order only
          </label>
          <label>
            <input type="checkbox" checked={coupon.stackableWithPromotions} onChange={(e) => setCoupon({ ...coupon, stackableWithPromotions: e.target.checked })} /> stacks with promotions
          </label>
          <button type="submit" className="button primary">
            Save coupon
          </button>
        </form>
      )}
    </section>
  );
}
