// Shopify Admin GraphQL nodes (orders with fulfillments, tracking and returns, customers, products with
// variants), validated with zod and mapped onto the normalised types. Ids stay Shopify's global ids.
import { z } from 'zod';
import { minorDigits } from '../../money.js';
import type { Coupon, Customer, Money, Order, Product, Promotion, Return, ReturnState, Shipment } from '../../types.js';
import type { StoreEntity } from '../connector.js';
import { decimalToMinor, shopifyOrderState, shopifyShipmentStatus } from './shopify-states.js';

const moneyBag = z.object({ presentmentMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });
const str = z.string().nullable().optional();

export const returnNode = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  createdAt: z.string(),
  closedAt: str,
  requestApprovedAt: str,
  returnLineItems: z.object({ nodes: z.array(z.object({ quantity: z.number(), fulfillmentLineItem: z.object({ lineItem: z.object({ id: z.string() }) }).nullable().optional() })) }),
  reverseFulfillmentOrders: z.object({
    nodes: z.array(z.object({
      status: z.string(),
      reverseDeliveries: z.object({ nodes: z.array(z.object({ deliverable: z.object({ label: z.object({ publicFileUrl: str }).nullable().optional(), tracking: z.object({ number: str, url: str }).nullable().optional() }).partial().nullable().optional() })) }),
    })),
  }),
  refunds: z.object({ nodes: z.array(z.object({ createdAt: z.string(), totalRefundedSet: moneyBag })) }),
});

export const orderNode = z.object({
  id: z.string(),
  name: z.string(),
  email: str,
  phone: str,
  createdAt: z.string(),
  updatedAt: z.string(),
  processedAt: str,
  cancelledAt: str,
  closedAt: str,
  displayFinancialStatus: str,
  displayFulfillmentStatus: z.string(),
  presentmentCurrencyCode: z.string(),
  subtotalPriceSet: moneyBag.nullable().optional(),
  totalShippingPriceSet: moneyBag,
  totalDiscountsSet: moneyBag.nullable().optional(),
  totalTaxSet: moneyBag.nullable().optional(),
  totalPriceSet: moneyBag,
  discountCodes: z.array(z.string()),
  paymentGatewayNames: z.array(z.string()),
  customer: z.object({ id: z.string() }).nullable().optional(),
  shippingAddress: z
    .object({ name: str, address1: str, address2: str, city: str, province: str, zip: str, countryCodeV2: str, phone: str })
    .nullable()
    .optional(),
  lineItems: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        sku: str,
        quantity: z.number(),
        unfulfilledQuantity: z.number(),
        variant: z.object({ id: z.string() }).nullable().optional(),
        product: z.object({ id: z.string() }).nullable().optional(),
        originalUnitPriceSet: moneyBag,
      }),
    ),
  }),
  fulfillments: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      displayStatus: str,
      createdAt: z.string(),
      updatedAt: z.string(),
      deliveredAt: str,
      estimatedDeliveryAt: str,
      trackingInfo: z.array(z.object({ company: str, number: str, url: str })),
      events: z.object({ nodes: z.array(z.object({ happenedAt: z.string(), status: z.string(), message: str, city: str, country: str })) }),
      fulfillmentLineItems: z.object({ nodes: z.array(z.object({ lineItem: z.object({ id: z.string() }), quantity: z.number() })) }),
    }),
  ),
  returns: z.object({ nodes: z.array(returnNode) }).default({ nodes: [] }),
});
export type OrderNode = z.infer<typeof orderNode>;

/**
 * Shopify's return status plus its reverse logistics in our states: OPEN is approved until the
 * parcel has tracking (in transit) and until the reverse fulfilment order closes (received); any
 * refund makes it refunded.
 */
export function mapReturnNode(r: z.infer<typeof returnNode>, order: { id: string; number: string }): Return {
  const rfo = r.reverseFulfillmentOrders.nodes[0];
  const delivery = rfo?.reverseDeliveries.nodes[0]?.deliverable;
  const refunds = r.refunds.nodes;
  const refunded = refunds.length > 0 ? refunds.map((x) => money(x.totalRefundedSet, x.totalRefundedSet.presentmentMoney.currencyCode)) : [];
  const state: ReturnState =
    r.status === 'REQUESTED' ? 'requested'
    : r.status === 'DECLINED' ? 'declined'
    : r.status === 'CANCELED' ? 'cancelled'
    : refunds.length > 0 ? 'refunded'
    : r.status === 'CLOSED' || rfo?.status === 'CLOSED' ? 'received'
    : delivery?.tracking?.number ? 'in_transit'
    : 'approved';
  const refundedAt = refunds.map((x) => x.createdAt).sort().at(-1);
  return {
    id: r.id,
    rma: r.name,
    orderId: order.id,
    orderNumber: order.number,
    items: r.returnLineItems.nodes.flatMap((li) => (li.fulfillmentLineItem ? [{ orderItemId: li.fulfillmentLineItem.lineItem.id, quantity: li.quantity }] : [])),
    state,
    ...(delivery?.label?.publicFileUrl ? { labelUrl: delivery.label.publicFileUrl } : {}),
    ...(refunded.length > 0 ? { refunded: { amountMinor: refunded.reduce((sum, m) => sum + m.amountMinor, 0), currency: refunded[0]!.currency } } : {}),
    createdAt: r.createdAt,
    updatedAt: [r.createdAt, r.requestApprovedAt, r.closedAt, refundedAt].filter((x): x is string => !!x).sort().at(-1)!,
    ...(refundedAt ? { refundedAt } : {}),
  };
}

export const customerNode = z.object({
  id: z.string(),
  displayName: z.string(),
  locale: str,
  createdAt: z.string(),
  updatedAt: z.string(),
  tags: z.array(z.string()),
  numberOfOrders: z.union([z.string(), z.number()]),
  defaultEmailAddress: z.object({ emailAddress: str }).nullable().optional(),
  defaultPhoneNumber: z.object({ phoneNumber: str }).nullable().optional(),
  amountSpent: z.object({ amount: z.string(), currencyCode: z.string() }),
  defaultAddress: z.object({ countryCodeV2: str }).nullable().optional(),
});

export const productNode = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  description: z.string(),
  productType: z.string(),
  vendor: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
  onlineStoreUrl: str,
  updatedAt: z.string(),
  options: z.array(z.object({ name: z.string() })),
  collections: z.object({ nodes: z.array(z.object({ handle: z.string() })) }).default({ nodes: [] }),
  variants: z.object({
    nodes: z.array(
      z.object({ id: z.string(), sku: str, price: z.string(), inventoryQuantity: z.number().nullable().optional(), selectedOptions: z.array(z.object({ name: z.string(), value: z.string() })) }),
    ),
  }),
});

function money(bag: z.infer<typeof moneyBag> | null | undefined, currency: string): Money {
  if (!bag) return { amountMinor: 0, currency };
  const c = bag.presentmentMoney.currencyCode;
  return { amountMinor: decimalToMinor(bag.presentmentMoney.amount, minorDigits(c)), currency: c };
}

function mapFulfillment(orderId: string, f: OrderNode['fulfillments'][number]): Shipment {
  const tracking = f.trackingInfo[0];
  const events = f.events.nodes.map((e) => ({
    at: e.happenedAt,
    status: shopifyShipmentStatus(e.status),
    description: e.message ?? e.status.toLowerCase().replace(/_/g, ' '),
    location: [e.city, e.country].filter(Boolean).join(', '),
  }));
  return {
    id: f.id,
    orderId,
    carrier: tracking?.company ?? '',
    trackingNumber: tracking?.number ?? '',
    trackingUrl: tracking?.url ?? '',
    status: f.deliveredAt ? 'delivered' : shopifyShipmentStatus(f.displayStatus ?? events.at(-1)?.status),
    itemIds: f.fulfillmentLineItems.nodes.map((n) => n.lineItem.id),
    shippedAt: f.createdAt,
    ...(f.estimatedDeliveryAt ? { estimatedDelivery: f.estimatedDeliveryAt } : {}),
    ...(f.deliveredAt ? { deliveredAt: f.deliveredAt } : {}),
    events,
  };
}

export function mapOrderNode(n: OrderNode): StoreEntity[] {
  const currency = n.presentmentCurrencyCode;
  const shipments = n.fulfillments.filter((f) => f.status !== 'CANCELLED' && f.status !== 'ERROR' && f.status !== 'FAILURE').map((f) => mapFulfillment(n.id, f));
  const shipped = new Map<string, number>();
  for (const f of n.fulfillments) for (const li of f.fulfillmentLineItems.nodes) shipped.set(li.lineItem.id, (shipped.get(li.lineItem.id) ?? 0) + li.quantity);
  const addr = n.shippingAddress;
  const order: Order = {
    id: n.id,
    number: n.name,
    customerId: n.customer?.id ?? '',
    email: n.email ?? '',
    phone: n.phone ?? addr?.phone ?? '',
    state: shopifyOrderState({
      cancelled: !!n.cancelledAt,
      financial: n.displayFinancialStatus,
      fulfillment: n.displayFulfillmentStatus,
      allDelivered: shipments.length > 0 && shipments.every((s) => s.status === 'delivered'),
    }),
    currency,
    items: n.lineItems.nodes.map((li) => ({
      id: li.id,
      productId: li.product?.id ?? '',
      variantId: li.variant?.id ?? '',
      title: li.title,
      sku: li.sku ?? '',
      quantity: li.quantity,
      unitPrice: money(li.originalUnitPriceSet, currency),
      shippedQuantity: Math.min(li.quantity, shipped.get(li.id) ?? li.quantity - li.unfulfilledQuantity),
    })),
    subtotal: money(n.subtotalPriceSet, currency),
    shippingFee: money(n.totalShippingPriceSet, currency),
    discount: money(n.totalDiscountsSet, currency),
    tax: money(n.totalTaxSet, currency),
    total: money(n.totalPriceSet, currency),
    couponCodes: n.discountCodes,
    paymentMethod: n.paymentGatewayNames[0] ?? '',
    placedAt: n.createdAt,
    ...(n.displayFinancialStatus === 'PAID' || n.displayFinancialStatus === 'PARTIALLY_REFUNDED' ? { paidAt: n.processedAt ?? n.createdAt } : {}),
    ...(n.cancelledAt ? { cancelledAt: n.cancelledAt } : {}),
    ...(shipments.length && shipments.every((s) => s.deliveredAt) ? { deliveredAt: shipments.map((s) => s.deliveredAt!).sort().at(-1)! } : {}),
    shippingAddress: {
      name: addr?.name ?? '',
      line1: addr?.address1 ?? '',
      ...(addr?.address2 ? { line2: addr.address2 } : {}),
      city: addr?.city ?? '',
      ...(addr?.province ? { region: addr.province } : {}),
      postalCode: addr?.zip ?? '',
      country: addr?.countryCodeV2 ?? '',
      ...(addr?.phone ? { phone: addr.phone } : {}),
    },
    shipmentIds: shipments.map((s) => s.id),
    updatedAt: n.updatedAt,
  };
  const returns = n.returns.nodes.map((r) => mapReturnNode(r, order));
  return [{ kind: 'order', value: order }, ...shipments.map((value) => ({ kind: 'shipment' as const, value })), ...returns.map((value) => ({ kind: 'return' as const, value }))];
}

export function mapCustomerNode(n: z.infer<typeof customerNode>): Customer {
  const c = n.amountSpent.currencyCode;
  return {
    id: n.id,
    name: n.displayName,
    email: n.defaultEmailAddress?.emailAddress ?? '',
    phone: n.defaultPhoneNumber?.phoneNumber ?? '',
    locale: n.locale ?? 'en',
    country: n.defaultAddress?.countryCodeV2 ?? '',
    vip: n.tags.some((t) => t.toLowerCase() === 'vip'),
    tags: n.tags,
    createdAt: n.createdAt,
    lifetimeSpend: { amountMinor: decimalToMinor(n.amountSpent.amount, minorDigits(c)), currency: c },
    ordersCount: Number(n.numberOfOrders),
  };
}

export function mapProductNode(n: z.infer<typeof productNode>, shopCurrency: string, shopUrl: string): Product {
  const optionNames = n.options.map((o) => o.name.toLowerCase()).filter((o) => o !== 'title');
  return {
    id: n.id,
    handle: n.handle,
    title: { en: n.title },
    description: { en: n.description },
    category: n.productType.toLowerCase(),
    brand: n.vendor,
    attributes: {},
    tags: n.tags,
    collections: n.collections.nodes.map((c) => c.handle),
    optionNames,
    variants: n.variants.nodes.map((v) => {
      const price = { amountMinor: decimalToMinor(v.price, minorDigits(shopCurrency)), currency: shopCurrency };
      return {
        id: v.id,
        sku: v.sku ?? '',
        productId: n.id,
        // Shopify names a product without options "Default Title"; that is no option to ask about.
        options: Object.fromEntries(v.selectedOptions.filter((o) => o.name.toLowerCase() !== 'title').map((o) => [o.name.toLowerCase(), o.value.toLowerCase()])),
        price,
        prices: [price],
        stock: v.inventoryQuantity ?? 0,
      };
    }),
    returnable: true,
    url: n.onlineStoreUrl ?? `${shopUrl}/products/${n.handle}`,
  };
}

const moneyV2 = z.object({ amount: z.string(), currencyCode: z.string() });

const discountItems = z.object({
  __typename: z.string(),
  products: z.object({ nodes: z.array(z.object({ id: z.string() })) }).optional(),
  productVariants: z.object({ nodes: z.array(z.object({ product: z.object({ id: z.string() }) })) }).optional(),
  collections: z.object({ nodes: z.array(z.object({ handle: z.string() })) }).optional(),
}).nullable().optional();

/** What a discount's items cover, in our scope entries: product ids, "collection:<handle>"; [] = everything. */
export function discountScope(items: z.infer<typeof discountItems>): string[] {
  if (!items) return [];
  if (items.__typename === 'DiscountProducts') {
    return [...new Set([...(items.products?.nodes ?? []).map((p) => p.id), ...(items.productVariants?.nodes ?? []).map((v) => v.product.id)])];
  }
  if (items.__typename === 'DiscountCollections') return (items.collections?.nodes ?? []).map((c) => `collection:${c.handle}`);
  return [];
}

export const discountNode = z.object({
  id: z.string(),
  codeDiscount: z
    .object({
      __typename: z.string(),
      title: z.string().optional(),
      startsAt: z.string().optional(),
      endsAt: str,
      appliesOncePerCustomer: z.boolean().optional(),
      codes: z.object({ nodes: z.array(z.object({ code: z.string() })) }).optional(),
      combinesWith: z.object({ orderDiscounts: z.boolean(), productDiscounts: z.boolean(), shippingDiscounts: z.boolean() }).optional(),
      minimumRequirement: z.object({ __typename: z.string(), greaterThanOrEqualToSubtotal: moneyV2.optional() }).nullable().optional(),
      customerGets: z.object({ value: z.object({ __typename: z.string(), percentage: z.number().optional(), amount: moneyV2.optional() }), items: discountItems }).optional(),
    })
    .loose(),
});

const moneyOf = (m: z.infer<typeof moneyV2>): Money => ({ amountMinor: decimalToMinor(m.amount, minorDigits(m.currencyCode)), currency: m.currencyCode });

/** One coupon per code of an amount-off or free-shipping discount; other discount types yield none. */
export function mapDiscountNode(n: z.infer<typeof discountNode>): Coupon[] {
  const d = n.codeDiscount;
  const free = d.__typename === 'DiscountCodeFreeShipping';
  if (!free && d.__typename !== 'DiscountCodeBasic') return [];
  const value = d.customerGets?.value;
  const min = d.minimumRequirement?.greaterThanOrEqualToSubtotal;
  const base: Omit<Coupon, 'code'> = {
    kind: free ? 'free_shipping' : value?.__typename === 'DiscountPercentage' ? 'percent' : 'fixed',
    // Shopify's percentage is a fraction (0.1 = 10 %).
    ...(!free && value?.percentage !== undefined ? { percentOff: Math.round(value.percentage * 10_000) / 100 } : {}),
    ...(!free && value?.amount ? { amountOff: moneyOf(value.amount) } : {}),
    ...(min ? { minSpend: moneyOf(min) } : {}),
    // A code for some products or collections is offered only for those (free shipping covers the order).
    appliesTo: free ? [] : discountScope(d.customerGets?.items),
    excludes: [],
    stackableWithPromotions: !!(d.combinesWith?.orderDiscounts || d.combinesWith?.productDiscounts),
    // Shopify combines by discount class, not by code: '*' as for WooCommerce.
    stackableWithCoupons: d.combinesWith?.orderDiscounts || d.combinesWith?.productDiscounts ? ['*'] : [],
    startsAt: d.startsAt ?? new Date(0).toISOString(),
    endsAt: d.endsAt ?? '9999-12-31T23:59:59Z',
    usageLimitPerCustomer: d.appliesOncePerCustomer ? 1 : Number.MAX_SAFE_INTEGER,
    firstOrderOnly: false,
  };
  return (d.codes?.nodes ?? []).map((c) => ({ ...base, code: c.code.toUpperCase() }));
}

const combines = z.object({ orderDiscounts: z.boolean(), productDiscounts: z.boolean(), shippingDiscounts: z.boolean() }).optional();

export const automaticNode = z.object({
  id: z.string(),
  automaticDiscount: z
    .object({
      __typename: z.string(),
      title: z.string().optional(),
      startsAt: z.string().optional(),
      endsAt: str,
      combinesWith: combines,
      minimumRequirement: z.object({ __typename: z.string(), greaterThanOrEqualToSubtotal: moneyV2.optional() }).nullable().optional(),
      customerBuys: z.object({ value: z.object({ __typename: z.string(), quantity: z.union([z.string(), z.number()]).optional() }), items: discountItems }).optional(),
      customerGets: z.object({
        value: z.object({
          __typename: z.string(),
          percentage: z.number().optional(),
          amount: moneyV2.optional(),
          quantity: z.object({ quantity: z.union([z.string(), z.number()]) }).optional(),
          effect: z.object({ __typename: z.string(), percentage: z.number().optional() }).optional(),
        }),
        items: discountItems,
      }).optional(),
    })
    .loose(),
});

/**
 * An automatic discount as a promotion: amount off with a minimum spend → 'threshold' ("200 off 30"),
 * percentage off → 'percent', buy X get Y free → 'bundle', free shipping → 'free_shipping'. A
 * buy-X-get-Y at a partial discount, and app discounts, have no equivalent and are skipped.
 */
export function mapAutomaticNode(n: z.infer<typeof automaticNode>): Promotion[] {
  const d = n.automaticDiscount;
  const value = d.customerGets?.value;
  const min = d.minimumRequirement?.greaterThanOrEqualToSubtotal;
  const base = {
    id: n.id,
    name: { en: d.title ?? n.id },
    appliesTo: discountScope(d.customerGets?.items),
    excludes: [],
    // Shopify combines by discount class, codes and automatic alike: combining with order discounts
    // stands for coupons (codes are mostly order discounts), with product discounts for promotions.
    stackableWithCoupons: !!d.combinesWith?.orderDiscounts,
    stackableWithPromotions: !!d.combinesWith?.productDiscounts,
    startsAt: d.startsAt ?? new Date(0).toISOString(),
    endsAt: d.endsAt ?? '9999-12-31T23:59:59Z',
  };
  switch (d.__typename) {
    case 'DiscountAutomaticFreeShipping':
      return [{ ...base, kind: 'free_shipping', appliesTo: [], ...(min ? { minSpend: moneyOf(min) } : {}) }];
    case 'DiscountAutomaticBasic':
      if (value?.__typename === 'DiscountPercentage' && value.percentage !== undefined) {
        return [{ ...base, kind: 'percent', percentOff: Math.round(value.percentage * 10_000) / 100, ...(min ? { minSpend: moneyOf(min) } : {}) }];
      }
      if (value?.__typename === 'DiscountAmount' && value.amount) {
        const amountOff = moneyOf(value.amount);
        return [{ ...base, kind: 'threshold', amountOff, minSpend: min ? moneyOf(min) : { amountMinor: 0, currency: amountOff.currency } }];
      }
      return [];
    case 'DiscountAutomaticBxgy': {
      const buy = Number(d.customerBuys?.value.quantity);
      const get = Number(value?.quantity?.quantity);
      // Only "get Y free" (100% off) is a bundle as the promotions skill prices it.
      if (!(buy > 0 && get > 0) || value?.effect?.percentage !== 1) return [];
      const scope = discountScope(d.customerBuys?.items);
      return [{ ...base, kind: 'bundle', buyQuantity: buy, getQuantity: get, appliesTo: scope.length > 0 ? scope : base.appliesTo }];
    }
    default:
      return [];
  }
}
