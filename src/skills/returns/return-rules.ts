// The return policy as rules: from the order, the item, the shopper's reason and the item's
// condition, the customer's history and the shop's policy, decide approve / deny with the reason /
// hand to a person. Pure, so every rule is unit-tested and agents see the same reason the bot gave.
import type { Customer, Money, Order, OrderItem, Product, ReturnPolicy } from '../../commerce/types.js';
import type { ReturnReason } from '../../dialog/cue-words.js';

export type ReturnKind = 'return' | 'exchange';

export interface ReturnCase {
  kind: ReturnKind;
  order: Order;
  item: OrderItem;
  product: Product | undefined;
  policy: ReturnPolicy;
  customer: Customer | undefined;
  reason: ReturnReason;
  condition: 'used' | 'unused' | undefined;
  now: number;
}

export type ReturnVerdict =
  | { outcome: 'approve'; freeLabel: boolean; daysSinceDelivery: number; window: number }
  | { outcome: 'deny'; why: 'not_delivered' | 'window_passed' | 'non_returnable' | 'condition'; daysSinceDelivery?: number; window: number }
  | { outcome: 'human'; why: 'value' | 'history' | 'warranty' | 'missing_facts' }
  | { outcome: 'ask_condition' };

/** Faulty goods are taken back this long after delivery, by a person (warranty); the window covers the rest. */
export const DEFECT_DAYS = 90;
/** A customer with at least this many returns and this return rate is reviewed by a person. */
export const HISTORY_RETURNS = 3;
export const HISTORY_RATE = 0.5;

const DAY = 86_400_000;

function itemValue(c: ReturnCase): Money {
  // The product's price in the shop currency, so one approval limit serves every order currency.
  const variant = c.product?.variants.find((v) => v.id === c.item.variantId);
  const unit = variant?.price ?? c.item.unitPrice;
  return { amountMinor: unit.amountMinor * c.item.quantity, currency: unit.currency };
}

export function decideReturn(c: ReturnCase): ReturnVerdict {
  const vip = c.customer?.vip === true;
  const window = c.kind === 'exchange' ? c.policy.exchangeWindowDays : vip ? c.policy.vipWindowDays : c.policy.windowDays;
  if (c.order.state !== 'delivered' && c.order.state !== 'closed') return { outcome: 'deny', why: 'not_delivered', window };
  if (!c.order.deliveredAt) return { outcome: 'human', why: 'missing_facts' };
  const days = Math.floor((c.now - Date.parse(c.order.deliveredAt)) / DAY);
  const shopFault = c.reason === 'faulty' || c.reason === 'wrong_item';

  if (shopFault) {
    if (days > window) return days <= DEFECT_DAYS ? { outcome: 'human', why: 'warranty' } : { outcome: 'deny', why: 'window_passed', daysSinceDelivery: days, window };
  } else {
    if (days > window) return { outcome: 'deny', why: 'window_passed', daysSinceDelivery: days, window };
    const category = c.product?.category;
    if ((category && c.policy.nonReturnableCategories.includes(category)) || c.product?.returnable === false) {
      return { outcome: 'deny', why: 'non_returnable', window };
    }
    if (c.condition === undefined) return { outcome: 'ask_condition' };
    if (c.condition === 'used') return { outcome: 'deny', why: 'condition', window };
  }

  const value = itemValue(c);
  if (value.currency === c.policy.manualApprovalAbove.currency && value.amountMinor > c.policy.manualApprovalAbove.amountMinor) {
    return { outcome: 'human', why: 'value' };
  }
  const returns = c.customer?.returnsCount ?? 0;
  const orders = Math.max(1, c.customer?.ordersCount ?? 1);
  if (returns >= HISTORY_RETURNS && returns / orders >= HISTORY_RATE) return { outcome: 'human', why: 'history' };
  return { outcome: 'approve', freeLabel: shopFault || vip || c.policy.freeReturnShipping, daysSinceDelivery: days, window };
}

/** Cancelling stops at packing: after that the parcel is with the warehouse or the carrier. */
export const CANCELLABLE_STATES = new Set(['unpaid', 'awaiting_group_buy', 'paid']);
/** The delivery address can change until the order is packed. */
export const ADDRESS_CHANGE_STATES = new Set(['unpaid', 'awaiting_group_buy', 'paid']);
