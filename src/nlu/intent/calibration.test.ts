// Tests of temperature fitting and the out-of-scope threshold.
import { describe, expect, it } from 'vitest';
import { chooseThreshold, fitTemperature, MIN_OOS_FOR_SEARCH, WRONG_ANSWER_COST, type Decision } from './calibration.js';

describe('fitTemperature', () => {
  it('softens over-confident scores and sharpens timid ones', () => {
    // Scores that always favour the right class by a wide margin but are right only 60% of the time.
    const scores: Float64Array[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 100; i++) {
      scores.push(Float64Array.from([10, 0]));
      labels.push(i < 60 ? 0 : 1);
    }
    expect(fitTemperature({ scores, labels: Int32Array.from(labels) })).toBeGreaterThan(5);
    const timid = Array.from({ length: 100 }, () => Float64Array.from([0.1, 0]));
    expect(fitTemperature({ scores: timid, labels: new Int32Array(100) })).toBeLessThan(0.05);
  });
});

describe('chooseThreshold', () => {
  it('uses the decision-theoretic threshold without enough out-of-scope evidence', () => {
    const few: Decision[] = [{ confidence: 0.9, correct: true, outOfScope: false }, { confidence: 0.3, correct: false, outOfScope: true }];
    expect(chooseThreshold(few)).toBeCloseTo(WRONG_ANSWER_COST / (1 + WRONG_ANSWER_COST));
  });

  it('separates out-of-scope questions from confident right answers when it has enough of them', () => {
    const decisions: Decision[] = [];
    for (let i = 0; i < MIN_OOS_FOR_SEARCH; i++) decisions.push({ confidence: 0.3 + i * 0.001, correct: false, outOfScope: true });
    for (let i = 0; i < 100; i++) decisions.push({ confidence: 0.6 + i * 0.003, correct: true, outOfScope: false });
    const t = chooseThreshold(decisions);
    expect(t).toBeGreaterThan(0.33);
    expect(t).toBeLessThan(0.6);
  });
});
