// Knowledge answers: searches the shop's help centre in the shopper's language (English when the shop
// wrote none in it) and answers with the passage that fits the question, citing its article. A
// passage must clear a coverage bar, or come from the article on the question's topic; without
// either the bot says so and hands over rather than guessing.
import type { CommerceReader } from '../commerce/records.js';
import type { KnowledgeArticle } from '../commerce/types.js';
import { OOS } from '../nlu/types.js';
import { knowledgeIndexFor, type KnowledgeIndex } from '../knowledge/knowledge-index.js';
import { toPassages, type Passage } from '../knowledge/passages.js';
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

/** Topic words per intent, most specific first (the demo help centre's slugs, then words any shop's tags may use), matched against an article's category, tags and title. */
const TOPICS: Record<string, string[]> = {
  shipping_time: ['shipping-times', 'delivery time', 'shipping', 'delivery', 'transit'],
  shipping_fee: ['shipping-fees', 'shipping fee', 'free shipping', 'fees', 'shipping'],
  customs_duty: ['customs-duties', 'customs', 'duties', 'duty', 'import', 'tax'],
  return_policy: ['returns-how-to', 'returns', 'return'],
  refund_status: ['refund-timing', 'refund status', 'refunds', 'refund'],
  payment_methods: ['payment-methods', 'payment methods', 'payment', 'payments'],
  coupon_usage: ['coupons-promotions', 'coupons', 'coupon', 'voucher', 'promotions'],
  promotion_rules: ['coupons-promotions', 'promotions', 'promotion', 'sale', 'campaign'],
  price_discount: ['coupons-promotions', 'promotions', 'price', 'discount'],
  gift_wrap: ['gift-wrap', 'gift wrap', 'gift', 'gifts', 'wrapping'],
  invoice: ['invoice', 'invoices', 'receipt', 'payment-methods', 'payments'],
  warranty: ['warranty', 'repair', 'faulty'],
  account_problem: ['account-help', 'account', 'login', 'password'],
  size_advice: ['size-guide', 'size chart', 'size', 'sizing', 'fit'],
  product_info: ['product', 'care', 'materials'],
  stock_availability: ['stock', 'restock', 'availability'],
};

/** Share of the question's informative words another article must match to put the intent in doubt… */
export const MIN_COVERAGE = 0.5;
/** …unless the intent's own article matches at least this share. */
export const DOUBT_COVERAGE = 0.25;
/** Without an article on the intent's topic, a passage must match this share to answer at all. */
export const STRONG_COVERAGE = 0.75;

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

/** The shop's article on the intent's topic, by category and tags. */
export function pickArticle(articles: readonly KnowledgeArticle[], intent: string, language: string): KnowledgeArticle | undefined {
  const topics = TOPICS[intent];
  if (!topics) return undefined;
  let best: KnowledgeArticle | undefined;
  let bestScore = 0;
  for (const a of articles.filter((x) => x.language === language)) {
    const s = topicScore(a, topics);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  return best;
}

/** The language to search: the shopper's when the shop wrote articles in it, else English. */
function searchLanguage(index: KnowledgeIndex, language: string): string {
  const available = index.languages();
  return [language, language.split('-')[0]!, 'en'].find((l) => available.includes(l)) ?? available[0] ?? 'en';
}

/**
 * The passage to answer with, or why there is none. The intent names the article (measured: BM25
 * alone puts the right article first for only 44–60% of held-out chat questions, see
 * bench/resolution/knowledge-retrieval.ts); the index picks the passage in it closest to the question.
 * When the question's words clearly point at another article and not at this one, the intent is
 * doubted and the shopper is asked to rephrase; without an article on the topic the bot hands over.
 */
export function choosePassage(
  index: KnowledgeIndex, articles: readonly KnowledgeArticle[], question: string, intent: string, language: string,
): { passage: Passage } | { doubt: 'unclear' | 'no_article' } {
  const hits = index.search(question, language, 8);
  const article = pickArticle(articles, intent, language);
  if (!article) {
    const strong = hits.find((h) => h.coverage >= STRONG_COVERAGE);
    return strong ? { passage: strong.passage } : { doubt: 'no_article' };
  }
  const own = hits.filter((h) => h.passage.articleId === article.id);
  const elsewhere = hits.find((h) => h.passage.articleId !== article.id && h.coverage >= MIN_COVERAGE);
  if (elsewhere && !own.some((h) => h.coverage >= DOUBT_COVERAGE)) return { doubt: 'unclear' };
  return { passage: own[0]?.passage ?? toPassages(article)[0]! };
}

/** An unplaced message needs at least this many informative words found in one passage… */
export const UNPLACED_MIN_MATCHED = 2;

/**
 * The passage that answers a message the intent model could not place, or undefined. It must match
 * most of the question's informative words (STRONG_COVERAGE, at least UNPLACED_MIN_MATCHED of them)
 * and no other article may match as well: two articles fitting equally is a guess, not an answer.
 */
export function unplacedPassage(index: KnowledgeIndex, question: string, language: string): Passage | undefined {
  // Numbers match any passage quoting a price or a day count ("what is 2+2?"): they place nothing.
  const hits = index.search(question.replace(/\p{Nd}+/gu, ' '), language, 8).filter((h) => h.coverage >= STRONG_COVERAGE && h.matched >= UNPLACED_MIN_MATCHED);
  const best = hits[0];
  if (!best) return undefined;
  const rival = hits.find((h) => h.passage.articleId !== best.passage.articleId && h.coverage >= best.coverage);
  return rival ? undefined : best.passage;
}

function cited(ctx: SkillContext, passage: Passage): SkillResult {
  return {
    replies: [{ text: `${render(ctx.language, 'knowledge', { body: passage.text })}\n\n${render(ctx.language, 'knowledge_source', { title: passage.title })}` }],
  };
}

/** The help-centre passage for a message no intent fits, when the help centre clearly has one. */
export async function findUnplaced(reader: CommerceReader, tenantId: string, text: string, language: string): Promise<Passage | undefined> {
  const index = knowledgeIndexFor(await reader.articles(tenantId));
  return unplacedPassage(index, text, searchLanguage(index, language));
}

export async function knowledgeAnswer(ctx: SkillContext, intent: string): Promise<SkillResult> {
  if (intent === OOS) {
    const passage = await findUnplaced(ctx.reader, ctx.tenantId, ctx.text, ctx.language);
    return passage ? cited(ctx, passage) : { replies: [{ text: render(ctx.language, 'clarify') }] };
  }
  const articles = await ctx.reader.articles(ctx.tenantId);
  const index = knowledgeIndexFor(articles);
  const choice = choosePassage(index, articles, ctx.text, intent, searchLanguage(index, ctx.language));
  if ('doubt' in choice) {
    if (choice.doubt === 'unclear') return { replies: [{ text: render(ctx.language, 'clarify') }] };
    return { replies: [{ text: render(ctx.language, 'no_answer') }], handoff: { reason: 'no_answer', priority: 1 } };
  }
  return cited(ctx, choice.passage);
}
