// Tests for choosing the page language and localized product texts.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, pickLocalized } from './localized.js';

describe('chooseLanguage', () => {
  it('takes the first browser preference the shop offers, by exact tag then base language', () => {
    expect(chooseLanguage(['fr-FR', 'ar-EG', 'en'], ['en', 'ar'])).toBe('ar');
    expect(chooseLanguage(['zh-TW'], ['en', 'zh-TW', 'zh'])).toBe('zh-TW');
    expect(chooseLanguage(['de'], ['en', 'ms'])).toBe('en');
    expect(chooseLanguage([], [])).toBe('en');
  });
});

describe('pickLocalized', () => {
  const title = { en: 'Linen shirt', ar: 'قميص كتان', 'zh-Hant': '亞麻襯衫' };
  it('prefers the language, then its base, then English, then anything', () => {
    expect(pickLocalized(title, 'ar')).toBe('قميص كتان');
    expect(pickLocalized(title, 'ar-SA')).toBe('قميص كتان');
    expect(pickLocalized(title, 'zh')).toBe('亞麻襯衫');
    expect(pickLocalized(title, 'de')).toBe('Linen shirt');
    expect(pickLocalized({ ms: 'Baju' }, 'de')).toBe('Baju');
    expect(pickLocalized({}, 'de')).toBe('');
  });
});
