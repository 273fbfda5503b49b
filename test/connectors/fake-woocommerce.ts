// A local stand-in for the WooCommerce REST API v3 on 127.0.0.1: Basic auth with a consumer
// key/secret, page/per_page pagination with X-WP-Total, X-WP-TotalPages and a Link header, the
// modified_after filter, Woo's error body ({code, message, data: {status}}), and injected 429/503
// failures or hangs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DemoStoreData, Order, Shipment } from '../../src/commerce/types.js';
import { minorDigits } from '../../src/commerce/money.js';
import { spread } from './fake-shopify.js';

type Row = Record<string, unknown> & { id: number; date_modified_gmt: string };

export class FakeWoo {
  orders: Row[] = [];
  customers: Row[] = [];
  products: Row[] = [];
  variations = new Map<number, Row[]>();
  coupons: Row[] = [];
  /** GET /orders/{id}/refunds, by order id. */
  refunds = new Map<number, Array<Record<string, unknown>>>();
  currency = 'USD';
  /** false: answer without a Link header (Woo behind proxies that strip it), leaving X-WP-TotalPages. */
  linkHeader = true;
  /** Webhooks created over the API (POST /webhooks). */
  webhooks: Array<{ id: number; name: string; topic: string; delivery_url: string; secret: string; status: string }> = [];
  failures: number[] = [];
  mode: 'ok' | 'hang' | 'down' = 'ok';
  requests: Array<{ path: string; query: URLSearchParams; auth: string | undefined }> = [];
  private server!: Server;
  private readonly hanging = new Set<ServerResponse>();
  url = '';

  constructor(private readonly key: string, private readonly secret: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.route(req, res, Buffer.concat(chunks).toString('utf8')));
      return;
    }
    this.route(req, res, '');
  }

  private route(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ path: url.pathname, query: url.searchParams, auth: req.headers.authorization });
    if (this.mode === 'hang') return void this.hanging.add(res);
    const fail = this.mode === 'down' ? 503 : this.failures.shift();
    if (fail) return this.error(res, fail, fail === 429 ? 'too_many_requests' : 'service_unavailable', fail === 429 ? 'Too many requests.' : 'Service unavailable.', fail === 429 ? { 'retry-after': '0' } : {});
    if (req.headers.authorization !== 'Basic ' + Buffer.from(`${this.key}:${this.secret}`).toString('base64')) {
      return this.error(res, 401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
    }
    const m = /^\/wp-json\/wc\/v3\/(.+)$/.exec(url.pathname);
    if (!m) return this.error(res, 404, 'rest_no_route', 'No route was found matching the URL and request method.');
    const path = m[1]!;
    if (path === 'webhooks' && req.method === 'POST') {
      const b = JSON.parse(body) as { name: string; topic: string; delivery_url: string; secret: string; status: string };
      const hook = { id: this.webhooks.length + 1, ...b };
      this.webhooks.push(hook);
      return this.json(res, 201, hook);
    }
    if (path === 'webhooks') return this.json(res, 200, this.webhooks.map(({ secret: _secret, ...w }) => w), { 'x-wp-total': String(this.webhooks.length), 'x-wp-totalpages': '1' });
    if (path === 'settings/general/woocommerce_currency') return this.json(res, 200, { id: 'woocommerce_currency', label: 'Currency', value: this.currency });
    const refunds = /^orders\/(\d+)\/refunds$/.exec(path);
    if (refunds) {
      if (!this.orders.some((x) => x.id === Number(refunds[1]))) return this.error(res, 404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
      const list = this.refunds.get(Number(refunds[1])) ?? [];
      return this.json(res, 200, list, { 'x-wp-total': String(list.length), 'x-wp-totalpages': '1' });
    }
    const one = /^orders\/(\d+)$/.exec(path);
    if (one) {
      const o = this.orders.find((x) => x.id === Number(one[1]));
      return o ? this.json(res, 200, o) : this.error(res, 404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid ID.');
    }
    const vars = /^products\/(\d+)\/variations$/.exec(path);
    const table = vars ? this.variations.get(Number(vars[1])) ?? [] : ({ orders: this.orders, customers: this.customers, products: this.products, coupons: this.coupons } as Record<string, Row[]>)[path];
    if (!table) return this.error(res, 404, 'rest_no_route', 'No route was found matching the URL and request method.');
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    if (perPage > 100 || perPage < 1) return this.error(res, 400, 'rest_invalid_param', 'Invalid parameter(s): per_page', {}, { params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' } });
    let rows = [...table].sort((a, b) => a.id - b.id);
    const after = url.searchParams.get('modified_after');
    // WooCommerce documents modified_after for orders, products and coupons; /customers ignores it.
    if (after && path !== 'customers') rows = rows.filter((r) => `${r.date_modified_gmt}Z` > after.replace(/\.\d+Z$/, 'Z'));
    const search = url.searchParams.get('search');
    if (search) rows = rows.filter((r) => JSON.stringify(r).toLowerCase().includes(search.toLowerCase()));
    const totalPages = Math.max(1, Math.ceil(rows.length / perPage));
    const links: string[] = [];
    const link = (p: number) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < totalPages) links.push(`<${link(page + 1)}>; rel="next"`);
    this.json(res, 200, rows.slice((page - 1) * perPage, page * perPage), { 'x-wp-total': String(rows.length), 'x-wp-totalpages': String(totalPages), ...(links.length && this.linkHeader ? { link: links.join(', ') } : {}) });
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): void {
    this.json(res, status, { code, message, data: { status, ...extra } }, headers);
  }
}

const dec = (minor: number, currency = 'USD') => (minor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));
const gmt = (iso: string) => iso.replace(/\.\d+Z$|Z$/, '');

export function wooOrderFromDemo(o: Order, shipments: Shipment[], id: number): Row {
  const status = { unpaid: 'pending', awaiting_group_buy: 'on-hold', paid: 'processing', packed: 'processing', partially_shipped: 'processing', shipped: 'completed', delivered: 'completed', cancelled: 'cancelled', closed: 'refunded' }[o.state];
  const [first, ...rest] = o.shippingAddress.name.split(' ');
  const address = { first_name: first, last_name: rest.join(' '), address_1: o.shippingAddress.line1, address_2: o.shippingAddress.line2 ?? '', city: o.shippingAddress.city, state: o.shippingAddress.region ?? '', postcode: o.shippingAddress.postalCode, country: o.shippingAddress.country, phone: o.phone };
  return {
    id,
    number: String(id),
    status,
    currency: o.currency,
    date_created_gmt: gmt(o.placedAt),
    date_modified_gmt: gmt([o.placedAt, o.paidAt, o.deliveredAt, o.cancelledAt].filter(Boolean).sort().at(-1)!),
    date_paid_gmt: o.paidAt ? gmt(o.paidAt) : null,
    date_completed_gmt: null,
    discount_total: dec(o.discount.amountMinor, o.currency),
    shipping_total: dec(o.shippingFee.amountMinor, o.currency),
    total: dec(o.total.amountMinor, o.currency),
    total_tax: dec(o.tax.amountMinor, o.currency),
    customer_id: 0,
    billing: { ...address, email: o.email },
    shipping: address,
    payment_method_title: o.paymentMethod,
    line_items: o.items.map((it, i) => ({ id: id * 100 + i, name: it.title, product_id: 1, variation_id: 0, quantity: it.quantity, sku: it.sku, price: it.unitPrice.amountMinor / 10 ** minorDigits(o.currency), subtotal: dec(it.unitPrice.amountMinor * it.quantity, o.currency) })),
    coupon_lines: o.couponCodes.map((code, i) => ({ id: i + 1, code, discount: '0.00' })),
    meta_data: shipments.length
      ? [{ id: 1, key: '_wc_shipment_tracking_items', value: shipments.map((s, i) => ({ tracking_provider: s.carrier, custom_tracking_provider: '', custom_tracking_link: s.trackingUrl, tracking_number: s.trackingNumber, date_shipped: String(Math.floor(Date.parse(s.shippedAt) / 1000)), tracking_id: `t${i}` })) }]
      : [],
  };
}

/** The demo store in WooCommerce's REST shapes; ids count from 1 (orders from 5001). */
export function wooFromDemo(data: DemoStoreData, n = { orders: 150, customers: 50, products: 30 }): Pick<FakeWoo, 'orders' | 'customers' | 'products' | 'variations' | 'coupons' | 'refunds'> {
  const shipments = new Map(data.shipments.map((s) => [s.id, s]));
  const source = spread(data.orders, n.orders);
  const orders = source.map((o, i) => wooOrderFromDemo(o, o.shipmentIds.map((id) => shipments.get(id)!).filter(Boolean), 5001 + i));
  // Demo returns that were refunded are Woo refunds: lines point at the order line via _refunded_item_id.
  const refunds = new Map<number, Array<Record<string, unknown>>>();
  let refundId = 9001;
  source.forEach((o, i) => {
    const done = (data.returns ?? []).filter((r) => r.orderId === o.id && r.state === 'refunded');
    if (done.length === 0) return;
    const id = 5001 + i;
    const list = done.map((r) => ({
      id: refundId++, date_created: gmt(r.refundedAt!), date_created_gmt: gmt(r.refundedAt!), amount: dec(r.refunded!.amountMinor, r.refunded!.currency), reason: r.reason ?? '', refunded_by: 1, refunded_payment: true,
      line_items: r.items.map((it) => ({ id: refundId * 10, name: 'line', product_id: 1, variation_id: 0, quantity: -it.quantity, meta_data: [{ id: 1, key: '_refunded_item_id', value: String(id * 100 + o.items.findIndex((x) => x.id === it.orderItemId)) }] })),
    }));
    refunds.set(id, list);
    orders[i]!.refunds = list.map((r) => ({ id: r.id, reason: r.reason, total: `-${r.amount}` }));
  });
  const customers = data.customers.slice(0, n.customers).map((c, i) => ({ id: i + 1, email: c.email, first_name: c.name.split(' ')[0], last_name: c.name.split(' ').slice(1).join(' '), username: c.email.split('@')[0], role: 'customer', date_created_gmt: gmt(c.createdAt), date_modified_gmt: gmt(c.createdAt), billing: { phone: c.phone, country: c.country } }));
  const variations = new Map<number, Row[]>();
  let vid = 10_000;
  const products = data.products.slice(0, n.products).map((p, i) => {
    const id = i + 1;
    const variable = p.variants.length > 1;
    if (variable) variations.set(id, p.variants.map((v) => ({ id: vid++, sku: v.sku, price: dec(v.price.amountMinor), stock_quantity: v.stock, stock_status: v.stock > 0 ? 'instock' : 'outofstock', attributes: Object.entries(v.options).map(([name, option]) => ({ id: 0, name, option })), date_modified_gmt: '2026-11-01T00:00:00' })));
    return {
      id, name: p.title.en ?? p.handle, slug: p.handle, permalink: `https://shop.example/product/${p.handle}/`, type: variable ? 'variable' : 'simple', status: 'publish',
      description: `<p>${p.description.en ?? ''}</p>`, short_description: '', sku: p.variants[0]!.sku, price: dec(p.variants[0]!.price.amountMinor),
      stock_quantity: variable ? null : p.variants[0]!.stock, stock_status: 'instock',
      categories: [{ id: 1, name: p.category, slug: p.category }], tags: p.tags.map((name, j) => ({ id: j, name, slug: name })),
      attributes: [...p.optionNames.map((name) => ({ id: 0, name, position: 0, visible: true, variation: true, options: [...new Set(p.variants.map((v) => v.options[name]!))] })), { id: 0, name: 'Brand', position: 1, visible: true, variation: false, options: [p.brand] }],
      date_modified_gmt: '2026-11-01T00:00:00',
    };
  });
  const coupons = data.coupons.map((c, i) => ({
    id: i + 1, code: c.code.toLowerCase(), amount: c.kind === 'percent' ? String(c.percentOff) : dec(c.amountOff?.amountMinor ?? 0), discount_type: c.kind === 'percent' ? 'percent' : 'fixed_cart',
    date_created_gmt: gmt(c.startsAt), date_modified_gmt: gmt(c.startsAt), date_expires_gmt: gmt(c.endsAt), individual_use: c.stackableWithCoupons.length === 0,
    product_ids: [], excluded_product_ids: [], product_categories: [], excluded_product_categories: [], usage_limit_per_user: c.usageLimitPerCustomer, free_shipping: c.kind === 'free_shipping', minimum_amount: dec(c.minSpend?.amountMinor ?? 0),
  }));
  return { orders, customers, products, variations, coupons, refunds };
}
