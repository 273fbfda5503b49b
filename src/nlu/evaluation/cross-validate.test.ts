import { describe, expect, it } from 'vitest';
import { crossValidate, intentReport, stratifiedFolds } from './cross-validate.js';

const ex = (intent: string, n: number) => Array.from({ length: n }, (_, i) => ({ intent, text: `${intent} ${i}` }));

describe('stratifiedFolds', () => {
  it('spreads each intent evenly over the folds and keeps every example exactly once', () => {
    const all = [...ex('a', 6), ...ex('b', 3), ...ex('c', 1)];
    const folds = stratifiedFolds(all, 3, 7);
    expect(folds.flat().map((e) => e.text).sort()).toEqual(all.map((e) => e.text).sort());
    for (const f of folds) expect(f.filter((e) => e.intent === 'a')).toHaveLength(2);
    expect(folds.map((f) => f.filter((e) => e.intent === 'b').length).sort()).toEqual([1, 1, 1]);
    expect(stratifiedFolds(all, 3, 7)).toEqual(folds);
  });

  it('rejects fewer than two folds', () => {
    expect(() => stratifiedFolds([], 1, 1)).toThrow(/k must be/);
  });
});

describe('intentReport', () => {
  it('computes per-intent precision, recall, F1 and the confusions most frequent first', () => {
    const r = intentReport(
      [
        { text: 'x1', intent: 'a', predicted: 'a' },
        { text: 'x2', intent: 'a', predicted: 'b' },
        { text: 'x3', intent: 'a', predicted: 'b' },
        { text: 'x4', intent: 'b', predicted: 'b' },
        { text: 'x5', intent: 'b', predicted: 'oos' },
      ],
      5,
    );
    expect(r.accuracy).toBeCloseTo(2 / 5);
    const a = r.intents.find((i) => i.intent === 'a')!;
    expect(a).toMatchObject({ support: 3, precision: 1, recall: 1 / 3 });
    expect(a.f1).toBeCloseTo(0.5);
    const b = r.intents.find((i) => i.intent === 'b')!;
    expect(b.precision).toBeCloseTo(1 / 3);
    expect(b.recall).toBeCloseTo(1 / 2);
    expect(r.confusions).toEqual([
      { intent: 'a', predicted: 'b', count: 2, examples: ['x2', 'x3'] },
      { intent: 'b', predicted: 'oos', count: 1, examples: ['x5'] },
    ]);
  });
});

describe('crossValidate', () => {
  it('scores every own example with a model that did not see it', () => {
    const own = [
      ...['where is my parcel', 'where is my package', 'where is my box', 'where is my delivery'].map((text) => ({ text, intent: 'where' })),
      ...['gift card balance please', 'check gift card balance', 'my gift card balance', 'balance on gift card'].map((text) => ({ text, intent: 'giftcard' })),
    ];
    const base = [
      ...['hello there', 'hi', 'good morning', 'hey'].map((text) => ({ text, intent: 'greeting' })),
      ...['the weather today', 'tell me a joke', 'who won the match', 'what is love'].map((text) => ({ text, intent: 'oos' })),
    ];
    const r = crossValidate(own, base, { folds: 2 });
    expect(r.examples).toBe(8);
    expect(r.intents.map((i) => i.intent)).toEqual(['giftcard', 'where']);
    expect(r.intents.every((i) => i.support === 4)).toBe(true);
    expect(r.accuracy).toBeGreaterThan(0.5);
  });
});
