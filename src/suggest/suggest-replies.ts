// Reply suggestions for the agent's reply box, for the shopper's latest message: help-centre passages
// in the conversation's language (with the article they come from; the article on the message's
// intent first, as the knowledge skill does, then the lexical index's best) and what agents of the same tenant
// answered to similar shopper messages in earlier conversations. Reads are tenant-scoped and bounded:
// the most recent MAX_AGENT_LINES agent replies and the shopper lines of their conversations.
import type { Kysely } from 'kysely';
import type { CommerceReader } from '../commerce/records.js';
import type { Database } from '../store/schema.js';
import { knowledgeIndexFor } from '../knowledge/knowledge-index.js';
import { toPassages } from '../knowledge/passages.js';
import { pickArticle } from '../skills/knowledge-answer.js';
import { pairAnswers, rankPastAnswers, type PastAnswer, type ThreadLine } from './rank-past-answers.js';

const MAX_AGENT_LINES = 500;
const MAX_SHOPPER_LINES = 5_000;

export interface KnowledgeSuggestion {
  articleId: string;
  title: string;
  text: string;
  language: string;
  score: number;
}

export interface Suggestions {
  /** The shopper message the suggestions answer (null: the shopper has not written yet). */
  question: string | null;
  language: string;
  knowledge: KnowledgeSuggestion[];
  pastAnswers: Array<Pick<PastAnswer, 'conversationId' | 'question' | 'answer' | 'score'>>;
}

export async function suggestReplies(db: Kysely<Database>, reader: CommerceReader, tenantId: string, conversationId: string, limit = 3): Promise<Suggestions> {
  const [conv, last] = await Promise.all([
    db.selectFrom('conversations').select(['language']).where('id', '=', conversationId).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow(),
    db
      .selectFrom('messages')
      .select(['text', 'meta'])
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', '=', conversationId)
      .where('author', '=', 'customer')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const language = conv.language ?? languageOf(last?.meta ?? null) ?? 'en';
  if (!last) return { question: null, language, knowledge: [], pastAnswers: [] };
  const [knowledge, pastAnswers] = await Promise.all([knowledgeFor(reader, tenantId, last.text, intentOf(last.meta), language, limit), pastAnswersFor(db, tenantId, conversationId, last.text, language, limit)]);
  return { question: last.text, language, knowledge, pastAnswers };
}

async function knowledgeFor(reader: CommerceReader, tenantId: string, question: string, intent: string | undefined, language: string, limit: number): Promise<KnowledgeSuggestion[]> {
  const articles = await reader.articles(tenantId);
  const index = knowledgeIndexFor(articles);
  // "zh-Hant" falls back to "zh" articles, never to another language: the agent sends what is suggested.
  const searchIn = [language, language.split('-')[0]!].find((l) => index.languages().includes(l));
  if (!searchIn) return [];
  const hits = index.search(question, searchIn, limit * 3);
  const onTopic = intent ? pickArticle(articles, intent, searchIn) : undefined;
  const topicPassage = onTopic ? (hits.find((h) => h.passage.articleId === onTopic.id)?.passage ?? toPassages(onTopic)[0]) : undefined;
  const ranked = [...(topicPassage ? [{ passage: topicPassage, score: hits.find((h) => h.passage.id === topicPassage.id)?.score ?? 0 }] : []), ...hits];
  const seen = new Set<string>();
  const out: KnowledgeSuggestion[] = [];
  for (const hit of ranked) {
    if (seen.has(hit.passage.id)) continue;
    seen.add(hit.passage.id);
    out.push({ articleId: hit.passage.articleId, title: hit.passage.title, text: hit.passage.text, language: searchIn, score: round(hit.score) });
    if (out.length === limit) break;
  }
  return out;
}

async function pastAnswersFor(db: Kysely<Database>, tenantId: string, conversationId: string, question: string, language: string, limit: number): Promise<Suggestions['pastAnswers']> {
  const answers = await db
    .selectFrom('messages')
    .select(['conversation_id', 'text', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('author', '=', 'agent')
    .where('conversation_id', '!=', conversationId)
    .orderBy('created_at', 'desc')
    .limit(MAX_AGENT_LINES)
    .execute();
  if (answers.length === 0) return [];
  const questions = await db
    .selectFrom('messages')
    .select(['conversation_id', 'text', 'created_at', 'meta'])
    .where('tenant_id', '=', tenantId)
    .where('author', '=', 'customer')
    .where('conversation_id', 'in', [...new Set(answers.map((a) => a.conversation_id))])
    .orderBy('created_at', 'desc')
    .limit(MAX_SHOPPER_LINES)
    .execute();
  const lines: ThreadLine[] = [
    ...answers.map((a) => ({ conversationId: a.conversation_id, author: 'agent' as const, text: a.text, createdAt: a.created_at })),
    ...questions.map((q) => ({ conversationId: q.conversation_id, author: 'customer' as const, text: q.text, createdAt: q.created_at, language: languageOf(q.meta) ?? null })),
  ];
  return rankPastAnswers(question, language, pairAnswers(lines), limit).map((p) => ({ conversationId: p.conversationId, question: p.question, answer: p.answer, score: round(p.score) }));
}

function metaField(meta: string | null, field: 'language' | 'intent'): string | undefined {
  if (!meta) return undefined;
  const value = (JSON.parse(meta) as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

const languageOf = (meta: string | null) => metaField(meta, 'language');
const intentOf = (meta: string | null) => metaField(meta, 'intent');

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
