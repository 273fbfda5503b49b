// The writes a skill may ask for: shopper requests the store (or an agent) carries out. Kept apart
// from the CommerceReader so skills stay read-only by default and the pipeline decides where requests go.

export type ShopperRequestKind = 'return' | 'exchange' | 'cancel' | 'address_change';

export interface ShopperRequestInput {
  kind: ShopperRequestKind;
  orderId: string;
  orderNumber: string;
  itemIds: string[];
  /** 'approved' requests are ready to act on (a label issued); 'requested' wait for the store. */
  status: 'approved' | 'requested';
  reason: string;
  details: Record<string, string>;
}

export interface ShopperRequest extends ShopperRequestInput {
  id: string;
  /** Where the shopper downloads the return label (returns and exchanges). */
  labelUrl?: string;
  createdAt: number;
  /** The return as filed on the store's platform (Shopify returnCreate). */
  platformReturnId?: string;
  platformReturnName?: string;
  /** Why filing it on the platform failed; the local RMA stands and a person takes over. */
  platformError?: string;
}

export interface StoreActions {
  /** Idempotent per (order, kind, items): asking twice returns the first request. */
  recordRequest(tenantId: string, input: ShopperRequestInput, now: number): Promise<ShopperRequest>;
}
