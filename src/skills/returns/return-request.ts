// Returns and exchanges: verifies the order, picks the item, asks the reason and (for change-of-
// mind returns) the item's condition, then applies the policy rules. Approved cases get an RMA with
// a return-label link; denials say why; everything else goes to a person with the request on file.
import { formatMoney } from '../../commerce/money.js';
import type { Order, OrderItem, Product } from '../../commerce/types.js';
import { render } from '../../reply/render.js';
import type { ReturnReason } from '../../dialog/cue-words.js';
import { accessOrder, orderAccessReply } from '../order-access.js';
import { productTitle } from '../product/product-question.js';
import type { SkillContext, SkillResult } from '../types.js';
import { decideReturn, type ReturnKind } from './return-rules.js';
import { returnStatus, returnStatusReply } from './return-status.js';

const REASONS: ReturnReason[] = ['faulty', 'wrong_item', 'size', 'changed_mind'];

function itemName(item: OrderItem, product: Product | undefined, lang: string): string {
  return product ? `${productTitle(product, lang)}${item.title.includes('(') ? ` ${item.title.slice(item.title.indexOf('('))}` : ''}` : item.title;
}

/** The item the shopper means: named by product, the only one, or picked from a list they were shown. */
function pickItem(ctx: SkillContext, order: Order, products: Product[]): OrderItem | undefined {
  if (ctx.slots.itemId) return order.items.find((i) => i.id === ctx.slots.itemId);
  if (order.items.length === 1) return order.items[0];
  const byProduct = order.items.find((i) => i.productId === ctx.slots.productId || i.variantId === ctx.slots.variantId);
  if (byProduct) return byProduct;
  if (ctx.state.active?.pending !== 'itemId') return undefined;
  const text = ctx.text.trim().toLowerCase();
  const index = Number(text.match(/^\d+$/)?.[0]);
  if (index >= 1 && index <= order.items.length) return order.items[index - 1];
  return order.items.find((i) => {
    const product = products.find((p) => p.id === i.productId);
    return [i.title, ...Object.values(product?.title ?? {})].some((t) => t && text.includes(t.toLowerCase()));
  });
}

/** Returns the store already has open for an item: asking again is answered with where that one stands. */
const OPEN_STATES = new Set(['requested', 'approved', 'in_transit', 'received', 'refunded']);

export async function returnRequest(ctx: SkillContext): Promise<SkillResult> {
  if (ctx.intent === 'refund_status') return returnStatus(ctx);
  const lang = ctx.language;
  const kind: ReturnKind = ctx.intent === 'exchange_request' ? 'exchange' : 'return';
  const access = await accessOrder(ctx);
  if (access.kind !== 'ok') return orderAccessReply(ctx, access);
  const { order } = access;
  const slots = { ...ctx.slots, orderNumber: order.number };
  const [products, policy, customer] = await Promise.all([
    ctx.reader.products(ctx.tenantId), ctx.reader.returnPolicy(ctx.tenantId), ctx.reader.customer(ctx.tenantId, order.customerId),
  ]);
  if (!policy) return { replies: [{ text: render(lang, 'handoff') }], slots, handoff: { reason: 'policy_review', priority: 1 } };

  // Orders not delivered yet are answered before asking anything else.
  if (order.state !== 'delivered' && order.state !== 'closed') {
    return { replies: [{ text: render(lang, 'return_denied_not_delivered', { number: order.number, window: policy.windowDays }) }], slots };
  }

  const item = pickItem(ctx, order, products);
  if (!item) {
    const list = order.items.map((i, n) => `${n + 1}. ${itemName(i, products.find((p) => p.id === i.productId), lang)}`).join('\n');
    return { replies: [{ text: render(lang, 'return_ask_item', { number: order.number, list }), quickReplies: order.items.map((_, n) => String(n + 1)) }], ask: 'itemId', slots };
  }
  const onFile = (await ctx.reader.returnsForOrder(ctx.tenantId, order.id)).filter((r) => OPEN_STATES.has(r.state) && r.items.some((i) => i.orderItemId === item.id));
  if (onFile.length > 0) return returnStatusReply(ctx, order, onFile);
  const product = products.find((p) => p.id === item.productId);
  const name = itemName(item, product, lang);
  const itemSlots = { ...slots, itemId: item.id };

  const reason = ctx.slots.reason as ReturnReason | undefined;
  if (!reason || !REASONS.includes(reason)) {
    return {
      replies: [{ text: render(lang, 'return_ask_reason', { item: name }), quickReplies: REASONS.map((r) => render(lang, `reason_${r}`)) }],
      ask: 'reason',
      slots: itemSlots,
    };
  }
  const condition = ctx.slots.condition === 'used' || ctx.slots.condition === 'unused' ? ctx.slots.condition : undefined;
  const verdict = decideReturn({ kind, order, item, product, policy, customer, reason, condition, now: ctx.now });

  switch (verdict.outcome) {
    case 'ask_condition':
      return {
        replies: [{ text: render(lang, 'return_ask_condition', { item: name }), quickReplies: [render(lang, 'condition_unused'), render(lang, 'condition_used')] }],
        ask: 'condition',
        slots: itemSlots,
      };
    case 'deny': {
      const vars = { item: name, number: order.number, days: verdict.daysSinceDelivery ?? 0, window: verdict.window };
      return { replies: [{ text: render(lang, `return_denied_${verdict.why}`, vars) }], slots: itemSlots };
    }
    case 'human': {
      await ctx.actions?.recordRequest(ctx.tenantId, {
        kind, orderId: order.id, orderNumber: order.number, itemIds: [item.id], status: 'requested', reason, details: { review: verdict.why, condition: condition ?? '' },
      }, ctx.now);
      return {
        replies: [{ text: render(lang, 'return_review', { item: name, why: render(lang, `review_${verdict.why}`) }) }],
        slots: itemSlots,
        handoff: { reason: 'policy_review', priority: 1 },
      };
    }
    case 'approve': {
      if (!ctx.actions) return { replies: [{ text: render(lang, 'return_review', { item: name, why: render(lang, 'review_missing_facts') }) }], slots: itemSlots, handoff: { reason: 'policy_review', priority: 1 } };
      const rma = await ctx.actions.recordRequest(ctx.tenantId, {
        kind, orderId: order.id, orderNumber: order.number, itemIds: [item.id], status: 'approved', reason, details: { condition: condition ?? '', quantity: String(item.shippedQuantity || item.quantity) },
      }, ctx.now);
      // The store's platform refused the return or was unreachable: the RMA is on file, a person files it there.
      if (rma.platformError) return { replies: [{ text: render(lang, 'return_review', { item: name, why: render(lang, 'review_missing_facts') }) }], slots: itemSlots, handoff: { reason: 'store_unavailable', priority: 1 } };
      const fee = verdict.freeLabel || !policy.returnLabelFee ? render(lang, 'label_free') : render(lang, 'label_fee', { fee: formatMoney(policy.returnLabelFee, lang) });
      const key = kind === 'exchange' ? 'exchange_approved' : 'return_approved';
      return {
        replies: [{ text: render(lang, key, { item: name, number: order.number, rma: rma.id, label: rma.labelUrl ?? '', fee, days: policy.refundDays }) }],
        slots: itemSlots,
      };
    }
  }
}
