// The store connector interface: typed, paginated fetches of each entity kind from a shop platform,
// already mapped into the normalised types of src/commerce/types.ts. Sync, webhooks and the live
// read-through all go through it, so a new platform is one folder implementing this.
import type { Coupon, Customer, Order, Product, Promotion, Return, Shipment } from '../types.js';

export const PLATFORMS = ['demo', 'shopify', 'woocommerce'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What an import walks, in this order (orders last: their shipments reference products and customers). */
export const SYNC_KINDS = ['products', 'customers', 'coupons', 'promotions', 'orders'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

export type StoreEntity =
  | { kind: 'product'; value: Product }
  | { kind: 'customer'; value: Customer }
  | { kind: 'order'; value: Order }
  | { kind: 'shipment'; value: Shipment }
  /** `reopened`: the store reopened a closed return, which may move it back to an earlier state. */
  | { kind: 'return'; value: Return; reopened?: boolean }
  | { kind: 'promotion'; value: Promotion }
  | { kind: 'coupon'; value: Coupon };

export interface Page {
  /** Orders come with their shipments and returns; every other kind yields its own entities only. */
  entities: StoreEntity[];
  /** Opaque cursor for the next page; null on the last page. */
  next: string | null;
  /** Records of this kind in the store, when the platform says (drives the progress bar). */
  total?: number;
}

export interface FetchOptions {
  /** Cursor from the previous page; absent for the first page. */
  cursor?: string | null;
  /** Only records changed at or after this ISO time (reconciliation). */
  updatedSince?: string;
  signal?: AbortSignal;
}

export interface StoreConnector {
  readonly platform: Platform;
  /** Kinds this platform has; the others are skipped by sync. */
  readonly kinds: readonly SyncKind[];
  fetchPage(kind: SyncKind, options?: FetchOptions): Promise<Page>;
  /** One order (with its shipments and returns) by the number the shopper sees; [] when the store has none. */
  fetchOrder(number: string, signal?: AbortSignal): Promise<StoreEntity[]>;
  /** Orders in the store (the import picks paged or bulk by it); absent when the platform has no bulk export. */
  countOrders?(signal?: AbortSignal): Promise<number>;
  /** The whole order book (with shipments and returns) through the platform's bulk export, in batches. */
  bulkOrders?(o: BulkOrdersOptions): AsyncIterable<{ entities: StoreEntity[]; orders: number }>;
  /** Files an approved return on the platform; absent where the platform takes none (demo, WooCommerce). */
  fileReturn?(input: PlatformReturnInput, signal?: AbortSignal): Promise<PlatformReturn>;
  /** Registers the order and shipment webhooks to `url` in the store; absent on the demo store. */
  subscribeWebhooks?(url: string, secret: string): Promise<WebhookSubscriptions>;
}

export interface PlatformReturnInput {
  orderId: string;
  /** Order line items (ids as the connector gave them) and how many of each come back. */
  items: Array<{ orderItemId: string; quantity: number }>;
  /** The shopper's reason as the returns skill records it: faulty, wrong_item, size, changed_mind. */
  reason: string;
}

export interface PlatformReturn {
  id: string;
  /** The return's number on the platform (Shopify "#1001-R2"). */
  name: string;
}

export interface BulkOrdersOptions {
  signal?: AbortSignal;
  /** Objects the platform has exported so far, while its export runs. */
  onObjects?: (count: number) => void;
}

export interface WebhookSubscriptions {
  /** Topics subscribed now. */
  created: string[];
  /** Topics that already delivered to this URL. */
  existing: string[];
}

/** A failure talking to the store, with what the merchant should do about it. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly reason: 'auth' | 'not_found' | 'rate_limited' | 'unavailable' | 'bad_response',
    readonly status?: number,
  ) {
    super(message);
  }
}
