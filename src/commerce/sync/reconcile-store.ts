// Periodic reconciliation: fetches what changed in the store since the last watermark (minus an
// overlap for clock skew and in-flight writes) and merges it into the cache. Webhooks deliver changes
// within seconds; this catches the ones a store failed to deliver.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { SYNC_KINDS, type StoreConnector, type SyncKind } from '../connectors/connector.js';
import { updateConnection } from '../connectors/connections.js';
import { applyEntities } from './apply-entities.js';

/** Re-read this much before the watermark: store clocks and our own start time are not exact. */
export const RECONCILE_OVERLAP_MS = 120_000;

export async function reconcileStore(o: {
  db: Kysely<Database>;
  tenantId: string;
  connector: StoreConnector;
  reconciledAt: number;
  signal?: AbortSignal;
}): Promise<{ changed: Partial<Record<SyncKind, number>> }> {
  const startedAt = Date.now();
  const since = new Date(o.reconciledAt - RECONCILE_OVERLAP_MS).toISOString();
  const changed: Partial<Record<SyncKind, number>> = {};
  for (const kind of SYNC_KINDS.filter((k) => o.connector.kinds.includes(k))) {
    let cursor: string | null = null;
    do {
      const page = await o.connector.fetchPage(kind, { cursor, updatedSince: since, ...(o.signal ? { signal: o.signal } : {}) });
      await applyEntities(o.db, o.tenantId, page.entities, { merge: true });
      changed[kind] = (changed[kind] ?? 0) + page.entities.filter((e) => `${e.kind}s` === kind).length;
      cursor = page.next;
    } while (cursor);
  }
  await updateConnection(o.db, o.tenantId, { reconciledAt: startedAt, lastError: null });
  return { changed };
}
