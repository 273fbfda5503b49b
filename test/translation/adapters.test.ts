// The translation adapters against a local server speaking LibreTranslate's and DeepL's documented
// payloads: request shape, language codes both ways, errors and timeouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibreTranslateProvider } from '../../src/translation/libretranslate.js';
import { DeeplProvider } from '../../src/translation/deepl.js';
import { createTranslationProvider } from '../../src/translation/create-provider.js';
import { TranslationError } from '../../src/translation/provider.js';
import { ConfigError } from '../../src/runtime/config.js';
import { startFakeTranslator } from '../support/fake-translator.js';

let fake: Awaited<ReturnType<typeof startFakeTranslator>>;
beforeAll(async () => {
  fake = await startFakeTranslator();
});
afterAll(async () => {
  await fake.close();
});

describe('LibreTranslate', () => {
  it('posts q/source/target/format/api_key and maps Chinese and Filipino codes', async () => {
    const lt = new LibreTranslateProvider({ url: fake.url, apiKey: 'k1', timeoutMs: 1_000 });
    expect(await lt.translate('hola', 'en')).toEqual({ text: '<en> hola', source: 'es' });
    expect(fake.requests.at(-1)).toMatchObject({ path: '/translate', body: { q: 'hola', source: 'auto', target: 'en', format: 'text', api_key: 'k1' } });
    expect(await lt.translate('thanks', 'zh-Hans', 'en')).toEqual({ text: '<zh> thanks', source: 'en' });
    await lt.translate('thanks', 'zh-Hant', 'fil');
    expect(fake.requests.at(-1)?.body).toMatchObject({ source: 'tl', target: 'zt' });
  });

  it('turns a 500 and a hung server into TranslationError', async () => {
    const lt = new LibreTranslateProvider({ url: fake.url, timeoutMs: 300 });
    await expect(lt.translate('FAIL please', 'en')).rejects.toThrow(new TranslationError('LibreTranslate answered 500: model crashed'));
    await expect(lt.translate('SLOW please', 'en')).rejects.toThrow(/did not answer within 300 ms/);
  });
});

describe('DeepL', () => {
  it('sends the auth key header and text array, and maps codes', async () => {
    const deepl = new DeeplProvider({ url: fake.url, apiKey: 'secret:fx', timeoutMs: 1_000 });
    expect(await deepl.translate('hola', 'en')).toEqual({ text: '<EN-US> hola', source: 'es' });
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe('/v2/translate');
    expect(req.headers.authorization).toBe('DeepL-Auth-Key secret:fx');
    expect(req.body).toEqual({ text: ['hola'], target_lang: 'EN-US' });
    expect(await deepl.translate('hi', 'zh-Hant', 'en')).toEqual({ text: '<ZH-HANT> hi', source: 'en' });
  });
});

describe('createTranslationProvider', () => {
  const base = { TRANSLATION_TIMEOUT_MS: 1_000 } as const;
  it('is off without a provider and refuses half a configuration', () => {
    expect(createTranslationProvider(base)).toBeUndefined();
    expect(() => createTranslationProvider({ ...base, TRANSLATION_PROVIDER: 'libretranslate' })).toThrow(ConfigError);
    expect(() => createTranslationProvider({ ...base, TRANSLATION_PROVIDER: 'deepl' })).toThrow(/TRANSLATION_API_KEY/);
    expect(createTranslationProvider({ ...base, TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: fake.url })?.name).toBe('libretranslate');
    expect(createTranslationProvider({ ...base, TRANSLATION_PROVIDER: 'deepl', TRANSLATION_API_KEY: 'k' })?.name).toBe('deepl');
  });
});
