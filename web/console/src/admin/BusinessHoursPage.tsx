// Business hours as a form (not JSON): the shop's zone, weekly hours and holidays, and each team's
// own hours or "same as the shop". Rules' business_hours conditions read them.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, BusinessHours, HoursSetup } from './admin-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';
import { formatRanges, parseRanges } from './hours-form.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES: Record<(typeof DAYS)[number], string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function HoursEditor({ id, initial, shopTimezone, editable, onSave }: { id: string; initial: BusinessHours; shopTimezone: string; editable: boolean; onSave(h: BusinessHours): Promise<void> }) {
  const [zone, setZone] = useState(initial.timezone ?? '');
  const [days, setDays] = useState(() => Object.fromEntries(DAYS.map((d) => [d, formatRanges(initial.days[d])])) as Record<(typeof DAYS)[number], string>);
  const [holidays, setHolidays] = useState<string[]>(initial.holidays ?? []);
  const [holiday, setHoliday] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const parsed = {} as BusinessHours['days'];
    for (const d of DAYS) {
      const r = parseRanges(days[d]);
      if ('error' in r) throw new Error(`${DAY_NAMES[d]}: ${r.error}`);
      parsed[d] = r.ranges;
    }
    await onSave({ ...(zone ? { timezone: zone } : {}), days: parsed, ...(holidays.length ? { holidays } : {}) });
  };
  return (
    <form
      className="stack-form hours-form"
      data-testid={`hours-${id}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit().then(() => setError(null), (err: unknown) => setError(messageOf(err)));
      }}
    >
      {error && <p className="inline-error">{error}</p>}
      <label>
        Time zone
        <input aria-label="Time zone" list="zones" placeholder={`shop's zone (${shopTimezone})`} value={zone} onChange={(e) => setZone(e.target.value)} readOnly={!editable} />
      </label>
      <table>
        <tbody>
          {DAYS.map((d) => (
            <tr key={d}>
              <th>{DAY_NAMES[d]}</th>
              <td>
                <input aria-label={`${DAY_NAMES[d]} hours`} placeholder="closed" value={days[d]} onChange={(e) => setDays({ ...days, [d]: e.target.value })} readOnly={!editable} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        Holidays (closed all day):{' '}
        {holidays.map((h) => (
          <span key={h} className="tag">
            {h}
            {editable && (
              <button type="button" className="link" aria-label={`Remove holiday ${h}`} onClick={() => setHolidays(holidays.filter((x) => x !== h))}>
                ×
              </button>
            )}
          </span>
        ))}
        {holidays.length === 0 && <span className="muted">none</span>}
      </div>
      {editable && (
        <div className="inline-form">
          <input type="date" aria-label="Holiday date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
          <button type="button" className="button subtle" disabled={!holiday || holidays.includes(holiday)} onClick={() => (setHolidays([...holidays, holiday].sort()), setHoliday(''))}>
            Add holiday
          </button>
          <button type="submit" className="button primary">
            Save hours
          </button>
        </div>
      )}
    </form>
  );
}

export function BusinessHoursPage({ api, editable }: { api: AdminApi; editable: boolean }) {
  const [setup, setSetup] = useState<HoursSetup | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => {
    setSetup(await api.hours());
    setVersion((v) => v + 1);
  }, [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  if (!setup) return <StatusLine status={status} />;
  return (
    <section>
      <h2>Business hours</h2>
      <StatusLine status={status} />
      <p className="muted">Type each day&apos;s hours as 09:00-12:00, 13:00-18:00; leave a day empty when closed. Rules with a “business hours” condition use these.</p>
      <h3>Shop</h3>
      <datalist id="zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <HoursEditor key={`shop${version}`} id="shop" initial={setup.hours} shopTimezone={setup.shopTimezone} editable={editable} onSave={(h) => run('Business hours', () => api.saveShopHours(h))()} />
      {setup.teams.map((t) => (
        <div key={t.id}>
          <h3>
            {t.name} <span className="muted">{t.hours ? 'own hours' : 'same as the shop'}</span>
          </h3>
          {t.hours ? (
            <>
              <HoursEditor key={`${t.id}${version}`} id={t.id} initial={t.hours} shopTimezone={setup.shopTimezone} editable={editable} onSave={(h) => run(`${t.name} hours`, () => api.saveTeamHours(t.id, h))()} />
              {editable && (
                <button type="button" className="button subtle" onClick={() => void run(`${t.name} hours`, () => api.saveTeamHours(t.id, null))()}>
                  Use the shop&apos;s hours
                </button>
              )}
            </>
          ) : (
            editable && (
              <button type="button" className="button subtle" onClick={() => void run(`${t.name} hours`, () => api.saveTeamHours(t.id, setup.hours))()}>
                Give {t.name} its own hours
              </button>
            )
          )}
        </div>
      ))}
    </section>
  );
}
