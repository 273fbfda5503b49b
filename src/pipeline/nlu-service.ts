// Gives the pipeline an understander per tenant: the tenant's deployed intent model (else the built-in
// e-commerce pack model, trained once per pack version and cached in the database) plus the entity
// matcher for its catalog, order-number format and time zone. Deployed models are picked up from the
// database by every replica within a poll interval and swapped in without a restart.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CommerceReader } from '../commerce/records.js';
import { buildCatalogIndex, createNlu, loadIntentModel, loadIntentPack, ModelRegistry, type CatalogIndex, type IntentModel, type LabelledExample } from '../nlu/index.js';
import type { Understander } from '../dialog/respond.js';
import type { Logger } from '../runtime/logger.js';
import type { TenantDirectory } from '../runtime/tenants.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';

export const BUILT_IN_MODEL = '*';
const CONTEXT_REFRESH_MS = 5 * 60_000;

interface TenantContext {
  at: number;
  catalog?: CatalogIndex;
  orderNumberPatterns?: RegExp[];
  timeZone?: string;
}

export class NluService {
  private builtIn: IntentModel | undefined;
  private readonly deployed = new Map<string, { id: string; model: IntentModel }>();
  private readonly contexts = new Map<string, TenantContext>();
  private readonly understanders = new Map<string, { key: string; nlu: Understander }>();
  private readonly building = new Set<string>();
  private readonly registry = new ModelRegistry();
  private pollTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { db: Kysely<Database>; log: Logger; reader: CommerceReader; tenants: TenantDirectory; pollMs?: number },
  ) {}

  get ready(): boolean {
    return this.builtIn !== undefined;
  }

  /** Loads the built-in model (training and caching it on a pack change), then the deployed ones. */
  async load(): Promise<void> {
    const examples = loadIntentPack({ split: 'train' });
    const hash = createHash('sha256').update(JSON.stringify(examples)).digest('hex');
    const cached = await this.deps.db
      .selectFrom('nlu_models')
      .select('model')
      .where('tenant_id', '=', BUILT_IN_MODEL)
      .where('data_hash', '=', hash)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (cached) {
      this.builtIn = loadIntentModel(JSON.parse(cached.model));
      this.deps.log.info({ intents: this.builtIn.intents.length }, 'intent model loaded from cache');
    } else {
      const started = Date.now();
      // Trained on a worker thread: the server keeps answering health checks meanwhile.
      const model = await this.registry.trainInBackground(BUILT_IN_MODEL, examples, { seed: 1 });
      await this.deps.db
        .insertInto('nlu_models')
        .values({ id: newId('mdl'), tenant_id: BUILT_IN_MODEL, data_hash: hash, model: JSON.stringify(model.toJSON()), created_at: Date.now() })
        .execute();
      this.builtIn = model;
      this.deps.log.info({ examples: examples.length, ms: Date.now() - started }, 'intent model trained from the built-in pack');
    }
    await this.refreshDeployed();
    this.pollTimer = setInterval(() => void this.refreshDeployed().catch((err: unknown) => this.deps.log.warn({ err }, 'could not check for new tenant models')), this.deps.pollMs ?? 15_000);
    this.pollTimer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.pollTimer);
    await this.registry.close();
  }

  /**
   * Trains a tenant's model from its own examples plus the built-in pack on the registry's worker
   * thread, stores it for every replica and swaps it in here at once (others within their poll).
   */
  async trainAndDeploy(tenantId: string, own: LabelledExample[]): Promise<{ id: string; examples: number; intents: number; trainSeconds: number }> {
    const examples = [...loadIntentPack({ split: 'train' }), ...own];
    const started = performance.now();
    const model = await this.registry.trainInBackground(tenantId, examples, { seed: 1 });
    const trainSeconds = (performance.now() - started) / 1000;
    const id = newId('mdl');
    const createdAt = Date.now();
    await this.deps.db
      .insertInto('nlu_models')
      .values({ id, tenant_id: tenantId, data_hash: createHash('sha256').update(JSON.stringify(examples)).digest('hex'), model: JSON.stringify(model.toJSON()), created_at: createdAt })
      .execute();
    this.deployed.set(tenantId, { id, model });
    return { id, examples: examples.length, intents: model.intents.length, trainSeconds };
  }

  /** Swaps in every tenant model deployed since the last look (newest row per tenant wins). */
  async refreshDeployed(): Promise<void> {
    const rows = await this.deps.db
      .selectFrom('nlu_models')
      .select(['id', 'tenant_id', 'created_at'])
      .where('tenant_id', '!=', BUILT_IN_MODEL)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const newest = new Map<string, string>();
    for (const r of rows) if (!newest.has(r.tenant_id)) newest.set(r.tenant_id, r.id);
    for (const [tenantId, id] of newest) {
      if (this.deployed.get(tenantId)?.id === id) continue;
      const row = await this.deps.db.selectFrom('nlu_models').select('model').where('id', '=', id).executeTakeFirstOrThrow();
      this.deployed.set(tenantId, { id, model: loadIntentModel(JSON.parse(row.model)) });
      this.deps.log.info({ tenantId, modelId: id }, 'tenant intent model swapped in');
    }
  }

  /** The id of the tenant's deployed model in use here, or BUILT_IN_MODEL. */
  modelIdOf(tenantId: string): string {
    return this.deployed.get(tenantId)?.id ?? BUILT_IN_MODEL;
  }

  /** The tenant's understander; its catalog context is (re)built in the background, the last one serves meanwhile. */
  forTenant(tenantId: string): Understander {
    if (!this.builtIn) throw new Error('the intent model is not loaded yet');
    const ctx = this.contexts.get(tenantId);
    if (!ctx || Date.now() - ctx.at > CONTEXT_REFRESH_MS) void this.buildContext(tenantId);
    const model = this.deployed.get(tenantId);
    const key = `${model?.id ?? BUILT_IN_MODEL}:${ctx?.at ?? 0}`;
    const hit = this.understanders.get(tenantId);
    if (hit?.key === key) return hit.nlu;
    const nlu = createNlu({
      model: model?.model ?? this.builtIn,
      ...(ctx?.catalog ? { catalog: ctx.catalog } : {}),
      ...(ctx?.orderNumberPatterns ? { orderNumberPatterns: ctx.orderNumberPatterns } : {}),
      ...(ctx?.timeZone ? { timeZone: ctx.timeZone } : {}),
    });
    this.understanders.set(tenantId, { key, nlu });
    return nlu;
  }

  private async buildContext(tenantId: string): Promise<void> {
    if (this.building.has(tenantId)) return;
    this.building.add(tenantId);
    try {
      const [tenant, products] = await Promise.all([this.deps.tenants.get(tenantId), this.deps.reader.products(tenantId)]);
      const pattern = tenant?.shop.orderNumberPattern;
      this.contexts.set(tenantId, {
        at: Date.now(),
        ...(products.length > 0 ? { catalog: buildCatalogIndex(products) } : {}),
        ...(pattern ? { orderNumberPatterns: [new RegExp(pattern.replace(/^\^|\$$/g, ''), 'i')] } : {}),
        ...(tenant ? { timeZone: tenant.shop.timezone } : {}),
      });
    } catch (err) {
      this.deps.log.warn({ err, tenantId }, 'could not build the tenant NLU context; the previous one serves');
    } finally {
      this.building.delete(tenantId);
    }
  }
}
