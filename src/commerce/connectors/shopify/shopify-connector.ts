// Shopify through the Admin GraphQL API: orders (with fulfillments and tracking), customers and
// products (with variants), discount codes as coupons, cursor-paginated by pageInfo.endCursor.
import { z } from 'zod';
import { assembleBulkOrders } from './bulk-orders.js';
import { runBulkQuery, type BulkRunOptions } from './bulk-operation.js';
import { ConnectorError, type BulkOrdersOptions, type FetchOptions, type PlatformReturn, type PlatformReturnInput, type Page, type StoreConnector, type StoreEntity, type SyncKind, type WebhookSubscriptions } from '../connector.js';
import { SHOPIFY_FULFILLMENT_TOPICS, SHOPIFY_ORDER_TOPICS, SHOPIFY_RETURN_TOPICS } from './shopify-webhook.js';
import { automaticNode, mapAutomaticNode, mapCustomerNode, mapDiscountNode, mapOrderNode, mapProductNode, customerNode, discountNode, orderNode, productNode } from './map-graphql.js';
import { BULK_ORDERS_QUERY, COUPONS_QUERY, CUSTOMERS_QUERY, ORDERS_COUNT_QUERY, ORDERS_QUERY, PRODUCTS_QUERY, PROMOTIONS_QUERY, RETURN_CREATE_MUTATION, RETURNABLE_QUERY, SUBSCRIBE_WEBHOOK_MUTATION } from './queries.js';
import { MAX_QUERY_COST, QueryCostError, type ShopifyClient } from './shopify-client.js';

/** The returns skill's reasons as Shopify's ReturnReason enum ('size' does not say too small or too large: OTHER with the note). */
const SHOPIFY_RETURN_REASON: Record<string, string> = { faulty: 'DEFECTIVE', wrong_item: 'WRONG_ITEM', changed_mind: 'UNWANTED' };

/** First page sizes, from the per-node cost of each query; later pages are sized from the answers. */
type ShopifyKind = 'orders' | 'customers' | 'products' | 'coupons' | 'promotions';
const INITIAL_FIRST: Record<ShopifyKind, number> = { orders: 2, customers: 100, products: 5, coupons: 5, promotions: 2 };
/** Aim below the ceiling: costs vary a little with arguments. */
const COST_TARGET = MAX_QUERY_COST * 0.95;

const pageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });
const count = z.object({ count: z.number() }).nullable().optional();
const ordersData = z.object({ orders: z.object({ pageInfo, nodes: z.array(orderNode) }), ordersCount: count });
const customersData = z.object({ customers: z.object({ pageInfo, nodes: z.array(customerNode) }), customersCount: count });
const couponsData = z.object({ codeDiscountNodes: z.object({ pageInfo, nodes: z.array(discountNode) }) });
const promotionsData = z.object({ automaticDiscountNodes: z.object({ pageInfo, nodes: z.array(automaticNode) }) });
const productsData = z.object({ shop: z.object({ currencyCode: z.string() }), products: z.object({ pageInfo, nodes: z.array(productNode) }), productsCount: count });

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ConnectorError(`Shopify ${what}: unexpected data at ${i.path.join('.')}: ${i.message}`, 'bad_response');
  }
  return r.data;
}

/** Shopify search syntax; the timestamp is quoted because it contains colons. */
function sinceQuery(since: string | undefined): string | null {
  return since ? `updated_at:>='${new Date(since).toISOString()}'` : null;
}

export class ShopifyConnector implements StoreConnector {
  readonly platform = 'shopify' as const;
  readonly kinds: readonly SyncKind[] = ['products', 'customers', 'coupons', 'promotions', 'orders'];

  private readonly first: Record<ShopifyKind, number>;

  /** `maxPageSize` caps nodes per page (Shopify allows 250); the query cost usually caps it lower. */
  constructor(
    private readonly client: ShopifyClient,
    private readonly shopUrl: string,
    private readonly maxPageSize = 250,
    /** Poll interval and busy-shop wait of bulk operations (tests shorten them). */
    private readonly bulk: Pick<BulkRunOptions, 'pollMs' | 'busyWaitMs'> = {},
  ) {
    this.first = { orders: Math.min(INITIAL_FIRST.orders, maxPageSize), customers: Math.min(INITIAL_FIRST.customers, maxPageSize), products: Math.min(INITIAL_FIRST.products, maxPageSize), coupons: Math.min(INITIAL_FIRST.coupons, maxPageSize), promotions: Math.min(INITIAL_FIRST.promotions, maxPageSize) };
  }

  async fetchPage(kind: SyncKind, options: FetchOptions = {}): Promise<Page> {
    for (;;) {
      const first = this.first[kind];
      try {
        const page = await this.fetchSized(kind, first, options);
        // Size the next page so its requested cost stays under Shopify's per-query ceiling.
        const cost = this.client.lastRequestedCost;
        if (cost) this.first[kind] = Math.max(1, Math.min(this.maxPageSize, Math.floor((first * COST_TARGET) / cost)));
        return page;
      } catch (err) {
        if (!(err instanceof QueryCostError) || first === 1) throw err;
        this.first[kind] = Math.max(1, Math.floor((first * err.maxCost * 0.95) / err.cost));
      }
    }
  }

  private async fetchSized(kind: ShopifyKind, first: number, options: FetchOptions): Promise<Page> {
    const vars = { first, after: options.cursor ?? null, query: sinceQuery(options.updatedSince) };
    switch (kind) {
      case 'orders': {
        const d = parse(ordersData, await this.client.query(ORDERS_QUERY, vars, options.signal), 'orders');
        return this.page(d.orders.nodes.flatMap(mapOrderNode), d.orders.pageInfo, d.ordersCount?.count);
      }
      case 'customers': {
        const d = parse(customersData, await this.client.query(CUSTOMERS_QUERY, vars, options.signal), 'customers');
        return this.page(d.customers.nodes.map((n) => ({ kind: 'customer', value: mapCustomerNode(n) })), d.customers.pageInfo, d.customersCount?.count);
      }
      case 'products': {
        const d = parse(productsData, await this.client.query(PRODUCTS_QUERY, vars, options.signal), 'products');
        // Drafts and archived products are not for sale; shoppers should not be offered them.
        const live = d.products.nodes.filter((n) => n.status === 'ACTIVE');
        return this.page(live.map((n) => ({ kind: 'product', value: mapProductNode(n, d.shop.currencyCode, this.shopUrl) })), d.products.pageInfo, d.productsCount?.count);
      }
      case 'coupons': {
        const d = parse(couponsData, await this.client.query(COUPONS_QUERY, vars, options.signal), 'discount codes');
        return this.page(d.codeDiscountNodes.nodes.flatMap((n) => mapDiscountNode(n).map((value) => ({ kind: 'coupon' as const, value }))), d.codeDiscountNodes.pageInfo, undefined);
      }
      case 'promotions': {
        const d = parse(promotionsData, await this.client.query(PROMOTIONS_QUERY, vars, options.signal), 'automatic discounts');
        return this.page(d.automaticDiscountNodes.nodes.flatMap((n) => mapAutomaticNode(n).map((value) => ({ kind: 'promotion' as const, value }))), d.automaticDiscountNodes.pageInfo, undefined);
      }
    }
  }

  async countOrders(signal?: AbortSignal): Promise<number> {
    const d = parse(z.object({ ordersCount: z.object({ count: z.number() }) }), await this.client.query(ORDERS_COUNT_QUERY, {}, signal), 'orders count');
    return d.ordersCount.count;
  }

  async *bulkOrders(o: BulkOrdersOptions = {}): AsyncGenerator<{ entities: StoreEntity[]; orders: number }> {
    const rows = runBulkQuery(this.client, this.client.dispatcher, BULK_ORDERS_QUERY, { ...this.bulk, ...o });
    yield* assembleBulkOrders(rows);
  }

  async fetchOrder(number: string, signal?: AbortSignal): Promise<StoreEntity[]> {
    const name = number.startsWith('#') ? number : `#${number}`;
    const query = `name:'${name.replace(/['\\]/g, '')}'`;
    const d = parse(ordersData, await this.client.query(ORDERS_QUERY, { first: 1, after: null, query }, signal), 'order');
    const node = d.orders.nodes.find((n) => n.name.toUpperCase() === name.toUpperCase());
    return node ? mapOrderNode(node) : [];
  }

  /**
   * Files the bot's approved return with returnCreate: each order line is matched to its returnable
   * fulfillment line items first (returnCreate takes those), so an item not yet shipped or already
   * returned is refused here with a reason instead of by Shopify.
   */
  async fileReturn(input: PlatformReturnInput, signal?: AbortSignal): Promise<PlatformReturn> {
    const returnable = z.object({ returnableFulfillments: z.object({ nodes: z.array(z.object({ returnableFulfillmentLineItems: z.object({ nodes: z.array(z.object({ quantity: z.number(), fulfillmentLineItem: z.object({ id: z.string(), lineItem: z.object({ id: z.string() }) }) })) }) })) }) });
    const lines = parse(returnable, await this.client.query(RETURNABLE_QUERY, { orderId: input.orderId }, signal), 'returnable fulfillments').returnableFulfillments.nodes.flatMap((f) => f.returnableFulfillmentLineItems.nodes);
    const returnLineItems = input.items.flatMap((item) => {
      let left = item.quantity;
      const picked: Array<{ fulfillmentLineItemId: string; quantity: number; returnReason: string; returnReasonNote: string }> = [];
      for (const l of lines.filter((x) => x.fulfillmentLineItem.lineItem.id === item.orderItemId)) {
        const q = Math.min(left, l.quantity);
        if (q > 0) picked.push({ fulfillmentLineItemId: l.fulfillmentLineItem.id, quantity: q, returnReason: SHOPIFY_RETURN_REASON[input.reason] ?? 'OTHER', returnReasonNote: input.reason.replace(/_/g, ' ') });
        left -= q;
      }
      if (left > 0) throw new ConnectorError(`Shopify has ${item.quantity - left} of ${item.quantity} returnable for line ${item.orderItemId} (not shipped yet, or already returned)`, 'bad_response');
      return picked;
    });
    const result = z.object({ returnCreate: z.object({ return: z.object({ id: z.string(), name: z.string() }).nullable(), userErrors: z.array(z.object({ message: z.string() })) }) });
    const r = parse(result, await this.client.query(RETURN_CREATE_MUTATION, { returnInput: { orderId: input.orderId, returnLineItems, notifyCustomer: false } }, signal), 'returnCreate').returnCreate;
    if (!r.return) throw new ConnectorError(`Shopify refused the return: ${r.userErrors.map((e) => e.message).join('; ') || 'no reason given'}`, 'bad_response');
    return { id: r.return.id, name: r.return.name };
  }

  /**
   * Subscribes every order, fulfillment and return topic Peakdesk applies. Shopify signs app-created
   * subscriptions with the app's client secret, so `secret` must be that (it is not sent).
   */
  async subscribeWebhooks(url: string): Promise<WebhookSubscriptions> {
    const out: WebhookSubscriptions = { created: [], existing: [] };
    const result = z.object({ webhookSubscriptionCreate: z.object({ webhookSubscription: z.object({ id: z.string() }).nullable(), userErrors: z.array(z.object({ message: z.string() })) }) });
    for (const topic of [...SHOPIFY_ORDER_TOPICS, ...SHOPIFY_FULFILLMENT_TOPICS, ...SHOPIFY_RETURN_TOPICS]) {
      const enumName = topic.replace('/', '_').toUpperCase();
      const r = parse(result, await this.client.query(SUBSCRIBE_WEBHOOK_MUTATION, { topic: enumName, url }), 'webhook subscription').webhookSubscriptionCreate;
      if (r.webhookSubscription) out.created.push(topic);
      else if (r.userErrors.some((e) => /already been taken/i.test(e.message))) out.existing.push(topic);
      else throw new ConnectorError(`Shopify refused the ${topic} webhook: ${r.userErrors.map((e) => e.message).join('; ')}`, 'bad_response');
    }
    return out;
  }

  private page(entities: StoreEntity[], info: z.infer<typeof pageInfo>, total: number | undefined): Page {
    return { entities, next: info.hasNextPage ? info.endCursor : null, ...(total !== undefined ? { total } : {}) };
  }
}
