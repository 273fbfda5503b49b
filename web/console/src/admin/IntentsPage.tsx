// Intents and training examples: the built-in pack's intents beside the shop's own, the shop's
// examples per intent, retraining (on the server's worker thread; the new model answers as soon as
// it is ready), "try it" (intent distribution, entities, sentiment, language) and the per-intent
// accuracy of a cross-validation over the shop's examples.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, ExampleView, IntentEntry, IntentReport, Jobs, Understanding } from './admin-api.js';
import { messageOf, StatusLine, useAdminAction } from './admin-shared.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function JobLine({ label, job }: { label: string; job: Jobs['train'] }) {
  if (!job) return <span className="muted">{label}: never run</span>;
  const when = new Date(job.finishedAt ?? job.startedAt).toLocaleString();
  return (
    <span data-testid={`job-${label.toLowerCase()}`} data-status={job.status} className={job.status === 'failed' ? 'inline-error' : 'muted'}>
      {label}: {job.status} ({when}){job.error ? ` — ${job.error}` : ''}
    </span>
  );
}

export function IntentsPage({ api, editable }: { api: AdminApi; editable: boolean }) {
  const [intents, setIntents] = useState<IntentEntry[]>([]);
  const [jobs, setJobs] = useState<Jobs>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [examples, setExamples] = useState<ExampleView[]>([]);
  const reload = useCallback(async () => {
    const r = await api.intents();
    setIntents(r.intents);
    setJobs(r.jobs);
    setExamples(await api.examples(selected ?? undefined));
  }, [api, selected]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);

  // While a job runs, follow it until it ends.
  const running = jobs.train?.status === 'running' || jobs.evaluate?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => void reload().catch(() => undefined), 1500);
    return () => clearInterval(t);
  }, [running, reload]);

  const [draft, setDraft] = useState({ intent: '', text: '' });
  const [folds, setFolds] = useState(3);
  const [tryText, setTryText] = useState('');
  const [tried, setTried] = useState<{ understanding: Understanding; modelId: string } | null>(null);
  const report = jobs.evaluate?.status === 'done' ? (jobs.evaluate.result as IntentReport) : null;

  return (
    <>
      <section>
        <h2>Intents</h2>
        <StatusLine status={status} />
        <p className="muted">
          The built-in e-commerce intents and your own. Add examples in the shopper&apos;s words, then retrain: the new model answers without a restart.
        </p>
        <div className="inline-form">
          <JobLine label="Training" job={jobs.train} />
          {editable && (
            <button type="button" className="button primary" data-testid="retrain" disabled={jobs.train?.status === 'running'} onClick={() => void run('Retraining started; the new model answers as soon as it is ready.', () => api.train())()}>
              Retrain model
            </button>
          )}
        </div>
        <table data-testid="intent-table">
          <thead>
            <tr>
              <th>Intent</th>
              <th>Source</th>
              <th>Built-in examples</th>
              <th>Your examples</th>
            </tr>
          </thead>
          <tbody>
            {intents.map((i) => (
              <tr key={i.intent} className={selected === i.intent ? 'selected' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => setSelected(selected === i.intent ? null : i.intent)}>
                    {i.intent}
                  </button>
                </td>
                <td>{i.builtIn ? 'built-in' : 'yours'}</td>
                <td>{i.packExamples}</td>
                <td>{i.ownExamples}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{selected ? `Your examples of ${selected}` : 'All your examples'}</h3>
        <ul className="example-list" data-testid="example-list">
          {examples.map((e) => (
            <li key={e.id}>
              <span className="tag">{e.intent}</span> {e.text}{' '}
              {editable && (
                <button type="button" className="button subtle" aria-label={`Remove example ${e.text}`} onClick={() => void run('Example removed.', () => api.removeExample(e.id))()}>
                  Remove
                </button>
              )}
            </li>
          ))}
          {examples.length === 0 && <li className="muted">No examples yet.</li>}
        </ul>
        {editable && (
          <form className="inline-form" onSubmit={(e) => void run('Example', async () => {
            await api.addExample(draft.intent, draft.text);
            setDraft({ ...draft, text: '' });
          })(e)}>
            <input aria-label="Intent" data-testid="example-intent" list="intent-names" placeholder="intent, e.g. gift_card_balance" required value={draft.intent} onChange={(e) => setDraft({ ...draft, intent: e.target.value })} />
            <datalist id="intent-names">
              {intents.map((i) => (
                <option key={i.intent} value={i.intent} />
              ))}
            </datalist>
            <input aria-label="Example text" data-testid="example-text" placeholder="What a shopper would write" required value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
            <button type="submit" className="button" data-testid="example-add">
              Add example
            </button>
          </form>
        )}
      </section>
      <section>
        <h3>Try it</h3>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            api.tryText(tryText).then(setTried, (err: unknown) => setStatus({ ok: false, text: messageOf(err) }));
          }}
        >
          <input aria-label="Try a message" data-testid="try-text" className="wide" placeholder="Type a shopper message" required value={tryText} onChange={(e) => setTryText(e.target.value)} />
          <button type="submit" className="button" data-testid="try-submit">
            Understand
          </button>
        </form>
        {tried && (
          <div data-testid="try-result" className="try-result">
            <p>
              Intent <strong data-testid="try-intent">{tried.understanding.intent.intent}</strong> ({pct(tried.understanding.intent.confidence)}) · language <strong>{tried.understanding.language}</strong> ({pct(tried.understanding.languageConfidence)}) · sentiment{' '}
              <strong>{tried.understanding.sentiment.label}</strong> (anger {pct(tried.understanding.sentiment.anger)}, urgency {pct(tried.understanding.sentiment.urgency)}) · model <span className="muted">{tried.modelId === '*' ? 'built-in' : tried.modelId}</span>
            </p>
            <table>
              <tbody>
                {tried.understanding.intent.ranking.map((r) => (
                  <tr key={r.intent}>
                    <td>{r.intent}</td>
                    <td className="bar-cell">
                      <span className="bar" style={{ width: pct(r.confidence) }} /> {pct(r.confidence)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              Entities:{' '}
              {tried.understanding.entities.length === 0
                ? 'none'
                : tried.understanding.entities.map((e) => (
                    <span key={`${e.type}${e.start}`} className="tag">
                      {e.type}: {e.value}
                    </span>
                  ))}
            </p>
          </div>
        )}
      </section>
      <section>
        <h3>Accuracy per intent</h3>
        <p className="muted">Cross-validation over your examples: each is classified by a model trained without it (plus the built-in examples).</p>
        <div className="inline-form">
          <JobLine label="Cross-validation" job={jobs.evaluate} />
          {editable && (
            <>
              <select aria-label="Folds" value={folds} onChange={(e) => setFolds(Number(e.target.value))}>
                {[2, 3, 5].map((k) => (
                  <option key={k} value={k}>
                    {k} folds
                  </option>
                ))}
              </select>
              <button type="button" className="button" data-testid="evaluate" disabled={jobs.evaluate?.status === 'running'} onClick={() => void run('Cross-validation started.', () => api.evaluate(folds))()}>
                Run cross-validation
              </button>
            </>
          )}
        </div>
        {report && (
          <>
            <p>
              {report.examples} examples, {report.folds} folds, accuracy {pct(report.accuracy)}.
            </p>
            <table data-testid="accuracy-table">
              <thead>
                <tr>
                  <th>Intent</th>
                  <th>Examples</th>
                  <th>Precision</th>
                  <th>Recall</th>
                  <th>F1</th>
                </tr>
              </thead>
              <tbody>
                {report.intents.map((i) => (
                  <tr key={i.intent} className={i.f1 < 0.6 ? 'weak' : undefined}>
                    <td>{i.intent}</td>
                    <td>{i.support}</td>
                    <td>{pct(i.precision)}</td>
                    <td>{pct(i.recall)}</td>
                    <td>{pct(i.f1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.confusions.length > 0 && (
              <>
                <h4>Confusions</h4>
                <ul>
                  {report.confusions.slice(0, 15).map((c) => (
                    <li key={`${c.intent}>${c.predicted}`}>
                      {c.intent} read as <strong>{c.predicted}</strong> ×{c.count}: <span className="muted">{c.examples.join(' · ')}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
