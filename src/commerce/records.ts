// Reads and writes normalised store data (orders, shipments, products, articles…) in the local
// commerce cache table. Connectors write here; skills read from here, so the bot answers in
// milliseconds even when the store's own API is slow.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { contactEmail, contactPhone, orderContactColumns } from './order-contacts.js';
import type { Coupon, Customer, KnowledgeArticle, Order, Product, Promotion, PromotionScript, Return, ReturnPolicy, Shipment } from './types.js';

export type RecordKind = 'product' | 'customer' | 'order' | 'shipment' | 'promotion' | 'coupon' | 'return_policy' | 'article' | 'shop' | 'promotion_script' | 'return';

export interface CommerceReader {
  orderByNumber(tenantId: string, number: string): Promise<Order | undefined>;
  shipments(tenantId: string, ids: string[]): Promise<Shipment[]>;
  articles(tenantId: string): Promise<KnowledgeArticle[]>;
  products(tenantId: string): Promise<Product[]>;
  returnPolicy(tenantId: string): Promise<ReturnPolicy | undefined>;
  shipmentByTracking(tenantId: string, trackingNumber: string): Promise<Shipment | undefined>;
  /** A shopper's most recent orders, newest first, found by the e-mail or phone on them. */
  recentOrders(tenantId: string, who: { email?: string; phone?: string }, limit: number): Promise<Order[]>;
  customer(tenantId: string, id: string): Promise<Customer | undefined>;
  /** The shopper's store record (VIP, tags, lifetime spend) by e-mail, case-insensitive. */
  customerByEmail(tenantId: string, email: string): Promise<Customer | undefined>;
  promotions(tenantId: string): Promise<Promotion[]>;
  coupons(tenantId: string): Promise<Coupon[]>;
  /** The merchant's own wording for promotion replies, by scenario and language. */
  promotionScripts(tenantId: string): Promise<PromotionScript[]>;
  /** The returns (RMAs) the store has for one order, newest first. */
  returnsForOrder(tenantId: string, orderId: string): Promise<Return[]>;
}

export interface RecordInput {
  kind: RecordKind;
  id: string;
  lookup?: string | null;
  data: unknown;
}

export async function writeRecords(db: Kysely<Database>, tenantId: string, records: RecordInput[], chunk = 500): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < records.length; i += chunk) {
    const slice = records.slice(i, i + chunk).map((r) => ({
      tenant_id: tenantId,
      kind: r.kind,
      id: r.id,
      lookup: r.lookup ?? null,
      data: JSON.stringify(r.data),
      updated_at: now,
      ...(r.kind === 'order' ? orderContactColumns(r.data as { email?: unknown; phone?: unknown; placedAt?: unknown }) : { contact_email: null, contact_phone: null, placed_at: null }),
    }));
    await db
      .insertInto('commerce_records')
      .values(slice)
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'kind', 'id']).doUpdateSet((eb) => ({
          lookup: eb.ref('excluded.lookup'),
          data: eb.ref('excluded.data'),
          updated_at: eb.ref('excluded.updated_at'),
          contact_email: eb.ref('excluded.contact_email'),
          contact_phone: eb.ref('excluded.contact_phone'),
          placed_at: eb.ref('excluded.placed_at'),
        })),
      )
      .execute();
  }
}

/** Stamps a cached record with when the cache last received it, so agents can see its age. */
function withSyncedAt<T extends { syncedAt?: string }>(record: T, updatedAt: number): T {
  record.syncedAt = new Date(updatedAt).toISOString();
  return record;
}

/** How old a cached record is (ms); undefined for data that did not come from the cache. */
export function cacheAgeMs(record: { syncedAt?: string }, now = Date.now()): number | undefined {
  return record.syncedAt ? Math.max(0, now - Date.parse(record.syncedAt)) : undefined;
}

/** A shopper's orders by one normalised contact, newest first: an index range on both databases (migration 010). */
export function recentOrdersQuery(db: Kysely<Database>, tenantId: string, column: 'contact_email' | 'contact_phone', value: string, limit: number) {
  return db
    .selectFrom('commerce_records')
    .select(['id', 'data', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'order')
    .where(column, '=', value)
    .orderBy('placed_at', 'desc')
    .limit(limit);
}

/** Reads the cache table. Catalog-sized lists (articles, products) are memoised per tenant for a short time. */
export class RecordsReader implements CommerceReader {
  private readonly memo = new Map<string, { at: number; value: unknown }>();

  constructor(private readonly db: Kysely<Database>, private readonly memoMs = 30_000) {}

  async orderByNumber(tenantId: string, number: string): Promise<Order | undefined> {
    const row = await this.db
      .selectFrom('commerce_records')
      .select(['data', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'order')
      .where('lookup', '=', number.toUpperCase())
      .executeTakeFirst();
    return row ? withSyncedAt(JSON.parse(row.data) as Order, row.updated_at) : undefined;
  }

  async shipments(tenantId: string, ids: string[]): Promise<Shipment[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('commerce_records')
      .select(['data', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'shipment')
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => withSyncedAt(JSON.parse(r.data) as Shipment, r.updated_at));
  }

  articles(tenantId: string): Promise<KnowledgeArticle[]> {
    return this.list<KnowledgeArticle>(tenantId, 'article');
  }

  products(tenantId: string): Promise<Product[]> {
    return this.list<Product>(tenantId, 'product');
  }

  async returnPolicy(tenantId: string): Promise<ReturnPolicy | undefined> {
    return (await this.list<ReturnPolicy>(tenantId, 'return_policy'))[0];
  }

  async shipmentByTracking(tenantId: string, trackingNumber: string): Promise<Shipment | undefined> {
    const row = await this.db
      .selectFrom('commerce_records')
      .select('data')
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'shipment')
      .where('lookup', '=', trackingNumber.toUpperCase())
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Shipment) : undefined;
  }

  async recentOrders(tenantId: string, who: { email?: string; phone?: string }, limit: number): Promise<Order[]> {
    // One index range per identity (tenant, kind, contact, placed_at), newest first; merged here.
    const email = who.email ? contactEmail(who.email) : null;
    const phone = who.phone ? contactPhone(who.phone) : null;
    const byContact = (column: 'contact_email' | 'contact_phone', value: string) => recentOrdersQuery(this.db, tenantId, column, value, limit).execute();
    const rows = [...(email ? await byContact('contact_email', email) : []), ...(phone ? await byContact('contact_phone', phone) : [])];
    const seen = new Set<string>();
    return rows
      .filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)))
      .map((r) => withSyncedAt(JSON.parse(r.data) as Order, r.updated_at))
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt))
      .slice(0, limit);
  }

  async customerByEmail(tenantId: string, email: string): Promise<Customer | undefined> {
    const row = await this.db
      .selectFrom('commerce_records')
      .select('data')
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'customer')
      .where('lookup', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Customer) : undefined;
  }

  async customer(tenantId: string, id: string): Promise<Customer | undefined> {
    const row = await this.db
      .selectFrom('commerce_records')
      .select('data')
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'customer')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Customer) : undefined;
  }

  /** Drops this tenant's memoised lists so an admin's edit is read at once here (other replicas: within memoMs). */
  forget(tenantId: string): void {
    for (const k of this.memo.keys()) if (k.startsWith(`${tenantId}:`)) this.memo.delete(k);
  }

  promotions(tenantId: string): Promise<Promotion[]> {
    return this.list<Promotion>(tenantId, 'promotion');
  }

  coupons(tenantId: string): Promise<Coupon[]> {
    return this.list<Coupon>(tenantId, 'coupon');
  }

  promotionScripts(tenantId: string): Promise<PromotionScript[]> {
    return this.list<PromotionScript>(tenantId, 'promotion_script');
  }

  async returnsForOrder(tenantId: string, orderId: string): Promise<Return[]> {
    const rows = await this.db
      .selectFrom('commerce_records')
      .select(['data', 'updated_at'])
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'return')
      .where('lookup', '=', orderId)
      .execute();
    return rows.map((r) => withSyncedAt(JSON.parse(r.data) as Return, r.updated_at)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private async list<T>(tenantId: string, kind: RecordKind): Promise<T[]> {
    const k = `${tenantId}:${kind}`;
    const hit = this.memo.get(k);
    if (hit && Date.now() - hit.at < this.memoMs) return hit.value as T[];
    const rows = await this.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', tenantId).where('kind', '=', kind).execute();
    const value = rows.map((r) => JSON.parse(r.data) as T);
    this.memo.set(k, { at: Date.now(), value });
    return value;
  }
}
