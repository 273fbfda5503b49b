// Picks the translation adapter from the configuration; undefined when none is configured (the
// console then says translation is not set up). A half-configured provider stops the start.
import type { Config } from '../runtime/config.js';
import { ConfigError } from '../runtime/config.js';
import { DeeplProvider } from './deepl.js';
import { LibreTranslateProvider } from './libretranslate.js';
import type { TranslationProvider } from './provider.js';

const DEEPL_FREE_URL = 'https://api-free.deepl.com';

export function createTranslationProvider(config: Pick<Config, 'TRANSLATION_PROVIDER' | 'TRANSLATION_URL' | 'TRANSLATION_API_KEY' | 'TRANSLATION_TIMEOUT_MS'>): TranslationProvider | undefined {
  const timeoutMs = config.TRANSLATION_TIMEOUT_MS;
  switch (config.TRANSLATION_PROVIDER) {
    case undefined:
      return undefined;
    case 'libretranslate':
      if (!config.TRANSLATION_URL) throw new ConfigError(['TRANSLATION_URL: required with TRANSLATION_PROVIDER=libretranslate (e.g. http://libretranslate:5000)']);
      return new LibreTranslateProvider({ url: config.TRANSLATION_URL, timeoutMs, ...(config.TRANSLATION_API_KEY ? { apiKey: config.TRANSLATION_API_KEY } : {}) });
    case 'deepl':
      if (!config.TRANSLATION_API_KEY) throw new ConfigError(['TRANSLATION_API_KEY: required with TRANSLATION_PROVIDER=deepl']);
      return new DeeplProvider({ url: config.TRANSLATION_URL ?? DEEPL_FREE_URL, apiKey: config.TRANSLATION_API_KEY, timeoutMs });
  }
}
