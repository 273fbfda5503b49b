// Conversation tests for knowledge answers: the passage that fits the question (not the whole
// article) in the shopper's language, with the article cited; store down hands over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, openDemoShop, unreachableReader, type DemoShop } from '../../bench/resolution/demo-shop.js';
import { render } from '../../src/reply/render.js';
import { KNOWLEDGE_PHRASES, TEST_LANGUAGES } from './phrases.js';

let shop: DemoShop;
beforeAll(async () => {
  shop = await openDemoShop();
}, 120_000);
afterAll(() => shop?.close());

const article = (topic: string, lang: string) => shop.data.articles.find((a) => a.language === lang && a.tags.includes(topic))!;

describe.each(TEST_LANGUAGES)('knowledge answers in %s', (lang) => {
  it('answers with a passage of the right article and cites it', async () => {
    const shipping = article('shipping-times', lang);
    const reply = await new Conversation(shop).say(KNOWLEDGE_PHRASES.shippingTime![lang]);
    expect(reply.text).toContain(render(lang, 'knowledge_source', { title: shipping.title }));
    const body = reply.text.split('\n\n')[0]!;
    expect(shipping.body).toContain(body);
    // A passage, not the article: short articles are a single passage.
    expect(body.length <= 420 || body.length < shipping.body.length).toBe(true);
    expect(reply.handoff).toBeUndefined();
  });

  it('answers gift-wrap questions from the gift-wrap article', async () => {
    const gift = article('gift-wrap', lang);
    const reply = await new Conversation(shop).say(KNOWLEDGE_PHRASES.giftWrap![lang]);
    expect(reply.text).toContain(gift.title);
  });

  it('hands over when the help centre cannot be read', async () => {
    const reply = await new Conversation(shop, { reader: unreachableReader() }).say(KNOWLEDGE_PHRASES.giftWrap![lang]);
    expect(reply.text).toBe(render(lang, 'store_unavailable'));
  });
});

describe('knowledge answers', () => {
  it('falls back to English articles for a language the shop did not write in, with the reply frame in that language', async () => {
    const reply = await new Conversation(shop, { customer: { locale: 'ja-JP' } }).say('ギフトラッピングはできますか？');
    expect(reply.understanding.language).toBe('ja');
    expect(reply.text).toContain(render('ja', 'knowledge_source', { title: article('gift-wrap', 'en').title }));
  });
});

describe('messages the intent model cannot place', () => {
  const unplaced = [
    ['id', 'cara kerja group buy gimana?'],
    ['vi', 'mua chung hoạt động thế nào?'],
    ['en', 'how do group buys work?'],
  ] as const;

  it.each(unplaced)('answers a clear help-centre match from the article, cited, instead of asking to rephrase (%s)', async (lang, text) => {
    const groupBuy = article('group-buys', lang);
    const c = new Conversation(shop);
    const reply = await c.say(text);
    expect(reply.understanding.intent.intent === 'oos' || reply.understanding.intent.confidence < 0.45).toBe(true);
    expect(reply.decision).toEqual({ kind: 'knowledge', intent: 'oos' });
    expect(reply.text).toContain(render(lang, 'knowledge_source', { title: groupBuy.title }));
    expect(groupBuy.body).toContain(reply.text.split('\n\n')[0]!);
    expect(reply.handoff).toBeUndefined();
    expect(c.state.lowConfidenceStreak).toBe(0);
  });

  it('still asks to rephrase when nothing fits clearly (numbers place nothing), and when the store is down', async () => {
    for (const text of ['what is 2+2', 'blorp zzkx']) {
      const reply = await new Conversation(shop).say(text);
      expect(reply.decision.kind).toBe('clarify');
      expect(reply.text).toBe(render('en', 'clarify'));
    }
    const down = await new Conversation(shop, { reader: unreachableReader() }).say('how do group buys work?');
    expect(down.decision.kind).toBe('clarify');
    expect(down.text).toBe(render('en', 'clarify'));
  });
});
