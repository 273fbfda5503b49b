// A tenant's handoff rule set: stored as one validated JSON document in handoff_settings, the
// defaults until an admin saves their own. Cached per process for a few seconds because the
// pipeline reads it on every inbound message; a save here clears this replica's copy at once.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DEFAULT_RULE_SET } from './default-rules.js';
import { ruleSetSchema, type RuleSet } from './rule-schema.js';

export class RuleStore {
  private readonly cache = new Map<string, { at: number; set: RuleSet }>();

  constructor(private readonly db: Kysely<Database>, private readonly ttlMs = 5_000) {}

  async get(tenantId: string, now = Date.now()): Promise<RuleSet> {
    const hit = this.cache.get(tenantId);
    if (hit && now - hit.at < this.ttlMs) return hit.set;
    const row = await this.db.selectFrom('handoff_settings').select('rule_set').where('tenant_id', '=', tenantId).executeTakeFirst();
    // A stored set that no longer validates (a schema change) falls back to the defaults rather than
    // silencing every handoff; saving a new one from the console replaces it.
    const parsed = row ? ruleSetSchema.safeParse(JSON.parse(row.rule_set)) : undefined;
    const set = parsed?.success ? parsed.data : DEFAULT_RULE_SET;
    this.cache.set(tenantId, { at: now, set });
    return set;
  }

  /** Validates (throws ZodError) and stores; the caller turns the error into a 400. */
  async save(tenantId: string, input: unknown): Promise<RuleSet> {
    const set = ruleSetSchema.parse(input);
    const now = Date.now();
    await this.db
      .insertInto('handoff_settings')
      .values({ tenant_id: tenantId, rule_set: JSON.stringify(set), updated_at: now })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ rule_set: JSON.stringify(set), updated_at: now }))
      .execute();
    this.cache.delete(tenantId);
    return set;
  }
}
