// Cancellation (confirmed by the shopper first) and address change, allowed only while the store can still act (until packing);
// afterwards the shopper hears why not and what they can do instead. Requests are filed through
// StoreActions for the store (or an agent) to carry out, and the shopper is told exactly that.
import { formatMoney } from '../../commerce/money.js';
import { yesOrNo } from '../../dialog/cue-words.js';
import { render } from '../../reply/render.js';
import { accessOrder, orderAccessReply } from '../order-access.js';
import type { SkillContext, SkillResult } from '../types.js';
import { ADDRESS_CHANGE_STATES, CANCELLABLE_STATES } from './return-rules.js';

export async function cancelOrder(ctx: SkillContext): Promise<SkillResult> {
  const lang = ctx.language;
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  const { order } = access;
  const slots = { ...ctx.slots, orderNumber: order.number };
  const policy = await ctx.reader.returnPolicy(ctx.tenantId);
  const window = policy?.windowDays ?? 30;
  if (order.state === 'cancelled') return { replies: [{ text: render(lang, 'cancel_already', { number: order.number }) }], slots };
  if (order.state === 'delivered' || order.state === 'closed') return { replies: [{ text: render(lang, 'cancel_delivered', { number: order.number }) }], slots };
  if (!CANCELLABLE_STATES.has(order.state)) {
    const key = order.state === 'packed' ? 'cancel_too_late_packed' : 'cancel_too_late_shipped';
    return { replies: [{ text: render(lang, key, { number: order.number, window }) }], slots };
  }
  // Cancelling cannot be undone: the shopper confirms first.
  const answer = ctx.state.active?.pending === 'confirm' ? yesOrNo(ctx.text) : undefined;
  if (answer === 'no') return { replies: [{ text: render(lang, 'cancel_kept', { number: order.number }) }], slots };
  if (answer !== 'yes') {
    return {
      replies: [{ text: render(lang, 'cancel_confirm', { number: order.number, total: formatMoney(order.total, lang) }), quickReplies: [render(lang, 'confirm_yes'), render(lang, 'confirm_no')] }],
      ask: 'confirm',
      slots,
    };
  }
  if (!ctx.actions) return { replies: [{ text: render(lang, 'handoff') }], slots, handoff: { reason: 'needs_human', priority: 1 } };
  await ctx.actions.recordRequest(ctx.tenantId, {
    kind: 'cancel', orderId: order.id, orderNumber: order.number, itemIds: order.items.map((i) => i.id), status: 'requested', reason: 'shopper', details: {},
  }, ctx.now);
  const key = order.paidAt ? 'cancel_done' : 'cancel_done_unpaid';
  return { replies: [{ text: render(lang, key, { number: order.number, total: formatMoney(order.total, lang), days: policy?.refundDays ?? 7 }) }], slots };
}

export async function changeAddress(ctx: SkillContext): Promise<SkillResult> {
  const lang = ctx.language;
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  const { order } = access;
  const slots = { ...ctx.slots, orderNumber: order.number };
  if (order.state === 'delivered' || order.state === 'closed' || order.state === 'cancelled') {
    return { replies: [{ text: render(lang, 'address_delivered', { number: order.number }) }], slots };
  }
  if (!ADDRESS_CHANGE_STATES.has(order.state)) {
    // Packed or on its way: only the carrier can redirect it, which a person arranges.
    return { replies: [{ text: render(lang, 'address_too_late', { number: order.number }) }], slots, handoff: { reason: 'needs_human', priority: 1 } };
  }
  if (!ctx.slots.address) return { replies: [{ text: render(lang, 'address_ask', { number: order.number }) }], ask: 'address', slots };
  if (!ctx.actions) return { replies: [{ text: render(lang, 'handoff') }], slots, handoff: { reason: 'needs_human', priority: 1 } };
  await ctx.actions.recordRequest(ctx.tenantId, {
    kind: 'address_change', orderId: order.id, orderNumber: order.number, itemIds: [], status: 'requested', reason: 'shopper', details: { address: ctx.slots.address },
  }, ctx.now);
  return { replies: [{ text: render(lang, 'address_recorded', { number: order.number, address: ctx.slots.address }) }], slots };
}
