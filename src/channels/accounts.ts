// Per-tenant channel accounts: created from the merchant's settings (validated by the channel's own
// schemas), secrets sealed before they reach the database, and read back through a short cache so a
// webhook burst costs no query per request.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';
import { channelOf } from './channel-key.js';
import { channelDefinition, channelTypes } from './registry.js';
import type { SecretBox } from '../runtime/secret-box.js';
import { MissingSecretsKeyError } from './secrets-key.js';
import type { Account } from './types.js';

export class AccountError extends Error {
  constructor(readonly code: 'invalid' | 'duplicate' | 'not_found', message: string, readonly details?: { path: string; message: string }[]) {
    super(message);
  }
}

export const newAccountSchema = z
  .object({
    type: z.string().refine((t) => channelTypes().includes(t), { message: `must be one of: ${channelTypes().join(', ')}` }),
    name: z.string().trim().min(1).max(200),
    config: z.record(z.string(), z.unknown()).default({}),
    secrets: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export type NewAccount = z.infer<typeof newAccountSchema>;

export interface AccountView {
  id: string;
  type: string;
  name: string;
  externalId: string;
  channel: string;
  config: unknown;
  status: 'active' | 'disabled';
  createdAt: string;
}

function issues(prefix: string, err: z.ZodError) {
  return err.issues.map((i) => ({ path: [prefix, ...i.path].join('.'), message: i.message }));
}

const sealContext = (tenantId: string, id: string) => `channel-account:${tenantId}:${id}`;

export class ChannelAccounts {
  private readonly cache = new Map<string, { at: number; account: Account | undefined }>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Kysely<Database>, private readonly maybeBox: SecretBox | undefined, private readonly ttlMs = 5_000) {}

  private get box(): SecretBox {
    if (!this.maybeBox) throw new MissingSecretsKeyError();
    return this.maybeBox;
  }

  /** Called after this process creates or disables an account (other replicas notice by polling). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  async create(tenantId: string, input: NewAccount): Promise<{ view: AccountView; generated: Record<string, unknown> }> {
    const def = channelDefinition(input.type)!;
    const config = def.configSchema.safeParse(input.config);
    if (!config.success) throw new AccountError('invalid', 'the account settings are not valid', issues('config', config.error));
    const generated = (def.generatedSecrets?.() ?? {}) as Record<string, unknown>;
    const given = Object.fromEntries(Object.entries(input.secrets).filter(([, v]) => v !== undefined && v !== ''));
    const secrets = def.secretsSchema.safeParse({ ...generated, ...given });
    if (!secrets.success) throw new AccountError('invalid', 'the account secrets are not valid', issues('secrets', secrets.error));
    const externalId = def.externalIdOf(config.data, secrets.data);
    const existing = await this.db.selectFrom('channel_accounts').select('id').where('tenant_id', '=', tenantId).where('type', '=', input.type).where('external_id', '=', externalId).executeTakeFirst();
    if (existing) throw new AccountError('duplicate', `a ${input.type} account ${externalId} already exists (${existing.id})`);
    const id = newId('cha');
    const now = Date.now();
    const row: Database['channel_accounts'] = {
      id,
      tenant_id: tenantId,
      type: input.type,
      name: input.name,
      external_id: externalId,
      config: JSON.stringify(config.data),
      secrets: this.box.seal(JSON.stringify(secrets.data), sealContext(tenantId, id)),
      status: 'active',
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('channel_accounts').values(row).execute();
    for (const l of this.listeners) l();
    const shownGenerated = Object.fromEntries(Object.keys(generated).filter((k) => !(k in given)).map((k) => [k, (secrets.data as Record<string, unknown>)[k]]));
    return { view: toView(row), generated: shownGenerated };
  }

  async list(tenantId: string): Promise<AccountView[]> {
    const rows = await this.db.selectFrom('channel_accounts').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at').execute();
    return rows.map(toView);
  }

  async disable(tenantId: string, id: string): Promise<void> {
    const res = await this.db.updateTable('channel_accounts').set({ status: 'disabled', updated_at: Date.now() }).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AccountError('not_found', `channel account ${id} not found`);
    this.cache.delete(id);
    for (const l of this.listeners) l();
  }

  /** An active account with its secrets opened, or undefined (unknown, disabled, or not that type). */
  async get(id: string): Promise<Account | undefined> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.account;
    const row = await this.db.selectFrom('channel_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    const account = row && row.status === 'active' ? this.open(row) : undefined;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { at: Date.now(), account });
    return account;
  }

  private open(row: Database['channel_accounts']): Account | undefined {
    const def = channelDefinition(row.type);
    if (!def) return undefined;
    const secrets = JSON.parse(this.box.open(row.secrets, sealContext(row.tenant_id, row.id))) as unknown;
    return { id: row.id, tenantId: row.tenant_id, type: row.type, name: row.name, externalId: row.external_id, config: JSON.parse(row.config) as unknown, secrets };
  }
}

function toView(row: Database['channel_accounts']): AccountView {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    externalId: row.external_id,
    channel: channelOf(row),
    config: JSON.parse(row.config) as unknown,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
