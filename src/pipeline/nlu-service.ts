// Gives the pipeline an understander per tenant: the tenant's intent model (today the built-in
// e-commerce pack, trained once per pack version and cached in the database) plus the entity
// matcher for its catalog and order-number format.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CommerceReader } from '../commerce/records.js';
import { buildCatalogIndex, createNlu, loadIntentModel, loadIntentPack, ModelRegistry, type IntentModel } from '../nlu/index.js';
import type { Understander } from '../dialog/respond.js';
import type { Logger } from '../runtime/logger.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';

const BUILT_IN = '*';
const REFRESH_MS = 5 * 60_000;

export class NluService {
  private model: IntentModel | undefined;
  private readonly perTenant = new Map<string, { at: number; nlu: Understander }>();
  private readonly building = new Set<string>();
  private readonly registry = new ModelRegistry();

  constructor(
    private readonly deps: { db: Kysely<Database>; log: Logger; reader: CommerceReader; tenants: TenantDirectory },
  ) {}

  get ready(): boolean {
    return this.model !== undefined;
  }

  /** Loads the built-in model from the cache table, or trains it from the pack and caches it. */
  async load(): Promise<void> {
    const examples = loadIntentPack({ split: 'train' });
    const hash = createHash('sha256').update(JSON.stringify(examples)).digest('hex');
    const cached = await this.deps.db
      .selectFrom('nlu_models')
      .select('model')
      .where('tenant_id', '=', BUILT_IN)
      .where('data_hash', '=', hash)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (cached) {
      this.model = loadIntentModel(JSON.parse(cached.model));
      this.deps.log.info({ intents: this.model.intents.length }, 'intent model loaded from cache');
      return;
    }
    const started = Date.now();
    // Trained in a worker thread: the server keeps answering health checks meanwhile.
    const model = await this.registry.trainInBackground(BUILT_IN, examples, { seed: 1 });
    await this.deps.db
      .insertInto('nlu_models')
      .values({ id: newId('mdl'), tenant_id: BUILT_IN, data_hash: hash, model: JSON.stringify(model.toJSON()), created_at: Date.now() })
      .execute();
    this.model = model;
    this.deps.log.info({ examples: examples.length, ms: Date.now() - started }, 'intent model trained from the built-in pack');
  }

  close(): Promise<void> {
    return this.registry.close();
  }

  /** The tenant's understander; built from its catalog in the background, the generic one meanwhile. */
  forTenant(tenantId: string): Understander {
    if (!this.model) throw new Error('the intent model is not loaded yet');
    const hit = this.perTenant.get(tenantId);
    if (!hit || Date.now() - hit.at > REFRESH_MS) void this.build(tenantId);
    return hit?.nlu ?? this.generic();
  }

  private genericNlu: Understander | undefined;
  private generic(): Understander {
    const nlu = this.genericNlu ?? createNlu({ model: this.model! });
    this.genericNlu = nlu;
    return nlu;
  }

  private async build(tenantId: string): Promise<void> {
    if (this.building.has(tenantId)) return;
    this.building.add(tenantId);
    try {
      const [tenant, products] = await Promise.all([this.deps.tenants.get(tenantId), this.deps.reader.products(tenantId)]);
      const pattern = tenant?.shop.orderNumberPattern;
      const nlu = createNlu({
        model: this.model!,
        ...(products.length > 0 ? { catalog: buildCatalogIndex(products) } : {}),
        ...(pattern ? { orderNumberPatterns: [new RegExp(pattern.replace(/^\^|\$$/g, ''), 'i')] } : {}),
        ...(tenant ? { timeZone: tenant.shop.timezone } : {}),
      });
      this.perTenant.set(tenantId, { at: Date.now(), nlu });
    } catch (err) {
      this.deps.log.warn({ err, tenantId }, 'could not build the tenant understander; using the generic one');
    } finally {
      this.building.delete(tenantId);
    }
  }
}
