// Ranks what agents answered before to shopper messages like this one: each earlier agent reply is
// paired with the shopper message it answered (the last one before it in its conversation), and the
// pairs' questions are searched lexically (MiniSearch BM25 over the knowledge tokenizer) with the new
// message. Pure: the pairs come from the caller.
import MiniSearch from 'minisearch';
import { searchTokens } from '../knowledge/tokenize.js';

export interface ThreadLine {
  conversationId: string;
  author: 'customer' | 'agent';
  text: string;
  createdAt: number;
  /** The shopper message's detected language (customer lines). */
  language?: string | null;
}

export interface AnsweredQuestion {
  conversationId: string;
  question: string;
  answer: string;
  language: string | null;
  answeredAt: number;
}

export interface PastAnswer extends AnsweredQuestion {
  score: number;
}

/** Pairs every agent line with the shopper line it followed; agent lines with no shopper line before them are skipped. */
export function pairAnswers(lines: readonly ThreadLine[]): AnsweredQuestion[] {
  const byConversation = new Map<string, ThreadLine[]>();
  for (const l of lines) byConversation.set(l.conversationId, [...(byConversation.get(l.conversationId) ?? []), l]);
  const out: AnsweredQuestion[] = [];
  for (const thread of byConversation.values()) {
    thread.sort((a, b) => a.createdAt - b.createdAt);
    let asked: ThreadLine | undefined;
    for (const l of thread) {
      if (l.author === 'customer') asked = l;
      else if (asked) out.push({ conversationId: l.conversationId, question: asked.text, answer: l.text, language: asked.language ?? null, answeredAt: l.createdAt });
    }
  }
  return out;
}

/**
 * The best earlier answers to `question`, in `language` when the pair's language is known; one entry
 * per distinct answer text (the same macro sent fifty times is one suggestion), ties to the newest.
 */
export function rankPastAnswers(question: string, language: string, pairs: readonly AnsweredQuestion[], limit = 3): PastAnswer[] {
  const candidates = pairs.filter((p) => p.language === null || p.language === language);
  if (candidates.length === 0 || searchTokens(question, language).length === 0) return [];
  const index = new MiniSearch<{ id: number; question: string }>({
    fields: ['question'],
    storeFields: [],
    tokenize: (text) => searchTokens(text, language),
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', fuzzy: (term) => (/^[\p{Script=Latin}]{5,}$/u.test(term) ? 0.2 : false) },
  });
  index.addAll(candidates.map((p, id) => ({ id, question: p.question })));
  const hits = index.search(question).map((r) => ({ ...candidates[r.id as number]!, score: r.score }));
  hits.sort((a, b) => b.score - a.score || b.answeredAt - a.answeredAt);
  const seen = new Set<string>();
  const out: PastAnswer[] = [];
  for (const h of hits) {
    const key = h.answer.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
    if (out.length === limit) break;
  }
  return out;
}
