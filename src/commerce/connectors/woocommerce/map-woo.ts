// WooCommerce REST v3 resources (orders, customers, products and variations, coupons), validated with
// zod and mapped onto the normalised types. Woo keeps times as *_gmt without a zone: they are UTC.
// Shipments come from the WooCommerce Shipment Tracking extension's order meta, the de-facto standard.
import { z } from 'zod';
import { minorDigits } from '../../money.js';
import type { Coupon, Customer, Money, Order, OrderState, Product, Return, Shipment, Variant } from '../../types.js';
import type { StoreEntity } from '../connector.js';
import { decimalToMinor } from '../shopify/shopify-states.js';

const str = z.string().nullable().optional();
const decimal = z.union([z.string(), z.number()]);
const addressSchema = z.object({ first_name: str, last_name: str, address_1: str, address_2: str, city: str, state: str, postcode: str, country: str, phone: str, email: str }).partial();

export const wooOrder = z.object({
  id: z.number(),
  number: z.union([z.string(), z.number()]).transform(String),
  status: z.string(),
  currency: z.string(),
  date_created_gmt: z.string(),
  date_modified_gmt: str,
  date_paid_gmt: str,
  date_completed_gmt: str,
  discount_total: decimal,
  shipping_total: decimal,
  total: decimal,
  total_tax: decimal,
  customer_id: z.number(),
  billing: addressSchema,
  shipping: addressSchema,
  payment_method_title: str,
  line_items: z.array(z.object({ id: z.number(), name: z.string(), product_id: z.number(), variation_id: z.number().optional(), quantity: z.number(), sku: str, price: decimal, subtotal: decimal })),
  coupon_lines: z.array(z.object({ code: z.string() })).default([]),
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
  /** Summaries only (id, reason, total); /orders/{id}/refunds has the dates and lines. */
  refunds: z.array(z.object({ id: z.number() })).default([]),
});

/** GET /orders/{id}/refunds: a refund, with the order lines it gives money back for. */
export const wooRefund = z.object({
  id: z.number(),
  date_created_gmt: z.string(),
  amount: decimal,
  reason: str,
  line_items: z.array(z.object({
    product_id: z.number(),
    variation_id: z.number().optional(),
    quantity: z.number(),
    meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
  })).default([]),
});

const trackingItem = z.object({
  tracking_provider: str,
  custom_tracking_provider: str,
  custom_tracking_link: str,
  tracking_number: z.string(),
  date_shipped: z.union([z.string(), z.number()]).nullable().optional(),
  tracking_id: z.string(),
});

export const wooCustomer = z.object({
  id: z.number(),
  email: z.string(),
  first_name: str,
  last_name: str,
  username: str,
  role: str,
  date_created_gmt: z.string(),
  date_modified_gmt: str,
  billing: addressSchema,
});

export const wooProduct = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  permalink: z.string(),
  type: z.string(),
  status: z.string(),
  description: z.string(),
  short_description: z.string(),
  sku: str,
  price: decimal,
  stock_quantity: z.number().nullable().optional(),
  stock_status: str,
  categories: z.array(z.object({ name: z.string() })).default([]),
  tags: z.array(z.object({ name: z.string() })).default([]),
  attributes: z.array(z.object({ name: z.string(), variation: z.boolean().optional(), options: z.array(z.string()).default([]) })).default([]),
});

export const wooVariation = z.object({
  id: z.number(),
  sku: str,
  price: decimal,
  stock_quantity: z.number().nullable().optional(),
  stock_status: str,
  attributes: z.array(z.object({ name: z.string(), option: z.string() })),
});

export const wooCoupon = z.object({
  id: z.number(),
  code: z.string(),
  amount: decimal,
  discount_type: z.string(),
  date_created_gmt: z.string(),
  date_expires_gmt: str,
  individual_use: z.boolean(),
  product_ids: z.array(z.number()).default([]),
  excluded_product_ids: z.array(z.number()).default([]),
  product_categories: z.array(z.number()).default([]),
  excluded_product_categories: z.array(z.number()).default([]),
  usage_limit_per_user: z.number().nullable().optional(),
  free_shipping: z.boolean().default(false),
  minimum_amount: decimal.default('0'),
});

const utc = (t: string) => (/[zZ]|[+-]\d\d:\d\d$/.test(t) ? t : `${t}Z`);

/** A Woo *_gmt time as a comparable ISO string (UTC, milliseconds). */
export function utcTime(t: string): string {
  return new Date(utc(t)).toISOString();
}
const money = (amount: string | number, currency: string): Money => ({ amountMinor: decimalToMinor(amount || 0, minorDigits(currency)), currency });
const stripHtml = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
/** Woo without managed stock knows only in/out of stock: 1 stands for "in stock, quantity not tracked". */
const stockOf = (quantity: number | null | undefined, status: string | null | undefined) => quantity ?? (status === 'instock' || status === 'onbackorder' ? 1 : 0);

function wooOrderState(status: string, shipped: boolean): OrderState | undefined {
  switch (status) {
    case 'pending':
    case 'on-hold':
      return 'unpaid';
    case 'processing':
      return shipped ? 'shipped' : 'paid';
    case 'completed':
      return 'shipped';
    case 'cancelled':
    case 'failed':
      return 'cancelled';
    case 'refunded':
      return 'closed';
    default:
      // checkout-draft and trash are not orders a shopper can ask about.
      return undefined;
  }
}

function trackingShipments(o: z.infer<typeof wooOrder>): Shipment[] {
  const meta = o.meta_data.find((m) => m.key === '_wc_shipment_tracking_items');
  const items = z.array(trackingItem).safeParse(meta?.value);
  if (!items.success) return [];
  return items.data.map((t) => {
    const shippedAt = t.date_shipped ? new Date(Number(t.date_shipped) * 1000).toISOString() : utc(o.date_created_gmt);
    return {
      id: `${o.id}-${t.tracking_id}`,
      orderId: String(o.id),
      carrier: t.custom_tracking_provider || t.tracking_provider || '',
      trackingNumber: t.tracking_number,
      trackingUrl: t.custom_tracking_link ?? '',
      status: 'in_transit',
      itemIds: o.line_items.map((li) => String(li.id)),
      shippedAt,
      events: [{ at: shippedAt, status: 'in_transit', description: 'shipped', location: '' }],
    };
  });
}

/** An order and its shipments; [] for drafts and trashed orders. */
export function mapWooOrder(o: z.infer<typeof wooOrder>): StoreEntity[] {
  const shipments = trackingShipments(o);
  const state = wooOrderState(o.status, shipments.length > 0);
  if (!state) return [];
  const c = o.currency;
  const s = o.shipping;
  const b = o.billing;
  const shipped = state === 'shipped';
  const subtotal = o.line_items.reduce((sum, li) => sum + decimalToMinor(li.subtotal, minorDigits(c)), 0);
  const order: Order = {
    id: String(o.id),
    number: o.number,
    customerId: o.customer_id ? String(o.customer_id) : '',
    email: b.email ?? '',
    phone: b.phone ?? s.phone ?? '',
    state,
    currency: c,
    items: o.line_items.map((li) => ({
      id: String(li.id),
      productId: String(li.product_id),
      variantId: String(li.variation_id || li.product_id),
      title: li.name,
      sku: li.sku ?? '',
      quantity: li.quantity,
      unitPrice: money(li.price, c),
      shippedQuantity: shipped ? li.quantity : 0,
    })),
    subtotal: { amountMinor: subtotal, currency: c },
    shippingFee: money(o.shipping_total, c),
    discount: money(o.discount_total, c),
    tax: money(o.total_tax, c),
    total: money(o.total, c),
    couponCodes: o.coupon_lines.map((l) => l.code),
    paymentMethod: o.payment_method_title ?? '',
    placedAt: utc(o.date_created_gmt),
    ...(o.date_paid_gmt ? { paidAt: utc(o.date_paid_gmt) } : {}),
    ...(state === 'cancelled' && o.date_modified_gmt ? { cancelledAt: utc(o.date_modified_gmt) } : {}),
    shippingAddress: {
      name: [s.first_name ?? b.first_name, s.last_name ?? b.last_name].filter(Boolean).join(' '),
      line1: s.address_1 ?? '',
      ...(s.address_2 ? { line2: s.address_2 } : {}),
      city: s.city ?? '',
      ...(s.state ? { region: s.state } : {}),
      postalCode: s.postcode ?? '',
      country: s.country ?? '',
      ...(s.phone ? { phone: s.phone } : {}),
    },
    shipmentIds: shipments.map((x) => x.id),
    ...(o.date_modified_gmt ? { updatedAt: utc(o.date_modified_gmt) } : {}),
  };
  return [{ kind: 'order', value: order }, ...shipments.map((value) => ({ kind: 'shipment' as const, value }))];
}

/**
 * WooCommerce core has no returns: a refund is the documented record of one, so each becomes a
 * Return in state 'refunded' (RMA "R<refund id>"). Refund lines point at the order line they refund
 * with the `_refunded_item_id` meta; older stores without it are matched by product and variation.
 */
export function mapWooRefund(r: z.infer<typeof wooRefund>, order: z.infer<typeof wooOrder>): Return {
  const at = utcTime(r.date_created_gmt);
  const items = r.line_items.flatMap((li) => {
    const meta = li.meta_data.find((m) => m.key === '_refunded_item_id')?.value;
    const line = order.line_items.find((ol) => (meta !== undefined ? String(ol.id) === String(meta) : ol.product_id === li.product_id && (ol.variation_id ?? 0) === (li.variation_id ?? 0)));
    return line ? [{ orderItemId: String(line.id), quantity: Math.abs(li.quantity) }] : [];
  });
  return {
    id: `refund_${r.id}`,
    rma: `R${r.id}`,
    orderId: String(order.id),
    orderNumber: order.number,
    items,
    state: 'refunded',
    refunded: money(r.amount, order.currency),
    ...(r.reason ? { reason: r.reason } : {}),
    createdAt: at,
    updatedAt: at,
    refundedAt: at,
  };
}

export function mapWooCustomer(c: z.infer<typeof wooCustomer>, currency: string): Customer {
  return {
    id: String(c.id),
    name: [c.first_name, c.last_name].filter(Boolean).join(' ') || c.username || c.email,
    email: c.email,
    phone: c.billing.phone ?? '',
    locale: 'en',
    country: c.billing.country ?? '',
    vip: false,
    tags: c.role ? [c.role] : [],
    createdAt: utc(c.date_created_gmt),
    // REST v3 customers carry no order count or spend (the legacy API did); the orders have them.
    lifetimeSpend: { amountMinor: 0, currency },
    ordersCount: 0,
  };
}

export function mapWooProduct(p: z.infer<typeof wooProduct>, variations: Array<z.infer<typeof wooVariation>>, currency: string): Product {
  const optionNames = p.attributes.filter((a) => a.variation).map((a) => a.name.toLowerCase());
  const variant = (id: number, sku: string | null | undefined, price: string | number, stock: number, options: Record<string, string>): Variant => {
    const m = money(price, currency);
    return { id: String(id), sku: sku ?? '', productId: String(p.id), options, price: m, prices: [m], stock };
  };
  const variants =
    p.type === 'variable'
      ? variations.map((v) => variant(v.id, v.sku, v.price, stockOf(v.stock_quantity, v.stock_status), Object.fromEntries(v.attributes.map((a) => [a.name.toLowerCase(), a.option.toLowerCase()]))))
      : [variant(p.id, p.sku, p.price, stockOf(p.stock_quantity, p.stock_status), {})];
  const attributes = Object.fromEntries(p.attributes.filter((a) => !a.variation).map((a) => [a.name.toLowerCase(), a.options.join(', ')]));
  return {
    id: String(p.id),
    handle: p.slug,
    title: { en: p.name },
    description: { en: stripHtml(p.short_description || p.description) },
    category: (p.categories[0]?.name ?? '').toLowerCase(),
    brand: attributes.brand ?? '',
    attributes,
    tags: p.tags.map((t) => t.name),
    optionNames,
    variants,
    returnable: true,
    url: p.permalink,
  };
}

export function mapWooCoupon(c: z.infer<typeof wooCoupon>, currency: string): Coupon {
  const percent = c.discount_type === 'percent';
  const amount = Number(c.amount);
  const minimum = Number(c.minimum_amount);
  return {
    code: c.code.toUpperCase(),
    kind: c.free_shipping && amount === 0 ? 'free_shipping' : percent ? 'percent' : 'fixed',
    ...(percent ? { percentOff: amount } : amount > 0 ? { amountOff: money(c.amount, currency) } : {}),
    ...(minimum > 0 ? { minSpend: money(c.minimum_amount, currency) } : {}),
    appliesTo: [...c.product_ids.map(String), ...c.product_categories.map((id) => `category:${id}`)],
    excludes: [...c.excluded_product_ids.map(String), ...c.excluded_product_categories.map((id) => `category:${id}`)],
    stackableWithPromotions: true,
    // "Individual use only" forbids any other coupon; otherwise Woo lets it combine with any, which
    // '*' records (code that looks for a partner's code in this list stays on the safe side).
    stackableWithCoupons: c.individual_use ? [] : ['*'],
    startsAt: utc(c.date_created_gmt),
    endsAt: c.date_expires_gmt ? utc(c.date_expires_gmt) : '9999-12-31T23:59:59Z',
    // Woo leaves the limit empty when there is none.
    usageLimitPerCustomer: c.usage_limit_per_user ?? Number.MAX_SAFE_INTEGER,
    firstOrderOnly: false,
  };
}
