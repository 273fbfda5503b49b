// LibreTranslate (self-hostable; https://libretranslate.com/docs): POST /translate
// {q, source, target, format, api_key?} → {translatedText, detectedLanguage?: {language, confidence}}.
// source "auto" makes the server detect the language.
import { z } from 'zod';
import { postJson } from './http-json.js';
import { fromLibre, toLibre } from './language-codes.js';
import { TranslationError, type Translation, type TranslationProvider } from './provider.js';

const translateResponse = z.object({
  translatedText: z.string(),
  detectedLanguage: z.object({ language: z.string(), confidence: z.number().optional() }).optional(),
});

export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate';

  constructor(private readonly opts: { url: string; apiKey?: string; timeoutMs: number }) {}

  async translate(text: string, target: string, source?: string): Promise<Translation> {
    const body = { q: text, source: source ? toLibre(source) : 'auto', target: toLibre(target), format: 'text', ...(this.opts.apiKey ? { api_key: this.opts.apiKey } : {}) };
    const json = await postJson('LibreTranslate', new URL('translate', withSlash(this.opts.url)).toString(), body, {}, this.opts.timeoutMs);
    const parsed = translateResponse.safeParse(json);
    if (!parsed.success) throw new TranslationError('LibreTranslate answered without translatedText');
    const detected = parsed.data.detectedLanguage?.language;
    return { text: parsed.data.translatedText, source: detected ? fromLibre(detected) : (source ?? null) };
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
