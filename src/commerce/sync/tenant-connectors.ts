// The connector of each tenant's store, built from its stored connection and kept for a short while,
// so the read path does not open sealed credentials on every message. A changed connection is
// picked up within the TTL.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { StoreConnector } from '../connectors/connector.js';
import { loadConnection, type StoreConnection } from '../connectors/connections.js';
import { createConnector, type ConnectorOptions } from '../connectors/create-connector.js';
import type { SecretBox } from '../../runtime/secret-box.js';

export class TenantConnectors {
  private readonly cache = new Map<string, { at: number; value: { connection: StoreConnection; connector: StoreConnector } | undefined }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox,
    private readonly options: ConnectorOptions = {},
    private readonly ttlMs = 30_000,
  ) {}

  async get(tenantId: string): Promise<{ connection: StoreConnection; connector: StoreConnector } | undefined> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const connection = await loadConnection(this.db, this.box, tenantId);
    const value = connection ? { connection, connector: createConnector(connection, this.options) } : undefined;
    this.cache.set(tenantId, { at: Date.now(), value });
    return value;
  }

  /** The stored connection changed (connect, disconnect): rebuild on next use. */
  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }
}
