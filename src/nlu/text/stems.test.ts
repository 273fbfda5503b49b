// Tests of the light stems: Korean particles and Arabic clitics cut, short words and other scripts left alone.
import { describe, expect, it } from 'vitest';
import { lightStem } from './stems.js';
import { normaliseText } from './normalise.js';

describe('lightStem', () => {
  it('cuts the trailing Korean particle, longest first', () => {
    expect(lightStem('주문을')).toBe('주문');
    expect(lightStem('배송은')).toBe('배송');
    expect(lightStem('집에서')).toBe('집');
    expect(lightStem('환불')).toBe('환불');
  });

  it('keeps at least one Korean syllable', () => {
    expect(lightStem('은')).toBe('은');
  });

  it('cuts a conjunction or preposition with the article and an attached pronoun from Arabic words', () => {
    expect(lightStem(normaliseText('والطلب'))).toBe('طلب');
    expect(lightStem(normaliseText('بالطلبية'))).toBe('طلبي');
    expect(lightStem(normaliseText('طلبي'))).toBe('طلب');
  });

  it('leaves Arabic stems of fewer than three letters whole', () => {
    expect(lightStem('وين')).toBe('وين');
    expect(lightStem('لو')).toBe('لو');
  });

  it('leaves other scripts alone', () => {
    expect(lightStem('orders')).toBe('orders');
    expect(lightStem('注文を')).toBe('注文を');
  });
});
