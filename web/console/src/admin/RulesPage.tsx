// Handoff rules: the JSON rule set, validated by the server with the path of the first error. The
// business hours inside it have their own form (BusinessHoursPage).
import { useCallback, useEffect, useState } from 'react';
import type { HandoffApi } from '../api/handoff-api.js';
import { StatusLine, useAdminAction } from './admin-shared.js';

export function RulesPage({ api, editable }: { api: HandoffApi; editable: boolean }) {
  const [rules, setRules] = useState('');
  const reload = useCallback(async () => setRules(JSON.stringify(await api.rules(), null, 2)), [api]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: String(e) }));
  }, [reload, setStatus]);
  return (
    <section>
      <h2>Handoff rules</h2>
      <StatusLine status={status} />
      <p className="muted">Conditions → actions, evaluated in order on every inbound message. See docs/handoff.md for every condition and action.</p>
      <textarea className="code" data-testid="rules-editor" rows={18} value={rules} readOnly={!editable} onChange={(e) => setRules(e.target.value)} spellCheck={false} />
      {editable && (
        <button
          type="button"
          className="button primary"
          data-testid="rules-save"
          onClick={() =>
            void run('Rules', async () => {
              let parsed: unknown;
              try {
                parsed = JSON.parse(rules);
              } catch {
                throw new Error('The rules are not valid JSON.');
              }
              await api.saveRules(parsed);
            })()
          }
        >
          Save rules
        </button>
      )}
    </section>
  );
}
