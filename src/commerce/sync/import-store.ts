// The initial import: walks every entity kind page by page, writes each page and its cursor in one
// transaction, so an interrupted import (Ctrl-C, crash, store outage) resumes where it stopped.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { SYNC_KINDS, type StoreConnector, type SyncKind } from '../connectors/connector.js';
import { EMPTY_SYNC_STATE, updateConnection, type SyncState } from '../connectors/connections.js';
import type { RecordKind } from '../records.js';
import { applyEntities } from './apply-entities.js';

export interface ImportProgress {
  kind: SyncKind;
  /** Records of this kind imported so far (counting earlier, resumed runs). */
  imported: number;
  total?: number;
}

export interface ImportSummary {
  kinds: Partial<Record<SyncKind, number>>;
  /** Entities written in this run (orders count with their shipments). */
  written: number;
  /** Cached records the store no longer has, removed at the end. */
  removed: number;
  resumed: boolean;
  ms: number;
}

export interface ImportOptions {
  db: Kysely<Database>;
  tenantId: string;
  connector: StoreConnector;
  /** The connection's stored state; resumed unless `restart`. */
  state: SyncState;
  restart?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Called after each committed page (the scheduler renews its lease here). */
  onPage?: () => Promise<void>;
}

export async function importStore(o: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const resumed = o.state.running && !o.restart;
  const state: SyncState = resumed ? structuredClone(o.state) : { ...structuredClone(EMPTY_SYNC_STATE), running: true, startedAt: started };
  await updateConnection(o.db, o.tenantId, { syncState: state, lastError: null });
  let written = 0;
  for (const kind of SYNC_KINDS.filter((k) => o.connector.kinds.includes(k))) {
    const progress = (state.kinds[kind] ??= { cursor: null, done: false, imported: 0 });
    while (!progress.done) {
      o.signal?.throwIfAborted();
      const page = await o.connector.fetchPage(kind, { cursor: progress.cursor, ...(o.signal ? { signal: o.signal } : {}) });
      const own = page.entities.filter((e) => `${e.kind}s` === kind).length;
      await o.db.transaction().execute(async (trx) => {
        written += await applyEntities(trx, o.tenantId, page.entities, { merge: false });
        progress.imported += own;
        progress.cursor = page.next;
        progress.done = page.next === null;
        await updateConnection(trx, o.tenantId, { syncState: state });
      });
      o.onProgress?.({ kind, imported: progress.imported, ...(page.total !== undefined ? { total: page.total } : {}) });
      await o.onPage?.();
    }
  }
  // Sweep: records of the imported kinds that this import did not write are gone from the store
  // (or left from an earlier store, such as the demo data) and must not answer shoppers.
  const kindsSwept = sweptKinds(o.connector.kinds);
  const cutoff = state.startedAt ?? started;
  const swept = await o.db.deleteFrom('commerce_records').where('tenant_id', '=', o.tenantId).where('kind', 'in', kindsSwept).where('updated_at', '<', cutoff).executeTakeFirst();
  const finishedState: SyncState = { ...state, running: false };
  // Changes made while the import ran are picked up by the first reconciliation after it.
  await updateConnection(o.db, o.tenantId, { syncState: finishedState, syncedAt: Date.now(), reconciledAt: state.startedAt ?? started });
  const kinds = Object.fromEntries(Object.entries(state.kinds).map(([k, v]) => [k, v.imported]));
  return { kinds, written, removed: Number(swept.numDeletedRows), resumed, ms: Date.now() - started };
}

function sweptKinds(kinds: readonly SyncKind[]): RecordKind[] {
  const map: Record<SyncKind, RecordKind[]> = { products: ['product'], customers: ['customer'], coupons: ['coupon'], promotions: ['promotion'], orders: ['order', 'shipment', 'return'] };
  return kinds.flatMap((k) => map[k]);
}
