// Tests of sentiment labels, negation, intensifiers, anger and urgency.
import { describe, expect, it } from 'vitest';
import { analyseSentiment } from './analyse-sentiment.js';

describe('analyseSentiment', () => {
  it('labels clear praise and complaints in several languages', () => {
    expect(analyseSentiment('thanks, great service!', 'en').label).toBe('positive');
    expect(analyseSentiment('barang rusak, kecewa banget', 'id').label).toBe('negative');
    expect(analyseSentiment('太慢了，很失望', 'zh-Hans').label).toBe('negative');
    expect(analyseSentiment('太慢了，很失望', 'zh-Hant').label).toBe('negative');
    expect(analyseSentiment('sản phẩm rất tốt, cảm ơn shop', 'vi').label).toBe('positive');
    expect(analyseSentiment('o produto chegou quebrado, péssimo', 'pt').label).toBe('negative');
    expect(analyseSentiment('最悪です', 'ja').label).toBe('negative');
    expect(analyseSentiment('배송 최고 감사합니다', 'ko').label).toBe('positive');
    expect(analyseSentiment('แย่มาก', 'th').label).toBe('negative');
    expect(analyseSentiment('خدمة ممتاز شكرا', 'ar').label).toBe('positive');
    // Lexicon words match whichever alef or hamza spelling the shopper used.
    expect(analyseSentiment('المنتج سيئ', 'ar').label).toBe('negative');
    expect(analyseSentiment('المنتج سيي', 'ar').label).toBe('negative');
  });

  it('keeps factual questions neutral', () => {
    const s = analyseSentiment('pesanan saya belum sampai', 'id');
    expect(s).toEqual({ score: 0, label: 'neutral', anger: 0, urgency: 0 });
  });

  it('flips polarity after a negation, including language-specific ones', () => {
    expect(analyseSentiment('this is not good', 'en').score).toBeLessThan(0);
    expect(analyseSentiment('không tốt', 'vi').score).toBeLessThan(0);
    expect(analyseSentiment('hindi maganda', 'fil').score).toBeLessThan(0);
    expect(analyseSentiment('di maganda', 'fil').score).toBeLessThan(0);
    // "not bad" is only mildly positive.
    const notBad = analyseSentiment('not bad', 'en').score;
    expect(notBad).toBeGreaterThan(0);
    expect(notBad).toBeLessThan(analyseSentiment('good', 'en').score);
  });

  it('scales with intensifiers', () => {
    expect(analyseSentiment('very bad', 'en').score).toBeLessThan(analyseSentiment('bad', 'en').score);
  });

  it('reads anger from words, emoji, capitals and "!!!"', () => {
    const calm = analyseSentiment('the parcel is late', 'en');
    const angry = analyseSentiment('WHERE IS MY ORDER??? THIS IS A SCAM!!!', 'en');
    expect(angry.anger).toBeGreaterThan(0.8);
    expect(angry.anger).toBeGreaterThan(calm.anger);
    expect(analyseSentiment('ok 😡😡', 'en').anger).toBeGreaterThan(0.5);
    expect(analyseSentiment('ok 😡😡', 'en').label).toBe('negative');
  });

  it('reads urgency', () => {
    expect(analyseSentiment('urgent, please send today', 'en').urgency).toBe(1);
    expect(analyseSentiment('mohon segera dikirim', 'id').urgency).toBeGreaterThan(0.5);
    expect(analyseSentiment('请尽快发货', 'zh-Hans').urgency).toBeGreaterThan(0.5);
    expect(analyseSentiment('when will it ship?', 'en').urgency).toBe(0);
  });

  it('keeps every score in range', () => {
    const s = analyseSentiment('WORST SCAM EVER!!! FRAUD!!! ANGRY!!! 😡🤬 urgent asap now!!!', 'en');
    expect(s.score).toBeGreaterThanOrEqual(-1);
    expect(s.anger).toBeLessThanOrEqual(1);
    expect(s.urgency).toBeLessThanOrEqual(1);
  });
});
