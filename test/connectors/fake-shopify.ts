// A local stand-in for the Shopify Admin GraphQL API on 127.0.0.1: answers the connector's queries
// in Shopify's documented envelope (data, errors, extensions.cost.throttleStatus), paginates with
// opaque cursors (pageInfo.endCursor), spends and refills a cost bucket (THROTTLED when empty),
// checks X-Shopify-Access-Token, and can be told to fail with 429/503 or to hang. Bulk query
// operations (bulkOperationRunQuery, currentBulkOperation, a JSONL result at a signed URL with
// `__parentId` child rows) run over the orders, with the documented failures: one operation per shop,
// FAILED with an error code, CANCELED, and an expired result URL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { minorDigits } from '../../src/commerce/money.js';
import type { DemoStoreData, Order, Return, Shipment } from '../../src/commerce/types.js';

type Node = Record<string, unknown> & { id: string; updatedAt: string };



export interface FakeShopifyOptions {
  token: string;
  bucketMax?: number;
  restoreRate?: number;
}

export class FakeShopify {
  orders: Node[] = [];
  customers: Node[] = [];
  products: Node[] = [];
  discounts: Node[] = [];
  automatic: Node[] = [];
  currency = 'USD';
  /** Answer the next N requests with this status (Retry-After: 0 on 429). */
  failures: number[] = [];
  /** 'hang': accept and never answer; 'down': 503 to everything. */
  mode: 'ok' | 'hang' | 'down' = 'ok';
  requests: Array<{ token: string | undefined; root: string; variables: Record<string, unknown> }> = [];
  throttledCount = 0;
  /** Requested cost per node (tests raise it to provoke MAX_COST_EXCEEDED). */
  nodeCost = { orders: 364, customers: 5, products: 167, codeDiscountNodes: 186, automaticDiscountNodes: 352 };
  /** Webhook subscriptions created with webhookSubscriptionCreate. */
  subscriptions: Array<{ topic: string; callbackUrl: string }> = [];
  /** Bulk operations started, newest last. */
  bulkOps: Array<{ id: string; query: string; status: string; errorCode: string | null; polls: number; rows: number }> = [];
  /** Polls answered RUNNING before an operation completes. */
  bulkRunningPolls = 1;
  /** How the next operations end (FAILED needs an errorCode such as ACCESS_DENIED or INTERNAL_SERVER_ERROR). */
  bulkOutcome: { status: 'COMPLETED' } | { status: 'FAILED'; errorCode: string } | { status: 'CANCELED' } = { status: 'COMPLETED' };
  /** Another app's operation keeps the shop busy for this many more currentBulkOperation polls. */
  bulkBusyPolls = 0;
  /** Answer this many result downloads as an expired signed URL. */
  bulkExpiredDownloads = 0;
  bulkDownloads = 0;
  /** Returns filed with returnCreate (the input as sent). */
  createdReturns: Array<{ id: string; orderId: string; returnLineItems: Array<{ fulfillmentLineItemId: string; quantity: number; returnReason: string }> }> = [];
  /** Answer returnCreate with this user error instead of filing. */
  returnCreateError: string | null = null;
  /** Every request that reached the server, failed or not. */
  hits = 0;
  private bucket: number;
  private refilledAt = Date.now();
  private server!: Server;
  private readonly hanging = new Set<ServerResponse>();
  url = '';

  constructor(private readonly o: FakeShopifyOptions) {
    this.bucket = o.bucketMax ?? 1000;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    const a = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${a.port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.hits++;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (this.mode === 'hang') {
      this.hanging.add(res);
      return;
    }
    const fail = this.mode === 'down' ? 503 : this.failures.shift();
    if (fail) {
      res.writeHead(fail, { 'content-type': 'application/json', ...(fail === 429 ? { 'retry-after': '0' } : {}) });
      return void res.end(JSON.stringify({ errors: fail === 429 ? 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' : 'Service Unavailable' }));
    }
    const download = /^\/bulk-results\/(\d+)\.jsonl/.exec(req.url ?? '');
    if (req.method === 'GET' && download) return this.serveBulkResult(res, Number(download[1]));
    if (req.method !== 'POST' || !/^\/admin\/api\/\d{4}-\d{2}\/graphql\.json$/.test(req.url ?? '')) return this.json(res, 404, { errors: 'Not Found' });
    const token = req.headers['x-shopify-access-token'] as string | undefined;
    const { query, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
    const root = /\bautomaticDiscountNodes\(/.test(query) ? 'automaticDiscountNodes' : /\bcodeDiscountNodes\(/.test(query) ? 'codeDiscountNodes' : /\borders\(/.test(query) ? 'orders' : /\bordersCount\(/.test(query) ? 'ordersCount' : /\bcustomers\(/.test(query) ? 'customers' : /\bproducts\(/.test(query) ? 'products' : 'unknown';
    this.requests.push({ token, root, variables });
    if (token !== this.o.token) return this.json(res, 401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    if (/\bwebhookSubscriptionCreate\(/.test(query)) {
      const topic = String(variables.topic);
      const callbackUrl = String(variables.url);
      const cost = { requestedQueryCost: 10, actualQueryCost: 10, throttleStatus: { maximumAvailable: this.o.bucketMax ?? 1000, currentlyAvailable: Math.floor(this.bucket), restoreRate: this.o.restoreRate ?? 50 } };
      if (this.subscriptions.some((x) => x.topic === topic && x.callbackUrl === callbackUrl)) {
        return this.json(res, 200, { data: { webhookSubscriptionCreate: { webhookSubscription: null, userErrors: [{ field: ['webhookSubscription', 'callbackUrl'], message: 'Address for this topic has already been taken' }] } }, extensions: { cost } });
      }
      this.subscriptions.push({ topic, callbackUrl });
      return this.json(res, 200, { data: { webhookSubscriptionCreate: { webhookSubscription: { id: gid('WebhookSubscription', `${topic}-${callbackUrl}`), topic }, userErrors: [] } }, extensions: { cost } });
    }
    if (/\bbulkOperationRunQuery\(/.test(query)) return this.json(res, 200, { data: { bulkOperationRunQuery: this.runBulk(String(variables.query ?? '')) }, extensions: { cost: this.flatCost(10) } });
    if (/\bcurrentBulkOperation\b/.test(query)) return this.json(res, 200, { data: { currentBulkOperation: this.pollBulk() }, extensions: { cost: this.flatCost(1) } });
    if (/\breturnableFulfillments\(/.test(query)) return this.json(res, 200, { data: { returnableFulfillments: { nodes: this.returnable(String(variables.orderId)) } }, extensions: { cost: this.flatCost(20) } });
    if (/\breturnCreate\(/.test(query)) return this.json(res, 200, { data: { returnCreate: this.createReturn(variables.returnInput as { orderId: string; returnLineItems: Array<{ fulfillmentLineItemId: string; quantity: number; returnReason: string }> }) }, extensions: { cost: this.flatCost(10) } });
    if (root === 'ordersCount') return this.json(res, 200, { data: { ordersCount: { count: this.orders.length, precision: 'EXACT' } }, extensions: { cost: this.flatCost(1) } });
    if (root === 'unknown') return this.json(res, 200, { errors: [{ message: 'Field does not exist', extensions: { code: 'undefinedField' } }] });

    const first = Number(variables.first ?? 50);
    // Requested cost per node of the connector's queries by Shopify's rules (objects 1, connections
    // 2 + first × node): an order with its nested lines, fulfillments and returns ~364, a product ~155.
    const cost = 2 + first * this.nodeCost[root as keyof FakeShopify['nodeCost']];
    if (cost > 1000) {
      return this.json(res, 200, {
        errors: [{ message: `Query cost is ${cost}, which exceeds the single query max cost limit (1000).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information.`, extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: 1000 } }],
      });
    }
    const max = this.o.bucketMax ?? 1000;
    const rate = this.o.restoreRate ?? 50;
    const now = Date.now();
    this.bucket = Math.min(max, this.bucket + ((now - this.refilledAt) / 1000) * rate);
    this.refilledAt = now;
    const throttleStatus = () => ({ maximumAvailable: max, currentlyAvailable: Math.floor(this.bucket), restoreRate: rate });
    if (this.bucket < cost) {
      this.throttledCount++;
      return this.json(res, 200, {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
        extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: throttleStatus() } },
      });
    }
    this.bucket -= cost;

    const all = root === 'orders' ? this.orders : root === 'customers' ? this.customers : root === 'products' ? this.products : root === 'automaticDiscountNodes' ? this.automatic : this.discounts;
    const filtered = this.sorted(all, typeof variables.query === 'string' ? variables.query : null);
    const start = variables.after ? Number(Buffer.from(String(variables.after), 'base64').toString().replace('cursor:', '')) : 0;
    const nodes = filtered.slice(start, start + first);
    const hasNextPage = start + first < filtered.length;
    const data: Record<string, unknown> = {
      [root]: { pageInfo: { hasNextPage, endCursor: nodes.length ? Buffer.from(`cursor:${start + nodes.length}`).toString('base64') : null }, nodes },
    };
    if (root !== 'codeDiscountNodes' && root !== 'automaticDiscountNodes') data[`${root}Count`] = { count: filtered.length, precision: 'EXACT' };
    if (root === 'products') data.shop = { currencyCode: this.currency };
    this.json(res, 200, { data, extensions: { cost: { requestedQueryCost: cost, actualQueryCost: cost, throttleStatus: throttleStatus() } } });
  }

  /** Fulfilled quantities per fulfillment line item, less what returns already claimed. */
  private returnable(orderId: string): Array<Record<string, unknown>> {
    const order = this.orders.find((o) => o.id === orderId);
    if (!order) return [];
    const claimed = new Map<string, number>();
    for (const r of this.createdReturns) for (const li of r.returnLineItems) claimed.set(li.fulfillmentLineItemId, (claimed.get(li.fulfillmentLineItemId) ?? 0) + li.quantity);
    return (order.fulfillments as Array<{ id: string; fulfillmentLineItems: { nodes: Array<{ lineItem: { id: string }; quantity: number }> } }>).map((f) => ({
      returnableFulfillmentLineItems: {
        nodes: f.fulfillmentLineItems.nodes
          .map((fl) => ({ id: `${f.id.replace('/Fulfillment/', '/FulfillmentLineItem/')}${fl.lineItem.id.split('/').at(-1)}`, fl }))
          .map(({ id, fl }) => ({ quantity: fl.quantity - (claimed.get(id) ?? 0), fulfillmentLineItem: { id, lineItem: { id: fl.lineItem.id } } }))
          .filter((x) => x.quantity > 0),
      },
    }));
  }

  private createReturn(input: { orderId: string; returnLineItems: Array<{ fulfillmentLineItemId: string; quantity: number; returnReason: string }> }): Record<string, unknown> {
    const reasons = ['COLOR', 'DEFECTIVE', 'NOT_AS_DESCRIBED', 'OTHER', 'SIZE_TOO_LARGE', 'SIZE_TOO_SMALL', 'STYLE', 'UNKNOWN', 'UNWANTED', 'WRONG_ITEM'];
    if (this.returnCreateError) return { return: null, userErrors: [{ field: ['returnInput'], message: this.returnCreateError, code: 'INVALID' }] };
    const order = this.orders.find((o) => o.id === input.orderId);
    if (!order) return { return: null, userErrors: [{ field: ['returnInput', 'orderId'], message: 'Order does not exist.', code: 'NOT_FOUND' }] };
    const open = new Map(this.returnable(input.orderId).flatMap((f) => (f.returnableFulfillmentLineItems as { nodes: Array<{ quantity: number; fulfillmentLineItem: { id: string } }> }).nodes).map((n) => [n.fulfillmentLineItem.id, n.quantity]));
    for (const li of input.returnLineItems) {
      if (!reasons.includes(li.returnReason)) return { return: null, userErrors: [{ field: ['returnInput', 'returnLineItems', 'returnReason'], message: `Invalid return reason ${li.returnReason}.`, code: 'INVALID' }] };
      if ((open.get(li.fulfillmentLineItemId) ?? 0) < li.quantity) return { return: null, userErrors: [{ field: ['returnInput', 'returnLineItems', 'quantity'], message: 'Quantity is not returnable.', code: 'INVALID' }] };
    }
    const returns = ((order.returns as { nodes: unknown[] } | undefined) ??= { nodes: [] }) as { nodes: unknown[] };
    const created = { id: gid('Return', `created-${this.createdReturns.length + 1}`), orderId: input.orderId, returnLineItems: input.returnLineItems };
    this.createdReturns.push(created);
    const name = `${String(order.name)}-R${returns.nodes.length + 1}`;
    returns.nodes.push({ id: created.id, name, status: 'OPEN', createdAt: new Date().toISOString(), closedAt: null, requestApprovedAt: new Date().toISOString(), decline: null, returnLineItems: { nodes: [] }, reverseFulfillmentOrders: { nodes: [] }, refunds: { nodes: [] } });
    return { return: { id: created.id, name, status: 'OPEN' }, userErrors: [] };
  }

  private flatCost(points: number) {
    return { requestedQueryCost: points, actualQueryCost: points, throttleStatus: { maximumAvailable: this.o.bucketMax ?? 1000, currentlyAvailable: Math.floor(this.bucket), restoreRate: this.o.restoreRate ?? 50 } };
  }

  /** bulkOperationRunQuery: refused while another operation runs, or when the query breaks the documented limits. */
  private runBulk(query: string): Record<string, unknown> {
    const busy = this.bulkBusyPolls > 0 || this.bulkOps.some((op) => op.status === 'CREATED' || op.status === 'RUNNING');
    if (busy) return { bulkOperation: null, userErrors: [{ field: null, message: `A bulk query operation for this app and shop is already in progress: ${this.bulkOps.at(-1)?.id ?? gid('BulkOperation', 'other-app')}.` }] };
    const connections = (query.match(/\bedges\s*\{/g) ?? []).length;
    if (connections === 0) return { bulkOperation: null, userErrors: [{ field: ['query'], message: 'Bulk queries must contain at least one connection.' }] };
    if (connections > 5) return { bulkOperation: null, userErrors: [{ field: ['query'], message: 'Bulk queries cannot contain more than 5 connections.' }] };
    if (!/^\s*\{\s*orders\b/.test(query)) return { bulkOperation: null, userErrors: [{ field: ['query'], message: 'This fake runs bulk queries over orders only.' }] };
    const op = { id: gid('BulkOperation', String(this.bulkOps.length + 1)), query, status: 'CREATED', errorCode: null, polls: 0, rows: 0 };
    this.bulkOps.push(op);
    return { bulkOperation: { id: op.id, status: op.status }, userErrors: [] };
  }

  private pollBulk(): Record<string, unknown> | null {
    if (this.bulkBusyPolls > 0) {
      this.bulkBusyPolls--;
      return { id: gid('BulkOperation', 'other-app'), status: 'RUNNING', errorCode: null, objectCount: '1200', url: null, partialDataUrl: null, query: '{ products { edges { node { id } } } }' };
    }
    const op = this.bulkOps.at(-1);
    if (!op) return null;
    const all = this.bulkRowCount();
    if (op.status === 'CREATED' || op.status === 'RUNNING') {
      op.polls++;
      if (op.polls > this.bulkRunningPolls) {
        op.status = this.bulkOutcome.status;
        op.errorCode = this.bulkOutcome.status === 'FAILED' ? this.bulkOutcome.errorCode : null;
        op.rows = op.status === 'COMPLETED' ? all : Math.floor(all / 3);
      } else {
        op.status = 'RUNNING';
        op.rows = Math.floor((all * op.polls) / (this.bulkRunningPolls + 1));
      }
    }
    const n = this.bulkOps.indexOf(op) + 1;
    const url = op.status === 'COMPLETED' && op.rows > 0 ? `${this.url}/bulk-results/${n}.jsonl?X-Goog-Expires=604800&X-Goog-Signature=${'ab'.repeat(16)}` : null;
    return { id: op.id, status: op.status, errorCode: op.errorCode, objectCount: String(op.rows), url, partialDataUrl: op.status === 'FAILED' && op.rows > 0 ? url : null, query: op.query };
  }

  private bulkRowCount(): number {
    return this.orders.reduce((n, o) => n + 1 + ((o.lineItems as { nodes: unknown[] }).nodes.length) + ((o.returns as { nodes: unknown[] } | undefined)?.nodes.length ?? 0), 0);
  }

  /** The JSONL file as Google Cloud Storage serves it: one object per line, children after their order. */
  private async serveBulkResult(res: ServerResponse, n: number): Promise<void> {
    this.bulkDownloads++;
    if (!this.bulkOps[n - 1] || this.bulkOps[n - 1]!.status !== 'COMPLETED') return void res.writeHead(404).end();
    if (this.bulkExpiredDownloads > 0) {
      this.bulkExpiredDownloads--;
      res.writeHead(400, { 'content-type': 'application/xml; charset=UTF-8' });
      return void res.end("<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Details>Request signature expired at: 2026-12-01T00:00:00+00:00</Details></Error>");
    }
    res.writeHead(200, { 'content-type': 'application/jsonl' });
    let chunk = '';
    for (const order of this.sorted(this.orders, null)) {
      const { lineItems, returns, fulfillments, ...scalars } = order as Node & { lineItems: { nodes: Array<Record<string, unknown>> }; returns?: { nodes: Array<Record<string, unknown>> }; fulfillments: Array<Record<string, unknown>> };
      // Connections inside a list (fulfillment events and line items) cannot be bulk-queried.
      const row = { ...scalars, fulfillments: fulfillments.map(({ events: _e, fulfillmentLineItems: _f, ...f }) => f) };
      chunk += JSON.stringify(row) + '\n';
      for (const li of lineItems.nodes) chunk += JSON.stringify({ ...li, __parentId: order.id }) + '\n';
      for (const r of returns?.nodes ?? []) chunk += JSON.stringify({ id: r.id, name: r.name, status: r.status, createdAt: r.createdAt, closedAt: r.closedAt, requestApprovedAt: r.requestApprovedAt, decline: r.decline, __parentId: order.id }) + '\n';
      if (chunk.length > 64 * 1024) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
        chunk = '';
      }
    }
    res.end(chunk);
  }

  private readonly sortCache = new WeakMap<Node[], { length: number; nodes: Node[] }>();

  /** Nodes matching the query in (updatedAt, id) order; the unfiltered order is cached per array. */
  private sorted(all: Node[], query: string | null): Node[] {
    const cmp = (a: Node, b: Node) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (query) return filterNodes(all, query).sort(cmp);
    const hit = this.sortCache.get(all);
    if (hit && hit.length === all.length) return hit.nodes;
    const nodes = [...all].sort(cmp);
    this.sortCache.set(all, { length: all.length, nodes });
    return nodes;
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}

function filterNodes(nodes: Node[], query: string | null): Node[] {
  if (!query) return [...nodes];
  const since = /updated_at:>='([^']+)'/.exec(query);
  if (since) return nodes.filter((n) => n.updatedAt >= since[1]!);
  const name = /name:'([^']+)'/.exec(query);
  if (name) return nodes.filter((n) => String(n.name).toUpperCase() === name[1]!.toUpperCase());
  return [...nodes];
}

const money = (amountMinor: number, currency: string) => ({ presentmentMoney: { amount: (amountMinor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency)), currencyCode: currency } });
const numericIds = new Map<string, number>();
/** Shopify's global id for one of our ids: a stable small number per (type, id), like Shopify's own. */
export function gid(type: string, id: string): string {
  const key = `${type}/${id}`;
  let n = numericIds.get(key);
  if (n === undefined) numericIds.set(key, (n = 5_000_000_000_000 + numericIds.size));
  return `gid://shopify/${type}/${n}`;
}

/** n items evenly spread over the list (the demo's orders are oldest first: this mixes every state). */
export function spread<T>(list: T[], n: number): T[] {
  if (n >= list.length) return [...list];
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]!);
}

/** The demo store in Shopify's GraphQL shapes: a spread of orders over the whole
 * history named #1001… (see spread()), fulfillments with tracking. */
/** A demo scope (categories, product ids) as Shopify discount items: products by id, categories as collections of that handle. */
function discountItems(scope: string[], data: DemoStoreData): Record<string, unknown> {
  if (scope.length === 0) return { __typename: 'AllDiscountItems' };
  const products = scope.filter((x) => data.products.some((p) => p.id === x));
  if (products.length > 0) return { __typename: 'DiscountProducts', products: { nodes: products.map((id) => ({ id: gid('Product', id) })) }, productVariants: { nodes: [] } };
  return { __typename: 'DiscountCollections', collections: { nodes: scope.map((handle) => ({ handle })) } };
}

const moneyV2 = (m: { amountMinor: number; currency: string }) => ({ amount: (m.amountMinor / 10 ** minorDigits(m.currency)).toFixed(minorDigits(m.currency)), currencyCode: m.currency });

/** Demo promotions as Shopify automatic discounts (Basic, Bxgy "get Y free", FreeShipping). */
export function shopifyAutomaticFromDemo(data: DemoStoreData): Node[] {
  return data.promotions.map((p) => {
    const common = { title: p.name.en ?? p.id, startsAt: p.startsAt, endsAt: p.endsAt, updatedAt: p.startsAt, combinesWith: { orderDiscounts: p.stackableWithCoupons, productDiscounts: p.stackableWithPromotions, shippingDiscounts: true } };
    const min = p.minSpend && p.minSpend.amountMinor > 0 ? { __typename: 'DiscountMinimumSubtotal', greaterThanOrEqualToSubtotal: moneyV2(p.minSpend) } : null;
    const items = discountItems(p.appliesTo, data);
    const automaticDiscount =
      p.kind === 'free_shipping' ? { __typename: 'DiscountAutomaticFreeShipping', ...common, minimumRequirement: min }
      : p.kind === 'bundle' ? { __typename: 'DiscountAutomaticBxgy', ...common, customerBuys: { value: { __typename: 'DiscountQuantity', quantity: String(p.buyQuantity) }, items }, customerGets: { value: { __typename: 'DiscountOnQuantity', quantity: { quantity: String(p.getQuantity) }, effect: { __typename: 'DiscountPercentage', percentage: 1 } }, items } }
      : { __typename: 'DiscountAutomaticBasic', ...common, minimumRequirement: min, customerGets: { value: p.kind === 'percent' ? { __typename: 'DiscountPercentage', percentage: (p.percentOff ?? 0) / 100 } : { __typename: 'DiscountAmount', amount: moneyV2(p.amountOff!) }, items } };
    return { id: gid('DiscountAutomaticNode', p.id), updatedAt: p.startsAt, automaticDiscount };
  });
}

export function shopifyNodesFromDemo(data: DemoStoreData, limit = { orders: 200, customers: 200, products: 100 }, opts: { keepNumbers?: boolean } = {}): { orders: Node[]; customers: Node[]; products: Node[]; discounts: Node[]; automatic: Node[] } {
  const shipments = new Map(data.shipments.map((s) => [s.id, s]));
  // keepNumbers: the shop set an order-name prefix, so names match the demo's PD-123456 numbers.
  const orders = spread(data.orders, limit.orders).map((o, i) => {
    const name = opts.keepNumbers ? o.number : `#${1001 + i}`;
    return shopifyOrderNode(o, o.shipmentIds.map((id) => shipments.get(id)!).filter(Boolean), name, (data.returns ?? []).filter((r) => r.orderId === o.id));
  });
  const customers = data.customers.slice(0, limit.customers).map((c) => ({
    id: gid('Customer', c.id),
    displayName: c.name,
    locale: c.locale,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
    tags: c.tags,
    numberOfOrders: String(c.ordersCount),
    defaultEmailAddress: { emailAddress: c.email },
    defaultPhoneNumber: { phoneNumber: c.phone },
    amountSpent: { amount: (c.lifetimeSpend.amountMinor / 100).toFixed(2), currencyCode: 'USD' },
    defaultAddress: { countryCodeV2: c.country },
  }));
  const products = data.products.slice(0, limit.products).map((p) => ({
    id: gid('Product', p.id),
    handle: p.handle,
    title: p.title.en ?? p.handle,
    description: p.description.en ?? '',
    productType: p.category,
    vendor: p.brand,
    tags: p.tags,
    status: 'ACTIVE',
    onlineStoreUrl: `https://demo.myshopify.com/products/${p.handle}`,
    updatedAt: '2026-11-01T00:00:00Z',
    options: p.optionNames.map((name) => ({ name })),
    collections: { nodes: [{ handle: p.category }] },
    variants: { nodes: p.variants.map((v) => ({ id: gid('ProductVariant', v.id), sku: v.sku, price: (v.price.amountMinor / 100).toFixed(2), inventoryQuantity: v.stock, selectedOptions: Object.entries(v.options).map(([name, value]) => ({ name, value })) })) },
  }));
  const discounts = data.coupons.map((c) => {
    const common = {
      title: c.code, startsAt: c.startsAt, endsAt: c.endsAt, appliesOncePerCustomer: c.usageLimitPerCustomer === 1, updatedAt: c.startsAt,
      codes: { nodes: [{ code: c.code.toLowerCase() }] },
      combinesWith: { orderDiscounts: c.stackableWithCoupons.length > 0, productDiscounts: c.stackableWithPromotions, shippingDiscounts: true },
      minimumRequirement: c.minSpend ? { __typename: 'DiscountMinimumSubtotal', greaterThanOrEqualToSubtotal: { amount: (c.minSpend.amountMinor / 10 ** minorDigits(c.minSpend.currency)).toFixed(minorDigits(c.minSpend.currency)), currencyCode: c.minSpend.currency } } : null,
    };
    const codeDiscount = c.kind === 'free_shipping'
      ? { __typename: 'DiscountCodeFreeShipping', ...common }
      : { __typename: 'DiscountCodeBasic', ...common, customerGets: { items: discountItems(c.appliesTo, data), value: c.kind === 'percent' ? { __typename: 'DiscountPercentage', percentage: (c.percentOff ?? 0) / 100 } : { __typename: 'DiscountAmount', amount: { amount: (c.amountOff!.amountMinor / 10 ** minorDigits(c.amountOff!.currency)).toFixed(minorDigits(c.amountOff!.currency)), currencyCode: c.amountOff!.currency } } } };
    return { id: gid('DiscountCodeNode', c.code), updatedAt: c.startsAt, codeDiscount };
  });
  return { orders, customers, products, discounts, automatic: shopifyAutomaticFromDemo(data) };
}

/** A demo return as Shopify reports it: status, reverse delivery (label, tracking), reverse fulfilment order, refunds. */
export function shopifyReturnNode(r: Return, orderName: string, n: number): Record<string, unknown> {
  const status = { requested: 'REQUESTED', approved: 'OPEN', in_transit: 'OPEN', received: 'OPEN', refunded: 'CLOSED', declined: 'DECLINED', cancelled: 'CANCELED' }[r.state];
  const shipped = r.state === 'in_transit' || r.state === 'received' || r.state === 'refunded';
  return {
    id: gid('Return', r.id),
    name: `${orderName}-R${n}`,
    status,
    createdAt: r.createdAt,
    closedAt: r.state === 'refunded' ? r.refundedAt ?? null : null,
    requestApprovedAt: r.state === 'requested' || r.state === 'declined' ? null : r.createdAt,
    decline: r.state === 'declined' ? { reason: 'RETURN_PERIOD_ENDED' } : null,
    returnLineItems: { nodes: r.items.map((i) => ({ quantity: i.quantity, fulfillmentLineItem: { lineItem: { id: gid('LineItem', i.orderItemId) } } })) },
    reverseFulfillmentOrders: {
      nodes: r.state === 'requested' || r.state === 'declined' ? [] : [{
        status: r.state === 'received' || r.state === 'refunded' ? 'CLOSED' : 'OPEN',
        reverseDeliveries: { nodes: [{ deliverable: { label: r.labelUrl ? { publicFileUrl: `https://cdn.shopify.example${r.labelUrl}.pdf` } : null, tracking: shipped ? { number: `RT${r.id.replace(/\D/g, '')}`, url: null } : null } }] },
      }],
    },
    refunds: { nodes: r.refunded ? [{ createdAt: r.refundedAt, totalRefundedSet: money(r.refunded.amountMinor, r.refunded.currency) }] : [] },
  };
}

export function shopifyOrderNode(o: Order, shipments: Shipment[], name: string, returns: Return[] = []): Node {
  const c = o.currency;
  const financial = o.state === 'unpaid' || o.state === 'awaiting_group_buy' ? 'PENDING' : 'PAID';
  const fulfillment = o.state === 'shipped' || o.state === 'delivered' ? 'FULFILLED' : o.state === 'partially_shipped' ? 'PARTIALLY_FULFILLED' : 'UNFULFILLED';
  return {
    id: gid('Order', o.id),
    name,
    email: o.email,
    phone: o.phone,
    createdAt: o.placedAt,
    updatedAt: [o.placedAt, o.paidAt, o.deliveredAt].filter(Boolean).sort().at(-1)!,
    processedAt: o.paidAt ?? o.placedAt,
    cancelledAt: o.cancelledAt ?? null,
    closedAt: null,
    displayFinancialStatus: financial,
    displayFulfillmentStatus: fulfillment,
    presentmentCurrencyCode: c,
    subtotalPriceSet: money(o.subtotal.amountMinor, c),
    totalShippingPriceSet: money(o.shippingFee.amountMinor, c),
    totalDiscountsSet: money(o.discount.amountMinor, c),
    totalTaxSet: money(o.tax.amountMinor, c),
    totalPriceSet: money(o.total.amountMinor, c),
    discountCodes: o.couponCodes,
    paymentGatewayNames: [o.paymentMethod],
    customer: { id: gid('Customer', o.customerId) },
    shippingAddress: { name: o.shippingAddress.name, address1: o.shippingAddress.line1, address2: o.shippingAddress.line2 ?? null, city: o.shippingAddress.city, province: o.shippingAddress.region ?? null, zip: o.shippingAddress.postalCode, countryCodeV2: o.shippingAddress.country, phone: o.shippingAddress.phone ?? null },
    lineItems: { nodes: o.items.map((it) => ({ id: gid('LineItem', it.id), title: it.title, sku: it.sku, quantity: it.quantity, unfulfilledQuantity: it.quantity - it.shippedQuantity, variant: { id: gid('ProductVariant', it.variantId) }, product: { id: gid('Product', it.productId) }, originalUnitPriceSet: money(it.unitPrice.amountMinor, c) })) },
    fulfillments: shipments.map((s) => ({
      id: gid('Fulfillment', s.id),
      status: 'SUCCESS',
      displayStatus: s.status === 'delivered' ? 'DELIVERED' : s.status === 'out_for_delivery' ? 'OUT_FOR_DELIVERY' : 'IN_TRANSIT',
      createdAt: s.shippedAt,
      updatedAt: s.events.at(-1)?.at ?? s.shippedAt,
      deliveredAt: s.deliveredAt ?? null,
      estimatedDeliveryAt: s.estimatedDelivery ?? null,
      trackingInfo: [{ company: s.carrier, number: s.trackingNumber, url: s.trackingUrl }],
      events: { nodes: s.events.map((e) => ({ happenedAt: e.at, status: e.status === 'delivered' ? 'DELIVERED' : e.status === 'out_for_delivery' ? 'OUT_FOR_DELIVERY' : 'IN_TRANSIT', message: e.description, city: e.location, country: null })) },
      fulfillmentLineItems: { nodes: o.items.filter((it) => s.itemIds.includes(it.id)).map((it) => ({ lineItem: { id: gid('LineItem', it.id) }, quantity: it.shippedQuantity })) },
    })),
    returns: { nodes: returns.slice(0, 2).map((r, n) => shopifyReturnNode(r, name, n + 1)) },
  };
}
