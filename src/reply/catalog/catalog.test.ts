// Checks every translated reply catalog against the English reference: same keys, non-empty texts, same placeholders.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../nlu/types.js';
import { render } from '../render.js';
import { en, type CatalogKey } from './en.js';
import { catalogs } from './index.js';

const TRANSLATED = ['zh-Hans', 'zh-Hant', 'id', 'ms', 'th', 'vi', 'fil', 'es', 'pt', 'ja', 'ko', 'ar'] as const;
const EN_KEYS = Object.keys(en).sort() as CatalogKey[];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('reply catalogs', () => {
  it('registers a catalog for every supported language', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogs.en).toBe(en);
  });

  describe.each(TRANSLATED)('%s', (lang) => {
    const catalog = catalogs[lang] ?? {};

    it('has exactly the English keys', () => {
      expect(Object.keys(catalog).sort()).toEqual(EN_KEYS);
    });

    it.each(EN_KEYS)('%s is non-empty and keeps the English placeholders', (key) => {
      const text = catalog[key];
      expect(typeof text).toBe('string');
      expect(text?.trim()).not.toBe('');
      expect(placeholders(text ?? '')).toEqual(placeholders(en[key]));
    });

    it('renders in its own language with the variables filled in', () => {
      const asked = render(lang, 'ask_order_email', { number: 'PD-100001' });
      expect(asked).toContain('PD-100001');
      expect(asked).not.toMatch(/[{}]/);
      expect(asked).not.toBe(render('en', 'ask_order_email', { number: 'PD-100001' }));

      const shipped = render(lang, 'order_shipped', {
        number: 'PD-100001', carrier: 'DHL', tracking: 'JD0123456789', event: 'Arrived at hub', eta: '2025-03-05',
      });
      for (const part of ['PD-100001', 'DHL', 'JD0123456789', 'Arrived at hub', '2025-03-05']) expect(shipped).toContain(part);
      expect(shipped).not.toMatch(/[{}]/);

      expect(render(lang, 'greeting', { shop: 'Acme' })).toContain('Acme');
    });
  });
});
