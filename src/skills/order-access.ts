// Finds the order a shopper asks about and proves it is theirs before anything is revealed: the
// e-mail or phone on the order must match one the channel vouches for or the shopper typed here.
// Unknown and not-yours read the same, so nobody can probe which order numbers exist.
import { formatDate, formatMoney } from '../commerce/money.js';
import type { Order } from '../commerce/types.js';
import type { Proof } from '../identity/identity-keys.js';
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

export type OrderAccess =
  | { kind: 'ok'; order: Order }
  | { kind: 'ask_number'; recent: Order[] }
  | { kind: 'ask_identity'; orderNumber: string }
  | { kind: 'not_found'; orderNumber: string };

const digits = (phone: string) => phone.replace(/\D/g, '');

/** Phones match on their last nine digits: "+65 9709 8708", "6597098708" and "09709 8708" are one line. */
export function samePhone(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < 8 || y.length < 8) return false;
  return x.slice(-9) === y.slice(-9) || x.endsWith(y.slice(-8)) && y.endsWith(x.slice(-8));
}

export function identities(ctx: SkillContext): { emails: string[]; phones: string[] } {
  return {
    emails: [...(ctx.customer.email ? [ctx.customer.email.toLowerCase()] : []), ...(ctx.state.emails ?? [])],
    phones: [...(ctx.customer.phone ? [ctx.customer.phone] : []), ...(ctx.state.phones ?? [])],
  };
}

export function ownsOrder(order: Pick<Order, 'email' | 'phone'>, who: { emails: string[]; phones: string[] }): boolean {
  return who.emails.includes(order.email.toLowerCase()) || who.phones.some((p) => samePhone(p, order.phone));
}

/**
 * The order's checkout e-mail/phone may differ from the shopper's account (a gift, a work address):
 * the e-mail or phone on the store's customer record the order belongs to proves ownership too.
 */
async function ownsAccount(ctx: SkillContext, order: Order, who: { emails: string[]; phones: string[] }): Promise<boolean> {
  if (!order.customerId) return false;
  const account = await ctx.reader.customer(ctx.tenantId, order.customerId);
  return account !== undefined && ownsOrder({ email: account.email, phone: account.phone }, who);
}

export async function accessOrder(ctx: SkillContext): Promise<OrderAccess> {
  const number = ctx.slots.orderNumber;
  if (!number) {
    // Only what the channel vouches for lists orders: a typed e-mail proves nothing on its own.
    const email = ctx.customer.email ?? undefined;
    const phone = ctx.customer.phone ?? undefined;
    const recent = email || phone
      ? (await ctx.reader.recentOrders(ctx.tenantId, { ...(email ? { email } : {}), ...(phone ? { phone } : {}) }, 4))
        .filter((o) => o.number !== ctx.slots.excludeOrder).slice(0, 3)
      : [];
    return { kind: 'ask_number', recent };
  }
  const who = identities(ctx);
  if (who.emails.length === 0 && who.phones.length === 0) return { kind: 'ask_identity', orderNumber: number };
  const order = await ctx.reader.orderByNumber(ctx.tenantId, number);
  if (!order || !(ownsOrder(order, who) || (await ownsAccount(ctx, order, who)))) return { kind: 'not_found', orderNumber: number };
  ctx.proven?.push(...ownershipProofs(order, who));
  return { kind: 'ok', order };
}

/** What proving this order established: the order is theirs, and so is each contact on it that matched. */
export function ownershipProofs(order: Order, who: { emails: string[]; phones: string[] }): Proof[] {
  return [
    { kind: 'order', value: order.id },
    ...(who.emails.includes(order.email.toLowerCase()) ? [{ kind: 'email' as const, value: order.email }] : []),
    ...(order.phone && who.phones.some((p) => samePhone(p, order.phone)) ? [{ kind: 'phone' as const, value: order.phone }] : []),
  ];
}

/** The reply for every outcome but 'ok': ask for the number (offering recent orders), ask who they are, or say it was not found. */
export function orderAccessReply(ctx: SkillContext, access: Exclude<OrderAccess, { kind: 'ok' }>): SkillResult {
  const lang = ctx.language;
  const example = /PD-/.test(ctx.shop.orderNumberPattern) ? 'PD-123456' : '#1001';
  switch (access.kind) {
    case 'ask_number':
      if (access.recent.length > 0) {
        const list = access.recent.map((o) => `• ${o.number} — ${formatDate(o.placedAt, lang, ctx.shop.timezone)}, ${formatMoney(o.total, lang)}`).join('\n');
        return { replies: [{ text: render(lang, 'recent_orders', { list }), quickReplies: access.recent.map((o) => o.number) }], ask: 'orderNumber' };
      }
      return { replies: [{ text: render(lang, 'ask_order_number', { example }) }], ask: 'orderNumber' };
    case 'ask_identity':
      return { replies: [{ text: render(lang, 'ask_order_email', { number: access.orderNumber }) }], ask: 'identity' };
    case 'not_found': {
      const slots = { ...ctx.slots };
      delete slots.orderNumber;
      return { replies: [{ text: render(lang, 'order_not_found', { number: access.orderNumber, example }) }], ask: 'orderNumber', slots };
    }
  }
}
