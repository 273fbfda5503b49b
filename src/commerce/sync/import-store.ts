// The initial import: walks every entity kind page by page, writes each page and its cursor in one
// transaction, so an interrupted import (Ctrl-C, crash, store outage) resumes where it stopped.
// A large order book is read through the platform's bulk export instead (one export, streamed),
// which is not resumable: an interrupted bulk import starts its orders over.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { SYNC_KINDS, type StoreConnector, type SyncKind } from '../connectors/connector.js';
import { EMPTY_SYNC_STATE, updateConnection, type KindProgress, type SyncState } from '../connectors/connections.js';
import type { RecordKind } from '../records.js';
import { applyEntities } from './apply-entities.js';

export interface ImportProgress {
  kind: SyncKind;
  /** Records of this kind imported so far (counting earlier, resumed runs). */
  imported: number;
  total?: number;
  /** While the platform's bulk export runs: objects it has written so far (orders, lines, returns). */
  exportedObjects?: number;
}

/** Orders from which `bulk: 'auto'` exports instead of paging (a paged Shopify order costs ~364 points). */
export const BULK_ORDER_THRESHOLD = 2_000;

export interface ImportSummary {
  kinds: Partial<Record<SyncKind, number>>;
  /** Entities written in this run (orders count with their shipments). */
  written: number;
  /** Cached records the store no longer has, removed at the end. */
  removed: number;
  resumed: boolean;
  /** Orders came through the platform's bulk export. */
  bulk: boolean;
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
  /** Called after each committed page and on each poll of a bulk export (the scheduler renews its lease here). */
  onPage?: () => Promise<void>;
  /** 'auto' (default): bulk export when the store has at least `bulkThreshold` orders and the platform offers one. */
  bulk?: 'auto' | 'always' | 'never';
  bulkThreshold?: number;
}

export async function importStore(o: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const resumed = o.state.running && !o.restart;
  const state: SyncState = resumed ? structuredClone(o.state) : { ...structuredClone(EMPTY_SYNC_STATE), running: true, startedAt: started };
  await updateConnection(o.db, o.tenantId, { syncState: state, lastError: null });
  let written = 0;
  let bulk = false;
  for (const kind of SYNC_KINDS.filter((k) => o.connector.kinds.includes(k))) {
    const progress = (state.kinds[kind] ??= { cursor: null, done: false, imported: 0 });
    // A paged order import under way (a saved cursor) resumes by pages.
    if (kind === 'orders' && !progress.done && progress.cursor === null) {
      const total = await bulkOrderTotal(o);
      if (total !== undefined) {
        bulk = true;
        written += await importBulkOrders(o, state, total);
        continue;
      }
    }
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
  return { kinds, written, removed: Number(swept.numDeletedRows), resumed, bulk, ms: Date.now() - started };
}

/** The store's order count when its orders should come through the bulk export; undefined to page. */
async function bulkOrderTotal(o: ImportOptions): Promise<number | undefined> {
  const mode = o.bulk ?? 'auto';
  if (mode === 'never' || !o.connector.bulkOrders || !o.connector.countOrders) return undefined;
  const total = await o.connector.countOrders(o.signal);
  return mode === 'always' || total >= (o.bulkThreshold ?? BULK_ORDER_THRESHOLD) ? total : undefined;
}

async function importBulkOrders(o: ImportOptions, state: SyncState, total: number): Promise<number> {
  const progress: KindProgress = { cursor: null, done: false, imported: 0 };
  state.kinds.orders = progress;
  let written = 0;
  const onObjects = (exportedObjects: number) => {
    o.onProgress?.({ kind: 'orders', imported: 0, total, exportedObjects });
    // The export can run for many minutes without a page to commit: renew the lease on every poll.
    // A failed renewal is not fatal here; the next poll or batch renews again.
    void o.onPage?.().catch(() => undefined);
  };
  for await (const batch of o.connector.bulkOrders!({ onObjects, ...(o.signal ? { signal: o.signal } : {}) })) {
    o.signal?.throwIfAborted();
    await o.db.transaction().execute(async (trx) => {
      written += await applyEntities(trx, o.tenantId, batch.entities, { merge: false });
      progress.imported += batch.orders;
      await updateConnection(trx, o.tenantId, { syncState: state });
    });
    o.onProgress?.({ kind: 'orders', imported: progress.imported, total: Math.max(total, progress.imported) });
    await o.onPage?.();
  }
  progress.done = true;
  await updateConnection(o.db, o.tenantId, { syncState: state });
  return written;
}

function sweptKinds(kinds: readonly SyncKind[]): RecordKind[] {
  const map: Record<SyncKind, RecordKind[]> = { products: ['product'], customers: ['customer'], coupons: ['coupon'], promotions: ['promotion'], orders: ['order', 'shipment', 'return'] };
  return kinds.flatMap((k) => map[k]);
}
