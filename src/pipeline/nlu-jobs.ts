// Training and cross-validation jobs of a tenant's intent model, started from the admin page and run
// off the request path (worker threads). One row per tenant and kind in nlu_jobs records the latest
// run, so any replica can report it; a run claims the row with a conditional upsert, so two clicks
// (or two replicas) never train at once. A row left 'running' by a crashed process is reclaimed
// once it is older than STALE_MS.
import type { Kysely } from 'kysely';
import type { Database, NluJobTable } from '../store/schema.js';
import type { Logger } from '../runtime/logger.js';
import type { IntentReport } from '../nlu/evaluation/cross-validate.js';
import { crossValidateInWorker } from '../nlu/registry/cross-validate-in-worker.js';
import { Conflict } from '../handoff/team-admin.js';
import type { NluService } from './nlu-service.js';
import { ownExamples } from './training-examples.js';

const STALE_MS = 15 * 60_000;

export type JobKind = NluJobTable['kind'];

export interface JobView {
  kind: JobKind;
  status: NluJobTable['status'];
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: unknown;
}

export class NoExamples extends Error {}

export class NluJobs {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly deps: { db: Kysely<Database>; nlu: NluService; log: Logger }) {}

  async status(tenantId: string): Promise<Partial<Record<JobKind, JobView>>> {
    const rows = await this.deps.db.selectFrom('nlu_jobs').selectAll().where('tenant_id', '=', tenantId).execute();
    return Object.fromEntries(
      rows.map((r) => [
        r.kind,
        { kind: r.kind, status: r.status, startedAt: new Date(r.started_at).toISOString(), finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null, error: r.error, result: r.result ? (JSON.parse(r.result) as unknown) : null },
      ]),
    );
  }

  /** Starts training and deploying the tenant's model; resolves once the job is claimed, not when it ends. */
  async train(tenantId: string): Promise<void> {
    const examples = await ownExamples(this.deps.db, tenantId);
    // With every example removed, retraining still makes sense once a model of the shop's own is
    // deployed: the pack-only model replaces it (newest model wins on every replica).
    const deployed = await this.deps.db.selectFrom('nlu_models').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
    if (examples.length === 0 && !deployed) throw new NoExamples('add at least one training example before retraining');
    await this.claim(tenantId, 'train');
    this.track(tenantId, 'train', () => this.deps.nlu.trainAndDeploy(tenantId, examples));
  }

  /** Starts a k-fold cross-validation of the tenant's examples (each fold also trained with the pack). */
  async evaluate(tenantId: string, folds: number): Promise<void> {
    const examples = await ownExamples(this.deps.db, tenantId);
    if (examples.length < folds) throw new NoExamples(`cross-validation over ${folds} folds needs at least ${folds} examples; there are ${examples.length}`);
    await this.claim(tenantId, 'evaluate');
    this.track(tenantId, 'evaluate', (): Promise<IntentReport> => crossValidateInWorker({ examples, includePack: true, folds }));
  }

  /** Waits for the jobs this process started (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async claim(tenantId: string, kind: JobKind): Promise<void> {
    const now = Date.now();
    const fresh = { status: 'running' as const, result: null, error: null, started_at: now, finished_at: null };
    const r = await this.deps.db
      .insertInto('nlu_jobs')
      .values({ tenant_id: tenantId, kind, ...fresh })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'kind'])
          .doUpdateSet(fresh)
          .where((eb) => eb.or([eb('nlu_jobs.status', '!=', 'running'), eb('nlu_jobs.started_at', '<', now - STALE_MS)])),
      )
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new Conflict(`a ${kind === 'train' ? 'training' : 'cross-validation'} run is already in progress`);
  }

  private track(tenantId: string, kind: JobKind, run: () => Promise<unknown>): void {
    const finish = (values: { status: 'done' | 'failed'; result: string | null; error: string | null }) =>
      this.deps.db.updateTable('nlu_jobs').set({ ...values, finished_at: Date.now() }).where('tenant_id', '=', tenantId).where('kind', '=', kind).execute();
    const p = run()
      .then(
        (result) => finish({ status: 'done', result: JSON.stringify(result), error: null }),
        (err: unknown) => {
          this.deps.log.warn({ err, tenantId, kind }, 'intent model job failed');
          return finish({ status: 'failed', result: null, error: (err as Error).message });
        },
      )
      .then(
        () => undefined,
        (err: unknown) => this.deps.log.error({ err, tenantId, kind }, 'could not record the end of an intent model job'),
      )
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }
}
