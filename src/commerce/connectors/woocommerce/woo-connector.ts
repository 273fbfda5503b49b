// WooCommerce through REST API v3: orders (with Shipment Tracking meta and their refunds as returns),
// customers, products with their variations, coupons; page-number pagination; reconciliation by modified_after.
import { z } from 'zod';
import { ConnectorError, type FetchOptions, type Page, type StoreConnector, type StoreEntity, type SyncKind, type WebhookSubscriptions } from '../connector.js';
import { WOO_ORDER_TOPICS } from './woo-webhook.js';
import { mapWooCoupon, mapWooCustomer, mapWooRefund, utcTime, wooRefund, mapWooOrder, mapWooProduct, wooCoupon, wooCustomer, wooOrder, wooProduct, wooVariation } from './map-woo.js';
import type { WooClient } from './woo-client.js';

/** Woo's per_page ceiling. */
const MAX_PER_PAGE = 100;

export class WooConnector implements StoreConnector {
  readonly platform = 'woocommerce' as const;
  readonly kinds: readonly SyncKind[] = ['products', 'customers', 'coupons', 'orders'];
  private currency: string | undefined;

  constructor(private readonly client: WooClient, private readonly pageSize = MAX_PER_PAGE) {}

  private parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const r = schema.safeParse(body);
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw new ConnectorError(`${this.client.label} ${what}: unexpected data at ${i.path.join('.')}: ${i.message}`, 'bad_response');
    }
    return r.data;
  }

  /** The store's currency (products and coupons carry amounts without one). */
  private async storeCurrency(signal?: AbortSignal): Promise<string> {
    if (!this.currency) {
      const res = await this.client.get('settings/general/woocommerce_currency', {}, signal);
      this.currency = this.parse(z.object({ value: z.string().regex(/^[A-Z]{3}$/) }), res.body, 'currency setting').value;
    }
    return this.currency;
  }

  async fetchPage(kind: SyncKind, options: FetchOptions = {}): Promise<Page> {
    const page = options.cursor ? Number(options.cursor) : 1;
    if (!Number.isInteger(page) || page < 1) throw new ConnectorError(`bad WooCommerce cursor ${options.cursor}`, 'bad_response');
    const since = options.updatedSince ? new Date(options.updatedSince).toISOString() : undefined;
    const list = { page, per_page: Math.min(this.pageSize, MAX_PER_PAGE), orderby: 'id', order: 'asc' };
    const dated = since ? { modified_after: since, dates_are_gmt: 'true' } : {};
    const signal = options.signal;
    switch (kind) {
      case 'orders': {
        const res = await this.client.get('orders', { ...list, ...dated }, signal);
        const orders = this.parse(z.array(wooOrder), res.body, 'orders');
        const entities: StoreEntity[] = [];
        for (const o of orders) entities.push(...mapWooOrder(o), ...(await this.refunds(o, signal)));
        return this.page(entities, res);
      }
      case 'customers': {
        // /customers has no modified_after (unknown parameters are ignored): reconciliation walks the
        // pages and keeps the accounts changed since, so a new e-mail or phone reaches the ownership checks.
        const currency = await this.storeCurrency(signal);
        const res = await this.client.get('customers', { ...list, role: 'all' }, signal);
        const customers = this.parse(z.array(wooCustomer), res.body, 'customers')
          .filter((c) => !since || utcTime(c.date_modified_gmt ?? c.date_created_gmt) >= since);
        const page = this.page(customers.map((c) => ({ kind: 'customer', value: mapWooCustomer(c, currency) })), res);
        // The store's total counts every account, not the changed ones: no progress total when reconciling.
        if (since) delete page.total;
        return page;
      }
      case 'products': {
        const currency = await this.storeCurrency(signal);
        const res = await this.client.get('products', { ...list, ...dated, status: 'publish' }, signal);
        const products = this.parse(z.array(wooProduct), res.body, 'products');
        const entities: StoreEntity[] = [];
        for (const p of products) {
          const variations = p.type === 'variable' ? await this.variations(p.id, signal) : [];
          entities.push({ kind: 'product', value: mapWooProduct(p, variations, currency) });
        }
        return this.page(entities, res);
      }
      case 'coupons': {
        const currency = await this.storeCurrency(signal);
        const res = await this.client.get('coupons', { ...list, ...dated }, signal);
        return this.page(this.parse(z.array(wooCoupon), res.body, 'coupons').map((c) => ({ kind: 'coupon', value: mapWooCoupon(c, currency) })), res);
      }
      default:
        throw new ConnectorError(`WooCommerce connector does not import ${kind}`, 'not_found');
    }
  }

  async fetchOrder(number: string, signal?: AbortSignal): Promise<StoreEntity[]> {
    const clean = number.replace(/^#/, '').trim();
    // Order numbers are the order id unless a plugin renumbers them; then search finds them.
    if (/^\d+$/.test(clean)) {
      try {
        const res = await this.client.get(`orders/${clean}`, {}, signal);
        const order = this.parse(wooOrder, res.body, 'order');
        if (order.number === clean) return [...mapWooOrder(order), ...(await this.refunds(order, signal))];
      } catch (err) {
        if (!(err instanceof ConnectorError && err.reason === 'not_found')) throw err;
      }
    }
    const res = await this.client.get('orders', { search: clean, per_page: 20 }, signal);
    const match = this.parse(z.array(wooOrder), res.body, 'orders').find((o) => o.number.toUpperCase() === clean.toUpperCase());
    return match ? [...mapWooOrder(match), ...(await this.refunds(match, signal))] : [];
  }

  /** Creates the order webhooks (needs a Read/Write key); ones already delivering to `url` are kept. */
  async subscribeWebhooks(url: string, secret: string): Promise<WebhookSubscriptions> {
    const out: WebhookSubscriptions = { created: [], existing: [] };
    const existing = this.parse(z.array(z.object({ topic: z.string(), delivery_url: z.string(), status: z.string() })), (await this.client.get('webhooks', { per_page: MAX_PER_PAGE })).body, 'webhooks');
    for (const topic of WOO_ORDER_TOPICS) {
      if (existing.some((w) => w.topic === topic && w.delivery_url === url && w.status === 'active')) {
        out.existing.push(topic);
        continue;
      }
      await this.client.post('webhooks', { name: `Peakdesk ${topic}`, topic, delivery_url: url, secret, status: 'active' });
      out.created.push(topic);
    }
    return out;
  }

  /** An order's refunds as Returns; asked only for orders whose summary lists refunds. */
  private async refunds(order: z.infer<typeof wooOrder>, signal?: AbortSignal): Promise<StoreEntity[]> {
    if (order.refunds.length === 0) return [];
    const res = await this.client.get(`orders/${order.id}/refunds`, { per_page: MAX_PER_PAGE }, signal);
    return this.parse(z.array(wooRefund), res.body, `refunds of order ${order.id}`).map((r) => ({ kind: 'return', value: mapWooRefund(r, order) }));
  }

  private async variations(productId: number, signal?: AbortSignal): Promise<Array<z.infer<typeof wooVariation>>> {
    const out: Array<z.infer<typeof wooVariation>> = [];
    let page: number | null = 1;
    while (page) {
      const res = await this.client.get(`products/${productId}/variations`, { page, per_page: MAX_PER_PAGE }, signal);
      out.push(...this.parse(z.array(wooVariation), res.body, `variations of product ${productId}`));
      page = res.nextPage;
    }
    return out;
  }

  private page(entities: StoreEntity[], res: { nextPage: number | null; total?: number }): Page {
    return { entities, next: res.nextPage ? String(res.nextPage) : null, ...(res.total !== undefined ? { total: res.total } : {}) };
  }
}
