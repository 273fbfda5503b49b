import { describe, expect, it } from 'vitest';
import { pairAnswers, rankPastAnswers, type ThreadLine } from './rank-past-answers.js';

const line = (conversationId: string, author: ThreadLine['author'], text: string, createdAt: number, language: string | null = 'en'): ThreadLine => ({ conversationId, author, text, createdAt, language });

describe('pairAnswers', () => {
  it('pairs each agent reply with the shopper line before it, in time order, per conversation', () => {
    const pairs = pairAnswers([
      line('c1', 'agent', 'Your refund is on its way.', 30),
      line('c1', 'customer', 'where is my refund', 10),
      line('c2', 'agent', 'Hello, how can I help?', 5),
      line('c1', 'customer', 'thanks', 40),
      line('c1', 'agent', 'You are welcome!', 50),
    ]);
    expect(pairs.map((p) => [p.question, p.answer])).toEqual([
      ['where is my refund', 'Your refund is on its way.'],
      ['thanks', 'You are welcome!'],
    ]);
  });
});

describe('rankPastAnswers', () => {
  const pairs = pairAnswers([
    line('a', 'customer', 'when will my refund arrive', 1),
    line('a', 'agent', 'Refunds reach your card within 5 business days.', 2),
    line('b', 'customer', 'can I change the delivery address', 3),
    line('b', 'agent', 'Yes, send me the new address and I will update it.', 4),
    line('c', 'customer', 'my refund has not arrived yet', 5),
    line('c', 'agent', 'Refunds reach your card within 5 business days.', 6),
    line('d', 'customer', '退款什么时候到账', 7, 'zh-Hans'),
    line('d', 'agent', '退款会在5个工作日内到账。', 8),
  ]);

  it('puts the answer to the most similar question first and drops repeated answers', () => {
    const ranked = rankPastAnswers('has my refund been sent?', 'en', pairs);
    expect(ranked[0]?.answer).toBe('Refunds reach your card within 5 business days.');
    expect(ranked.filter((r) => r.answer.startsWith('Refunds')).length).toBe(1);
    expect(rankPastAnswers('new delivery address please', 'en', pairs)[0]?.answer).toMatch(/new address/);
  });

  it('keeps to the conversation language and tolerates typos', () => {
    expect(rankPastAnswers('退款到账了吗', 'zh-Hans', pairs).map((r) => r.answer)).toEqual(['退款会在5个工作日内到账。']);
    expect(rankPastAnswers('refnd arive', 'en', pairs)[0]?.answer).toMatch(/^Refunds/);
  });

  it('suggests nothing for an unrelated message or an empty history', () => {
    expect(rankPastAnswers('bonjour', 'en', pairs)).toEqual([]);
    expect(rankPastAnswers('refund', 'en', [])).toEqual([]);
  });
});
