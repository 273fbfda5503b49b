import { describe, expect, it } from 'vitest';
import type { KnowledgeArticle } from '../commerce/types.js';
import { KnowledgeIndex } from './knowledge-index.js';
import { toPassages } from './passages.js';
import { searchTokens } from './tokenize.js';

const article = (id: string, language: string, title: string, body: string): KnowledgeArticle => ({ id, language, title, body, category: 'c', tags: [] });
const articles = [
  article('ship', 'en', 'Shipping times', 'We pack orders within two days.\nDelivery to Thailand takes four to eight business days.\nExpress takes two to four days.'),
  article('wrap', 'en', 'Gift wrap', 'Add gift wrapping at checkout for a small fee. A gift message can be up to 200 characters.'),
  article('ret', 'en', 'Returns', 'Start a return within 30 days of delivery. Items must be unworn with tags.'),
  article('ship-zh', 'zh-Hans', '配送时间', '我们在两天内打包订单。寄往泰国需要四到八个工作日。'),
];

describe('KnowledgeIndex', () => {
  it('finds the passage that answers, with its coverage, and tolerates typos', () => {
    const index = new KnowledgeIndex(articles);
    const [hit] = index.search('how long is delivery to thailand', 'en');
    expect(hit?.passage.articleId).toBe('ship');
    expect(hit?.coverage).toBeGreaterThanOrEqual(0.5);
    expect(index.search('giift wraping', 'en')[0]?.passage.articleId).toBe('wrap');
  });

  it('searches Chinese without spaces', () => {
    const index = new KnowledgeIndex(articles);
    expect(index.search('寄到泰国要多久', 'zh-Hans')[0]?.passage.articleId).toBe('ship-zh');
  });

  it('returns nothing for a language without articles or a question of only common words', () => {
    const index = new KnowledgeIndex(articles);
    expect(index.search('anything', 'th')).toEqual([]);
    expect(index.languages().sort()).toEqual(['en', 'zh-Hans']);
  });
});

describe('passages and tokens', () => {
  it('keeps short articles whole and cuts long ones at line breaks', () => {
    expect(toPassages(articles[0]!)).toHaveLength(1);
    const long = article('l', 'en', 'Long', Array.from({ length: 12 }, (_, i) => `Line ${i} ${'x'.repeat(60)}`).join('\n'));
    const passages = toPassages(long);
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.every((p) => p.text.length <= 420)).toBe(true);
    expect(passages.map((p) => p.text).join('\n')).toBe(long.body);
  });

  it('pairs Vietnamese syllables and splits CJK words into character pairs', () => {
    expect(searchTokens('đổi trả hàng', 'vi')).toEqual(['đổi', 'trả', 'hàng', 'đổi_trả', 'trả_hàng']);
    expect(searchTokens('退货政策', 'zh-Hans')).toEqual(expect.arrayContaining(['退货', '货政']));
  });
});
