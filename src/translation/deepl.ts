// DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate): POST /v2/translate with
// "Authorization: DeepL-Auth-Key <key>" and {text: [..], target_lang, source_lang?} →
// {translations: [{detected_source_language, text}]}.
import { z } from 'zod';
import { postJson } from './http-json.js';
import { fromDeepl, toDeeplSource, toDeeplTarget } from './language-codes.js';
import { TranslationError, type Translation, type TranslationProvider } from './provider.js';

const translateResponse = z.object({ translations: z.array(z.object({ detected_source_language: z.string().optional(), text: z.string() })).min(1) });

export class DeeplProvider implements TranslationProvider {
  readonly name = 'deepl';

  constructor(private readonly opts: { url: string; apiKey: string; timeoutMs: number }) {}

  async translate(text: string, target: string, source?: string): Promise<Translation> {
    const body = { text: [text], target_lang: toDeeplTarget(target), ...(source ? { source_lang: toDeeplSource(source) } : {}) };
    const url = new URL('v2/translate', this.opts.url.endsWith('/') ? this.opts.url : `${this.opts.url}/`).toString();
    const json = await postJson('DeepL', url, body, { authorization: `DeepL-Auth-Key ${this.opts.apiKey}` }, this.opts.timeoutMs);
    const parsed = translateResponse.safeParse(json);
    if (!parsed.success) throw new TranslationError('DeepL answered without translations');
    const t = parsed.data.translations[0]!;
    return { text: t.text, source: t.detected_source_language ? fromDeepl(t.detected_source_language) : (source ?? null) };
  }
}
