// Tests for RTL detection of languages, texts and the widget panel.
import { describe, expect, it } from 'vitest';
import { isRtlLanguage, panelDirection, textDirection } from './direction.js';

describe('direction', () => {
  it('knows RTL languages by their primary subtag', () => {
    expect(isRtlLanguage('ar')).toBe(true);
    expect(isRtlLanguage('ar-EG')).toBe(true);
    expect(isRtlLanguage('he_IL')).toBe(true);
    expect(isRtlLanguage('en-US')).toBe(false);
    expect(isRtlLanguage('')).toBe(false);
    expect(isRtlLanguage(null)).toBe(false);
  });

  it('takes the direction of the first letter, skipping digits and punctuation', () => {
    expect(textDirection('أين طلبي؟')).toBe('rtl');
    expect(textDirection('123 — أين طلبي PD-100001؟')).toBe('rtl');
    expect(textDirection('Where is order رقم 5?')).toBe('ltr');
    expect(textDirection('12345 !!')).toBeNull();
    expect(textDirection('')).toBeNull();
  });

  it('mirrors the panel for RTL pages, else follows page then browser language', () => {
    expect(panelDirection({ dir: 'rtl', lang: 'en', browserLanguage: 'en' })).toBe('rtl');
    expect(panelDirection({ dir: '', lang: 'ar', browserLanguage: 'en' })).toBe('rtl');
    expect(panelDirection({ dir: '', lang: 'en', browserLanguage: 'ar' })).toBe('ltr');
    expect(panelDirection({ dir: '', lang: '', browserLanguage: 'ar-SA' })).toBe('rtl');
  });
});
