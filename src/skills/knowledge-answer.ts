// Knowledge answers for policy-type questions: picks the shop's article on the intent's topic in the
// shopper's language (English when that language has none) and cites it. Without a matching article
// the bot says so and hands over rather than guessing.
import type { KnowledgeArticle } from '../commerce/types.js';
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

/** Topic words per intent, matched against an article's category, tags and title. */
const TOPICS: Record<string, string[]> = {
  shipping_time: ['shipping-times', 'shipping', 'delivery', 'transit'],
  shipping_fee: ['shipping-fees', 'fees', 'free-shipping', 'shipping'],
  customs_duty: ['customs', 'duties', 'duty', 'import', 'tax'],
  return_policy: ['returns', 'return', 'policy'],
  refund_status: ['refunds', 'refund'],
  payment_methods: ['payment', 'payments', 'payment-methods'],
  coupon_usage: ['coupons', 'coupon', 'voucher', 'promotions'],
  promotion_rules: ['promotions', 'promotion', 'sale', 'campaign', 'coupons'],
  price_discount: ['promotions', 'price', 'discount', 'coupons'],
  gift_wrap: ['gift-wrap', 'gift', 'gifts', 'wrapping'],
  invoice: ['invoice', 'invoices', 'receipt', 'payments'],
  warranty: ['warranty', 'repair'],
  account_problem: ['account', 'login', 'password'],
  size_advice: ['size-guide', 'size', 'sizing', 'fit'],
  product_info: ['product', 'care', 'materials'],
  stock_availability: ['stock', 'restock', 'availability'],
};

function topicScore(article: KnowledgeArticle, topics: string[]): number {
  const haystack = [article.category, ...article.tags].map((s) => s.toLowerCase());
  const title = article.title.toLowerCase();
  let score = 0;
  topics.forEach((t, rank) => {
    const weight = topics.length - rank;
    if (haystack.includes(t)) score += 3 * weight;
    else if (haystack.some((h) => h.includes(t)) || title.includes(t)) score += weight;
  });
  return score;
}

export function pickArticle(articles: KnowledgeArticle[], intent: string, language: string): KnowledgeArticle | undefined {
  const topics = TOPICS[intent];
  if (!topics) return undefined;
  const base = language.split('-')[0];
  for (const lang of [language, base, 'en']) {
    const candidates = articles.filter((a) => a.language === lang);
    let best: KnowledgeArticle | undefined;
    let bestScore = 0;
    for (const a of candidates) {
      const s = topicScore(a, topics);
      if (s > bestScore) [best, bestScore] = [a, s];
    }
    if (best) return best;
  }
  return undefined;
}

export async function knowledgeAnswer(ctx: SkillContext, intent: string): Promise<SkillResult> {
  const article = pickArticle(await ctx.reader.articles(ctx.tenantId), intent, ctx.language);
  if (!article) {
    return { replies: [{ text: render(ctx.language, 'no_answer') }], handoff: { reason: 'no_answer', priority: 1 } };
  }
  return {
    replies: [{ text: `${render(ctx.language, 'knowledge', { body: article.body })}\n\n${render(ctx.language, 'knowledge_source', { title: article.title })}` }],
  };
}
