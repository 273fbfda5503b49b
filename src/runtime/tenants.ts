// Tenant lookups the hot path needs on every message (shop profile, webhook target), cached briefly so
// a settings change reaches every replica within seconds without a query per message.
import type { Kysely } from 'kysely';
import type { ShopProfile } from '../commerce/types.js';
import type { Database } from '../store/schema.js';

export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  widgetKey: string;
  webhookUrl: string | null;
  webhookSecret: string;
  shop: ShopProfile;
}

export function defaultShop(name: string, slug: string): ShopProfile {
  return {
    name,
    slug,
    timezone: 'UTC',
    defaultCurrency: 'USD',
    currencies: ['USD'],
    languages: ['en'],
    supportEmail: `support@${slug}.example`,
    orderNumberPattern: '^PD-\\d{6}$',
  };
}

export class TenantDirectory {
  private readonly byId = new Map<string, { at: number; info: TenantInfo | undefined }>();

  constructor(private readonly db: Kysely<Database>, private readonly ttlMs = 5_000) {}

  async get(id: string): Promise<TenantInfo | undefined> {
    const hit = this.byId.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.info;
    const row = await this.db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
    const info = row ? toInfo(row) : undefined;
    this.byId.set(id, { at: Date.now(), info });
    return info;
  }

  async byWidgetKey(key: string): Promise<TenantInfo | undefined> {
    const row = await this.db.selectFrom('tenants').selectAll().where('widget_key', '=', key).executeTakeFirst();
    return row ? toInfo(row) : undefined;
  }

  async bySlug(slug: string): Promise<TenantInfo | undefined> {
    const row = await this.db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? toInfo(row) : undefined;
  }

  invalidate(id: string): void {
    this.byId.delete(id);
  }
}

function toInfo(row: Database['tenants']): TenantInfo {
  const settings = JSON.parse(row.settings) as { shop?: ShopProfile };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    widgetKey: row.widget_key,
    webhookUrl: row.webhook_url,
    webhookSecret: row.webhook_secret,
    shop: settings.shop ?? defaultShop(row.name, row.slug),
  };
}
