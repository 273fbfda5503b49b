// What the console shows for each return on file under an order: the state in words, the items by
// their order-line titles, the refund, and a label link only when it is a web address (a store's
// data is not trusted to put a javascript: URL in an agent's console).
import type { OrderItem, Return } from '../../../../src/commerce/types.js';

export interface ReturnLine {
  rma: string;
  state: string;
  /** "1 × Linen shirt (M)" per returned line; an item the order no longer lists keeps its id. */
  items: string[];
  labelHref: string | null;
  refunded: { amountMinor: number; currency: string } | null;
  /** Waiting on the shopper or the warehouse (not finished). */
  open: boolean;
}

const STATE_WORDS: Record<Return['state'], string> = {
  requested: 'requested',
  approved: 'approved, awaiting parcel',
  in_transit: 'on its way back',
  received: 'received',
  refunded: 'refunded',
  declined: 'declined',
  cancelled: 'cancelled',
};

export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function returnLines(returns: Return[], items: OrderItem[]): ReturnLine[] {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return returns.map((r) => ({
    rma: r.rma,
    state: STATE_WORDS[r.state] ?? r.state,
    items: r.items.map((i) => `${i.quantity} × ${titles.get(i.orderItemId) ?? i.orderItemId}`),
    labelHref: safeHref(r.labelUrl),
    refunded: r.refunded ?? null,
    open: r.state === 'requested' || r.state === 'approved' || r.state === 'in_transit' || r.state === 'received',
  }));
}
