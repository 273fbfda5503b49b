// Tests of feature extraction: digit folding and masking, the per-script character weights, and
// that models saved before those weights existed still get the features they were trained on.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, extractFeatures, type FeatureConfig, type SparseVector } from './features.js';

function asMap(v: SparseVector): Map<number, number> {
  return new Map(Array.from(v.indices, (b, i) => [b, v.values[i]!]));
}

function same(a: SparseVector, b: SparseVector): boolean {
  const x = asMap(a);
  const y = asMap(b);
  return x.size === y.size && [...x].every(([k, v]) => Math.abs((y.get(k) ?? NaN) - v) < 1e-6);
}

/** The feature configuration models were saved with before the per-script weights were added. */
const LEGACY: FeatureConfig = { bits: 20, minCharGram: 2, maxCharGram: 5, wordWeight: 1, bigramWeight: 1, charWeight: 0.5 };

function cosine(a: SparseVector, b: SparseVector): number {
  const y = asMap(b);
  let dot = 0;
  for (const [k, v] of asMap(a)) dot += v * (y.get(k) ?? 0);
  return dot;
}

describe('extractFeatures', () => {
  it('returns an L2-normalised vector', () => {
    const v = extractFeatures('배송 언제 와요?');
    const norm = Math.sqrt(v.values.reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 5);
  });

  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(same(extractFeatures('مقاس ١٤ لو سمحت'), extractFeatures('مقاس 14 لو سمحت'))).toBe(true);
    expect(same(extractFeatures('طلب ۱۲۳۴۵۶'), extractFeatures('طلب 123456'))).toBe(true);
  });

  it('masks numbers by length: which order number was given does not matter', () => {
    expect(same(extractFeatures('where is order 123456'), extractFeatures('where is order 987654'))).toBe(true);
    expect(same(extractFeatures('size 14'), extractFeatures('size 123456'))).toBe(false);
  });

  it('weighs character grams of non-Latin words by nonLatinCharWeight and leaves Latin text alone', () => {
    const heavy: FeatureConfig = { ...LEGACY, nonLatinCharWeight: 1, runWeight: 1 };
    expect(same(extractFeatures('where is my order 42', heavy), extractFeatures('where is my order 42', LEGACY))).toBe(true);
    expect(same(extractFeatures('배송 언제 와요', heavy), extractFeatures('배송 언제 와요', LEGACY))).toBe(false);
    expect(same(extractFeatures('الطلب وين', heavy), extractFeatures('الطلب وين', LEGACY))).toBe(false);
  });

  it('gives a configuration without the per-script weights the charWeight everywhere (saved models load unchanged)', () => {
    const explicit: FeatureConfig = { ...LEGACY, nonLatinCharWeight: LEGACY.charWeight, runWeight: LEGACY.charWeight };
    for (const text of ['배송 언제 와요', '我的订单到哪里了', 'الطلب وين', 'đơn hàng của mình']) {
      expect(same(extractFeatures(text, explicit), extractFeatures(text, LEGACY))).toBe(true);
    }
  });

  it('defaults to heavier character grams for non-Latin scripts', () => {
    expect(DEFAULT_FEATURES.nonLatinCharWeight).toBeGreaterThan(DEFAULT_FEATURES.charWeight);
    expect(DEFAULT_FEATURES.runWeight).toBeGreaterThan(DEFAULT_FEATURES.charWeight);
  });

  it('brings a Korean word with its particle, an Arabic word with its clitics, and conjugated Korean forms closer', () => {
    const without: FeatureConfig = { ...DEFAULT_FEATURES, stemWeight: undefined, jamoWeight: undefined };
    const closer = (a: string, b: string) => cosine(extractFeatures(a), extractFeatures(b)) > cosine(extractFeatures(a, without), extractFeatures(b, without));
    expect(closer('주문을 취소', '주문 취소')).toBe(true);
    expect(closer('والطلب وين', 'طلب وين')).toBe(true);
    expect(closer('취소했어요', '취소해요')).toBe(true);
  });

  it('adds Japanese Kanji and Katakana runs as words, and their bigrams across particles, only to text with kana', () => {
    const without: FeatureConfig = { ...DEFAULT_FEATURES, kanjiRunWeight: undefined };
    expect(same(extractFeatures('注文をキャンセルしたい', without), extractFeatures('注文をキャンセルしたい'))).toBe(false);
    expect(same(extractFeatures('我想取消订单', without), extractFeatures('我想取消订单'))).toBe(true);
    // The particles differ ("を" / "の"), the content words and their order do not.
    expect(cosine(extractFeatures('住所を変更したい'), extractFeatures('住所の変更をお願いします'))).toBeGreaterThan(
      cosine(extractFeatures('住所を変更したい', without), extractFeatures('住所の変更をお願いします', without)),
    );
  });

  it('counts the leading word unigrams and bigrams of the message as written', () => {
    // 4 words, 5 bigrams (with the start and end markers); the character grams follow.
    const v = extractFeatures('where is my order');
    expect(v.wordFeatures).toBe(9);
    expect(v.indices.length).toBeGreaterThan(9);
    const wordsOnly = extractFeatures('where is my order', { ...DEFAULT_FEATURES, charWeight: 0 });
    expect([...v.indices.subarray(0, 9)]).toEqual([...wordsOnly.indices.subarray(0, 9)]);
  });
});
