// Keeps every connected store in step in the background: an import for a store that was never fully
// imported (resuming an interrupted one), then a reconciliation every `reconcileMs`. A lease in the
// connection row makes one replica do each tenant's work; a failure is recorded on the connection
// for the status command and retried on the next round. Old webhook receipts are pruned here too.
import type { Kysely } from 'kysely';
import type { Logger } from '../../runtime/logger.js';
import type { Database } from '../../store/schema.js';
import { claimSyncLease, connectedTenants, releaseSyncLease, updateConnection } from '../connectors/connections.js';
import { importStore } from './import-store.js';
import { reconcileStore } from './reconcile-store.js';
import type { TenantConnectors } from './tenant-connectors.js';

/** Store webhook receipts older than this are pruned; platforms retry a delivery for 48 h at most. */
export const RECEIPT_RETENTION_MS = 7 * 24 * 3600_000;

export interface SyncSchedulerOptions {
  reconcileMs: number;
  /** How often the scheduler looks for due work. */
  tickMs?: number;
  leaseMs?: number;
}

export class SyncScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly abort = new AbortController();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly connectors: TenantConnectors,
    private readonly log: Logger,
    private readonly o: SyncSchedulerOptions,
  ) {}

  start(): void {
    const tick = this.o.tickMs ?? Math.min(this.o.reconcileMs, 30_000);
    this.timer = setInterval(() => void this.runOnce(), tick);
    this.timer.unref();
    void this.runOnce();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.abort.abort();
    await this.running;
  }

  /** One round over all connected tenants; overlapping rounds are skipped. */
  runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    for (const tenantId of await connectedTenants(this.db)) {
      if (this.abort.signal.aborted) return;
      await this.syncTenant(tenantId).catch((err: Error) => this.log.error({ err, tenantId }, 'store sync round failed'));
    }
  }

  private async syncTenant(tenantId: string): Promise<void> {
    await this.db.deleteFrom('store_webhook_receipts').where('tenant_id', '=', tenantId).where('received_at', '<', Date.now() - RECEIPT_RETENTION_MS).execute();
    const row = await this.db.selectFrom('store_connections').select(['synced_at', 'reconciled_at', 'lease_until']).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (!row) return;
    const due = row.synced_at === null || Date.now() - (row.reconciled_at ?? 0) >= this.o.reconcileMs;
    if (!due) return;
    const leaseMs = this.o.leaseMs ?? 120_000;
    if (!(await claimSyncLease(this.db, tenantId, leaseMs))) return;
    this.connectors.forget(tenantId);
    try {
      const c = await this.connectors.get(tenantId);
      if (!c) return;
      const signal = this.abort.signal;
      if (row.synced_at === null) {
        const summary = await importStore({
          db: this.db, tenantId, connector: c.connector, state: c.connection.syncState, signal,
          onPage: async () => void (await this.db.updateTable('store_connections').set({ lease_until: Date.now() + leaseMs }).where('tenant_id', '=', tenantId).execute()),
        });
        this.log.info({ tenantId, platform: c.connection.platform, ...summary }, 'store import finished');
      } else {
        const { changed } = await reconcileStore({ db: this.db, tenantId, connector: c.connector, reconciledAt: row.reconciled_at ?? row.synced_at, signal });
        this.log.debug({ tenantId, changed }, 'store reconciled');
      }
    } catch (err) {
      if (this.abort.signal.aborted) return;
      await updateConnection(this.db, tenantId, { lastError: (err as Error).message });
      this.log.warn({ tenantId, err: (err as Error).message }, 'store sync failed; the cache keeps serving and the next round retries');
    } finally {
      await releaseSyncLease(this.db, tenantId);
    }
  }
}
