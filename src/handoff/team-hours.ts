// Per-team business hours (teams.business_hours, NULL → the shop's hours). Read by the router only
// when a rule's business_hours condition names a team; cached a few seconds like the rule set, and a
// save here clears this replica's copy at once.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { businessHoursSchema, type BusinessHours } from './rule-schema.js';
import { NotFound } from './team-admin.js';

export class TeamHoursStore {
  private readonly cache = new Map<string, { at: number; hours: Record<string, BusinessHours> }>();

  constructor(private readonly db: Kysely<Database>, private readonly ttlMs = 5_000) {}

  async get(tenantId: string, now = Date.now()): Promise<Record<string, BusinessHours>> {
    const hit = this.cache.get(tenantId);
    if (hit && now - hit.at < this.ttlMs) return hit.hours;
    const rows = await this.db.selectFrom('teams').select(['id', 'business_hours']).where('tenant_id', '=', tenantId).where('business_hours', 'is not', null).execute();
    const hours: Record<string, BusinessHours> = {};
    for (const r of rows) {
      const parsed = businessHoursSchema.safeParse(JSON.parse(r.business_hours!));
      if (parsed.success) hours[r.id] = parsed.data;
    }
    this.cache.set(tenantId, { at: now, hours });
    return hours;
  }

  /** Sets (or with null, clears) a team's own hours; validated by the caller. */
  async save(tenantId: string, teamId: string, hours: BusinessHours | null): Promise<void> {
    const r = await this.db.updateTable('teams').set({ business_hours: hours ? JSON.stringify(hours) : null }).where('tenant_id', '=', tenantId).where('id', '=', teamId).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFound(`team ${teamId} not found`);
    this.cache.delete(tenantId);
  }
}
