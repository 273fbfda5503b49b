// Measures the help-centre index on its own (no intent model): for each held-out pack question on a
// knowledge intent, is the article on that intent's topic the first (top-1) or among the first three
// (top-3) articles BM25 returns? Prints one JSON line per language.
// Run: npx tsx bench/resolution/knowledge-retrieval.ts
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { KnowledgeIndex } from '../../src/knowledge/knowledge-index.js';
import { loadIntentPack } from '../../src/nlu/index.js';
import { pickArticle } from '../../src/skills/knowledge-answer.js';
import { DEMO_NOW } from './demo-shop.js';

const KNOWLEDGE_INTENTS = ['shipping_time', 'shipping_fee', 'customs_duty', 'return_policy', 'payment_methods', 'coupon_usage', 'gift_wrap', 'warranty', 'account_problem', 'refund_status', 'size_advice'];
const data = generateDemoStore({ now: DEMO_NOW });
const index = new KnowledgeIndex(data.articles);
for (const language of ['en', 'zh-Hans', 'id', 'th', 'vi', 'es'] as const) {
  let top1 = 0;
  let top3 = 0;
  let total = 0;
  for (const example of loadIntentPack({ split: 'heldout', languages: [language] }).filter((e) => KNOWLEDGE_INTENTS.includes(e.intent))) {
    const expected = pickArticle(data.articles, example.intent, language);
    if (!expected) continue;
    total++;
    const articles = [...new Set(index.search(example.text, language, 8).map((h) => h.passage.articleId))];
    if (articles[0] === expected.id) top1++;
    if (articles.slice(0, 3).includes(expected.id)) top3++;
  }
  process.stdout.write(`${JSON.stringify({ language, questions: total, top1: +(top1 / total).toFixed(3), top3: +(top3 / total).toFixed(3) })}\n`);
}
