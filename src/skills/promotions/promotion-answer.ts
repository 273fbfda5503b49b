// Promotions and coupons: checks a code the shopper typed (unknown, expired, not started yet, not
// for these items, spend more) and answers "is there a discount?" with the best allowed combination
// for the product they ask about, or the campaigns running now with their end in the shop's time zone.
// Where the merchant wrote their own phrasing for a scenario and language, it replaces the built-in one.
import { formatMoney } from '../../commerce/money.js';
import type { Coupon, Product, Promotion, PromotionScenario, PromotionScript } from '../../commerce/types.js';
import { fill, render, type ReplyVars } from '../../reply/render.js';
import { formatDateTime } from '../tracking/describe-event.js';
import { productTitle } from '../product/product-question.js';
import type { SkillContext, SkillResult } from '../types.js';
import { bestOffer, checkCoupon, isActive, type CartLine } from './best-offer.js';

const SCENARIO_KEYS = {
  campaigns_running: 'promo_list', coupon_expired: 'coupon_expired', coupon_valid: 'coupon_valid', best_deal: 'promo_best', no_discount: 'promo_no_discount',
} as const satisfies Record<PromotionScenario, Parameters<typeof render>[1]>;

/** The merchant's script for this scenario in the shopper's language, else the built-in reply. */
function say(lang: string, scripts: PromotionScript[], scenario: PromotionScenario, vars: ReplyVars): string {
  const script = scripts.find((s) => s.scenario === scenario && s.language === lang);
  return script ? fill(script.text, vars) : render(lang, SCENARIO_KEYS[scenario], vars);
}

function promotionName(p: Promotion, lang: string): string {
  return p.name[lang] ?? p.name[lang.split('-')[0]!] ?? p.name.en ?? p.id;
}

export function couponRule(c: Coupon, lang: string): string {
  const what = c.kind === 'percent' ? render(lang, 'rule_percent', { percent: c.percentOff ?? 0 })
    : c.kind === 'fixed' && c.amountOff ? render(lang, 'rule_fixed', { amount: formatMoney(c.amountOff, lang) })
    : render(lang, 'rule_free_shipping');
  return c.minSpend ? `${what} ${render(lang, 'rule_min_spend', { min: formatMoney(c.minSpend, lang) })}` : what;
}

function cartFor(ctx: SkillContext, products: Product[]): CartLine[] {
  const product = products.find((p) => p.id === ctx.slots.productId);
  if (!product) return [];
  const variant = product.variants.find((v) => v.id === ctx.slots.variantId)
    ?? [...product.variants].sort((a, b) => a.price.amountMinor - b.price.amountMinor)[0];
  if (!variant) return [];
  const quantity = Math.min(20, Math.max(1, Number(ctx.slots.quantity) || 1));
  return [{ product, variant, quantity }];
}

function describeOffer(ctx: SkillContext, lines: CartLine[], promotions: Promotion[], coupons: Coupon[], scripts: PromotionScript[]): string {
  const lang = ctx.language;
  const offer = bestOffer(lines, promotions, coupons, ctx.now);
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: offer.currency }, lang);
  const title = productTitle(lines[0]!.product, lang);
  if (offer.discount === 0 && !offer.freeShipping) {
    return say(lang, scripts, 'no_discount', { title, price: money(offer.subtotal) });
  }
  const parts = [
    ...offer.promotions.map((p) => promotionName(p, lang)),
    ...offer.coupons.map((c) => `${c.code} (${couponRule(c, lang)})`),
  ].map((p) => `• ${p}`).join('\n');
  return say(lang, scripts, 'best_deal', { title, price: money(offer.subtotal), total: money(offer.subtotal - offer.discount), parts });
}

function activeList(ctx: SkillContext, promotions: Promotion[], coupons: Coupon[], scripts: PromotionScript[]): string {
  const lang = ctx.language;
  const zone = ctx.shop.timezone;
  const running = promotions.filter((p) => isActive(p, ctx.now)).sort((a, b) => a.endsAt.localeCompare(b.endsAt));
  const codes = coupons.filter((c) => c.public && isActive(c, ctx.now) && !c.firstOrderOnly).slice(0, 4);
  if (running.length === 0 && codes.length === 0) return render(lang, 'promo_none');
  const list = [
    ...running.map((p) => `• ${promotionName(p, lang)} — ${render(lang, 'promo_until', { end: formatDateTime(p.endsAt, lang, zone) })}`),
    ...codes.map((c) => `• ${c.code}: ${couponRule(c, lang)} — ${render(lang, 'promo_until', { end: formatDateTime(c.endsAt, lang, zone) })}`),
  ].join('\n');
  return say(lang, scripts, 'campaigns_running', { list });
}

export async function promotionAnswer(ctx: SkillContext): Promise<SkillResult> {
  const lang = ctx.language;
  const [promotions, coupons, products, scripts] = await Promise.all([
    ctx.reader.promotions(ctx.tenantId), ctx.reader.coupons(ctx.tenantId), ctx.reader.products(ctx.tenantId), ctx.reader.promotionScripts(ctx.tenantId),
  ]);
  const lines = cartFor(ctx, products);
  const advertised = coupons.filter((c) => c.public);
  const zone = ctx.shop.timezone;
  const code = ctx.slots.couponCode;
  // Words in capitals are only codes when the shop knows them, or when the shopper asked about a code.
  const known = code && (coupons.some((c) => c.code === code) || ctx.intent === 'coupon_usage');
  if (code && known) {
    const check = checkCoupon(code, coupons, lines, ctx.now, undefined);
    const after = lines.length > 0 ? describeOffer(ctx, lines, promotions, advertised, scripts) : activeList(ctx, promotions, advertised, scripts);
    switch (check.kind) {
      case 'unknown':
        return { replies: [{ text: `${render(lang, 'coupon_unknown', { code })}\n\n${after}` }] };
      case 'expired':
        return { replies: [{ text: `${say(lang, scripts, 'coupon_expired', { code, end: formatDateTime(check.coupon.endsAt, lang, zone) })}\n\n${after}` }] };
      case 'not_started':
        return { replies: [{ text: render(lang, 'coupon_not_started', { code, start: formatDateTime(check.coupon.startsAt, lang, zone) }) }] };
      case 'first_order':
        return { replies: [{ text: `${render(lang, 'coupon_first_order', { code })}\n\n${after}` }] };
      case 'not_eligible':
        return { replies: [{ text: `${render(lang, 'coupon_not_eligible', { code, title: productTitle(lines[0]!.product, lang) })}\n\n${after}` }] };
      case 'min_spend':
        return { replies: [{ text: render(lang, 'coupon_min_spend', { code, missing: formatMoney(check.missing, lang) }) }] };
      case 'ok': {
        const valid = say(lang, scripts, 'coupon_valid', { code, rule: couponRule(check.coupon, lang), end: formatDateTime(check.coupon.endsAt, lang, zone) });
        const withCode = lines.length > 0 ? `\n\n${describeOffer(ctx, lines, promotions, [...advertised.filter((c) => c.code !== code), check.coupon], scripts)}` : '';
        return { replies: [{ text: `${valid}${withCode}` }] };
      }
    }
  }
  if (lines.length > 0) return { replies: [{ text: describeOffer(ctx, lines, promotions, advertised, scripts) }] };
  return { replies: [{ text: activeList(ctx, promotions, advertised, scripts) }] };
}
