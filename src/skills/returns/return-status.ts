// "Where is my refund / my return?": after the order is verified, answers from the returns the store
// has on file for it (synced from the platform), newest first, each in the words for its state. A
// declined return goes to a person, who can explain the decision.
import { formatDate, formatMoney } from '../../commerce/money.js';
import type { Order, Return } from '../../commerce/types.js';
import { render } from '../../reply/render.js';
import { accessOrder, orderAccessReply } from '../order-access.js';
import type { SkillContext, SkillResult } from '../types.js';

/** At most this many returns are described in one reply. */
const MAX_SHOWN = 3;

/** One return in the shopper's language; `refundDays` is the shop's refund time once a return arrives. */
export function describeReturn(ctx: SkillContext, ret: Return, refundDays: number): string {
  const lang = ctx.language;
  const vars = { rma: ret.rma, number: ret.orderNumber, days: refundDays };
  switch (ret.state) {
    case 'approved':
      return render(lang, 'return_status_approved', { ...vars, label: ret.labelUrl ?? '' });
    case 'refunded':
      return render(lang, 'return_status_refunded', {
        ...vars,
        amount: ret.refunded ? formatMoney(ret.refunded, lang) : '',
        date: formatDate(ret.refundedAt ?? ret.updatedAt ?? ret.createdAt, lang, ctx.shop.timezone),
      });
    default:
      return render(lang, `return_status_${ret.state}`, vars);
  }
}

/** The reply about these returns of a verified order. */
export async function returnStatusReply(ctx: SkillContext, order: Order, returns: Return[]): Promise<SkillResult> {
  const slots = { ...ctx.slots, orderNumber: order.number };
  if (returns.length === 0) return { replies: [{ text: render(ctx.language, 'return_status_none', { number: order.number }) }], slots };
  const policy = await ctx.reader.returnPolicy(ctx.tenantId);
  const shown = returns.slice(0, MAX_SHOWN);
  const text = shown.map((r) => describeReturn(ctx, r, policy?.refundDays ?? 0)).join('\n\n');
  const declined = shown.some((r) => r.state === 'declined');
  return { replies: [{ text }], slots, ...(declined ? { handoff: { reason: 'policy_review' as const, priority: 1 } } : {}) };
}

export async function returnStatus(ctx: SkillContext): Promise<SkillResult> {
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  return returnStatusReply(ctx, access.order, await ctx.reader.returnsForOrder(ctx.tenantId, access.order.id));
}
