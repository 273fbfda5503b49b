// Normalised store data: the shape every commerce connector (demo, Shopify, WooCommerce) maps into.
// Money is always integer minor units plus an ISO 4217 currency; times are ISO 8601 UTC strings.

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface ShopProfile {
  name: string;
  slug: string;
  /** IANA zone, e.g. 'Asia/Singapore'; promotions start and end in it. */
  timezone: string;
  defaultCurrency: string;
  /** Currencies the shop sells in. */
  currencies: string[];
  languages: string[];
  supportEmail: string;
  /** Order numbers look like this, e.g. /^PD-\d{6}$/ written as a string. */
  orderNumberPattern: string;
}

export interface Variant {
  id: string;
  sku: string;
  productId: string;
  /** e.g. { color: 'blue', size: 'M' } — lower-case English keys and values. */
  options: Record<string, string>;
  price: Money;
  /** Prices in the shop's other currencies. */
  prices: Money[];
  stock: number;
}

export interface Product {
  id: string;
  handle: string;
  /** Localised titles, at least 'en'. */
  title: Record<string, string>;
  description: Record<string, string>;
  category: string;
  brand: string;
  material?: string;
  attributes: Record<string, string>;
  tags: string[];
  /** Handles of the store collections it is in (Shopify), for discounts scoped to a collection. */
  collections?: string[];
  /** Option names in display order, e.g. ['color', 'size']. */
  optionNames: string[];
  variants: Variant[];
  /** Size advice: rows of { size, chest_cm, waist_cm, … } when the product is sized. */
  sizeChart?: Array<Record<string, string | number>>;
  returnable: boolean;
  url: string;
}

export interface Address {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
  phone?: string;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  phone: string;
  locale: string;
  country: string;
  vip: boolean;
  tags: string[];
  createdAt: string;
  lifetimeSpend: Money;
  ordersCount: number;
  /** Orders the customer returned something from (the return policy weighs the return rate). */
  returnsCount?: number;
}

export const ORDER_STATES = [
  'unpaid', 'awaiting_group_buy', 'paid', 'packed', 'partially_shipped', 'shipped', 'delivered',
  'cancelled', 'closed',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface OrderItem {
  id: string;
  productId: string;
  variantId: string;
  title: string;
  sku: string;
  quantity: number;
  unitPrice: Money;
  /** How many of this line have shipped. */
  shippedQuantity: number;
}

export interface Order {
  id: string;
  /** As the shopper sees it, matches ShopProfile.orderNumberPattern. */
  number: string;
  customerId: string;
  email: string;
  phone: string;
  state: OrderState;
  currency: string;
  items: OrderItem[];
  subtotal: Money;
  shippingFee: Money;
  discount: Money;
  tax: Money;
  total: Money;
  couponCodes: string[];
  paymentMethod: string;
  placedAt: string;
  paidAt?: string;
  cancelledAt?: string;
  deliveredAt?: string;
  /** Latest date the shop promised delivery by. */
  promisedDeliveryBy?: string;
  shippingAddress: Address;
  shipmentIds: string[];
  /** When the local cache last received this order from the store (set by the cache reader). */
  syncedAt?: string;
  /** When the store last changed the order (connectors set it; a late, older webhook never overwrites a newer copy). */
  updatedAt?: string;
}

export const SHIPMENT_STATUSES = [
  'label_created', 'in_transit', 'in_customs', 'out_for_delivery', 'delivered', 'exception',
  'returned_to_sender',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface TrackingEvent {
  at: string;
  status: ShipmentStatus;
  /** Carrier's own wording in English. */
  description: string;
  location: string;
}

export interface Shipment {
  id: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
  trackingUrl: string;
  status: ShipmentStatus;
  itemIds: string[];
  shippedAt: string;
  estimatedDelivery?: string;
  deliveredAt?: string;
  /** Oldest first. */
  events: TrackingEvent[];
  /** When the local cache last received this shipment from the store (set by the cache reader). */
  syncedAt?: string;
}

export interface Promotion {
  id: string;
  name: Record<string, string>;
  /** 'threshold': spend ≥ minSpend, get amountOff; 'percent': percentOff on eligible items; 'free_shipping'; 'bundle': buy N get M. */
  kind: 'threshold' | 'percent' | 'free_shipping' | 'bundle';
  minSpend?: Money;
  amountOff?: Money;
  percentOff?: number;
  buyQuantity?: number;
  getQuantity?: number;
  /** Categories, product ids or "collection:<handle>" it applies to; empty = all. */
  appliesTo: string[];
  excludes: string[];
  /** Can it combine with coupons / other promotions? */
  stackableWithCoupons: boolean;
  stackableWithPromotions: boolean;
  startsAt: string;
  endsAt: string;
}

export interface Coupon {
  code: string;
  kind: 'fixed' | 'percent' | 'free_shipping';
  amountOff?: Money;
  percentOff?: number;
  minSpend?: Money;
  appliesTo: string[];
  excludes: string[];
  stackableWithPromotions: boolean;
  /** Codes it may combine with ('*': any coupon that also allows it); other coupons never stack. */
  stackableWithCoupons: string[];
  startsAt: string;
  endsAt: string;
  usageLimitPerCustomer: number;
  firstOrderOnly: boolean;
  /** Advertised: the bot offers it to shoppers asking for a discount. Private codes (VIP mailings, service recovery) are only checked when typed. */
  public?: boolean;
}

export const RETURN_STATES = ['requested', 'approved', 'in_transit', 'received', 'refunded', 'declined', 'cancelled'] as const;
export type ReturnState = (typeof RETURN_STATES)[number];

/** A return (RMA) the store knows about: filed by the shopper, the bot or an agent on the platform. */
export interface Return {
  id: string;
  /** The return number the shopper sees (Shopify's "#1001-R1", the demo's "RMA-…", Woo's refund id). */
  rma: string;
  orderId: string;
  orderNumber: string;
  items: Array<{ orderItemId: string; quantity: number }>;
  state: ReturnState;
  /** Where the shopper prints the return label, when the store issued one. */
  labelUrl?: string;
  /** Money refunded so far for this return. */
  refunded?: Money;
  reason?: string;
  createdAt: string;
  updatedAt?: string;
  refundedAt?: string;
  /** When the local cache last received this return from the store (set by the cache reader). */
  syncedAt?: string;
}

export interface ReturnPolicy {
  windowDays: number;
  /** Longer window for VIP customers. */
  vipWindowDays: number;
  exchangeWindowDays: number;
  nonReturnableCategories: string[];
  /** Condition the item must be in. */
  conditions: string[];
  restockingFeePercent: number;
  /** Who pays return shipping when the shopper changed their mind. */
  freeReturnShipping: boolean;
  refundDays: number;
  /** Above this value a human approves. */
  manualApprovalAbove: Money;
  /** What a change-of-mind return label costs (deducted from the refund) when returns are not free. */
  returnLabelFee?: Money;
  /** Localised full text of the policy. */
  text: Record<string, string>;
}

/** Situations where the merchant may word the bot's promotion replies themselves. */
export const PROMOTION_SCENARIOS = ['campaigns_running', 'coupon_expired', 'coupon_valid', 'best_deal', 'no_discount'] as const;
export type PromotionScenario = (typeof PROMOTION_SCENARIOS)[number];

/** The merchant's own phrasing for a promotion scenario in one language; {placeholders} as in the built-in reply. */
export interface PromotionScript {
  id: string;
  scenario: PromotionScenario;
  language: string;
  text: string;
}

export interface KnowledgeArticle {
  id: string;
  language: string;
  title: string;
  body: string;
  category: string;
  tags: string[];
}

export interface DemoStoreData {
  shop: ShopProfile;
  products: Product[];
  customers: Customer[];
  orders: Order[];
  shipments: Shipment[];
  promotions: Promotion[];
  coupons: Coupon[];
  returnPolicy: ReturnPolicy;
  articles: KnowledgeArticle[];
  promotionScripts?: PromotionScript[];
  returns?: Return[];
}
