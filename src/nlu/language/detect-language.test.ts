// Tests of language identification: scripts, id vs ms, romanised chat, context priors.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';
import { languageFromLocale } from './locale.js';

const lang = (text: string, ctx = {}) => detectLanguage(text, ctx).language;

describe('detectLanguage', () => {
  it('knows scripts: Thai, Hangul, Kana, Arabic, Simplified and Traditional Han', () => {
    expect(lang('ของถึงเมื่อไหร่')).toBe('th');
    expect(lang('주문 취소해 주세요')).toBe('ko');
    expect(lang('注文をキャンセルしたい')).toBe('ja');
    expect(lang('أين طلبي')).toBe('ar');
    expect(lang('我的订单在哪里')).toBe('zh-Hans');
    expect(lang('我的訂單在哪裡')).toBe('zh-Hant');
  });

  it('separates Indonesian from Malay by their own words', () => {
    expect(lang('kak, barangnya kapan dikirim? udah seminggu nih')).toBe('id');
    expect(lang('bisa tukar ukuran gak')).toBe('id');
    expect(lang('boleh tak saya tukar saiz')).toBe('ms');
    expect(lang('bila parcel akan dihantar?')).toBe('ms');
  });

  it('recognises romanised and mixed chat', () => {
    expect(lang('don hang cua minh toi dau roi')).toBe('vi');
    expect(lang('asan na po yung order ko')).toBe('fil');
    expect(lang('pwede po bang i-cancel ang order')).toBe('fil');
    expect(lang('wen el talab ta3i')).toBe('ar');
    expect(lang('shukran ktir')).toBe('ar');
  });

  it('uses the conversation and the locale when the text alone cannot tell', () => {
    expect(lang('ok')).toBe('en');
    expect(lang('ok', { previousLanguage: 'th' })).toBe('th');
    expect(lang('terima kasih', { locale: 'ms-MY' })).toBe('ms');
    expect(lang('terima kasih', { locale: 'id-ID' })).toBe('id');
    expect(lang('好的', { previousLanguage: 'zh-Hant' })).toBe('zh-Hant');
    expect(lang('好的', { locale: 'zh-TW' })).toBe('zh-Hant');
    expect(lang('好的')).toBe('zh-Hans');
    expect(lang('👍', { previousLanguage: 'vi' })).toBe('vi');
  });

  it('returns a confidence between 0 and 1, higher for clear text', () => {
    const clear = detectLanguage('dónde está mi pedido, lo compré hace una semana');
    const vague = detectLanguage('ok');
    expect(clear.language).toBe('es');
    for (const g of [clear, vague]) {
      expect(g.confidence).toBeGreaterThan(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
    }
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
    expect(detectLanguage('ของถึงเมื่อไหร่').confidence).toBeGreaterThan(0.9);
  });
});

describe('languageFromLocale', () => {
  it('maps BCP 47 locales to our languages', () => {
    expect(languageFromLocale('zh-TW')).toBe('zh-Hant');
    expect(languageFromLocale('zh_Hant_HK')).toBe('zh-Hant');
    expect(languageFromLocale('zh-CN')).toBe('zh-Hans');
    expect(languageFromLocale('tl-PH')).toBe('fil');
    expect(languageFromLocale('pt-BR')).toBe('pt');
    expect(languageFromLocale('de-DE')).toBeUndefined();
    expect(languageFromLocale(undefined)).toBeUndefined();
  });
});
