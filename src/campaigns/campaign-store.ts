// Campaigns per tenant (table campaigns). The window is stored as instants, resolved from the shop's
// wall-clock times when saved; the router asks for the running campaign on every inbound message,
// so the tenant's upcoming and running campaigns are cached a few seconds (a save clears this
// replica's copy at once).
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { newId } from '../runtime/ids.js';
import { NotFound } from '../handoff/team-admin.js';
import { activeCampaign } from './apply-campaign.js';
import { campaignInput, type Campaign, type CampaignDefinition } from './campaign-schema.js';
import { zonedToInstant } from './local-time.js';

export class CampaignStore {
  private readonly cache = new Map<string, { at: number; campaigns: Campaign[] }>();

  constructor(private readonly db: Kysely<Database>, private readonly ttlMs = 5_000) {}

  async list(tenantId: string): Promise<Campaign[]> {
    const rows = await this.db.selectFrom('campaigns').selectAll().where('tenant_id', '=', tenantId).orderBy('starts_at', 'desc').limit(500).execute();
    return rows.map(toCampaign);
  }

  /** The campaign running at `now`, if any. */
  async active(tenantId: string, now: number): Promise<Campaign | undefined> {
    let hit = this.cache.get(tenantId);
    if (!hit || now - hit.at >= this.ttlMs || now < hit.at) {
      // Only campaigns not yet over can be running now or within the cache's lifetime.
      const rows = await this.db.selectFrom('campaigns').selectAll().where('tenant_id', '=', tenantId).where('ends_at', '>', now).execute();
      hit = { at: now, campaigns: rows.map(toCampaign) };
      this.cache.set(tenantId, hit);
    }
    return activeCampaign(hit.campaigns, now);
  }

  /** Creates (no id) or replaces a campaign; times are read on the clocks of `zone`. */
  async save(tenantId: string, input: CampaignDefinition, zone: string, id?: string): Promise<Campaign> {
    const def = campaignInput.parse(input);
    const row = { tenant_id: tenantId, id: id ?? newId('cmp'), name: def.name, starts_at: zonedToInstant(def.startsAt, zone), ends_at: zonedToInstant(def.endsAt, zone), definition: JSON.stringify(def), updated_at: Date.now() };
    if (id) {
      const r = await this.db.updateTable('campaigns').set(row).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new NotFound(`campaign ${id} not found`);
    } else await this.db.insertInto('campaigns').values(row).execute();
    this.cache.delete(tenantId);
    return toCampaign(row);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const r = await this.db.deleteFrom('campaigns').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new NotFound(`campaign ${id} not found`);
    this.cache.delete(tenantId);
  }
}

function toCampaign(row: Database['campaigns']): Campaign {
  return { ...(JSON.parse(row.definition) as CampaignDefinition), id: row.id, startsAtMs: Number(row.starts_at), endsAtMs: Number(row.ends_at) };
}
