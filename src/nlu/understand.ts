// The understand stage: language, intent, entities and sentiment of one message in one pure call
// (no I/O), composed into the Understanding the dialog stage consumes.
import type { Understanding, UnderstandContext } from './types.js';
import type { CatalogIndex } from './entities/catalog-index.js';
import { extractEntities } from './entities/extract-entities.js';
import type { IntentModel } from './intent/intent-model.js';
import { detectLanguage } from './language/detect-language.js';
import { analyseSentiment } from './sentiment/analyse-sentiment.js';

export interface NluOptions {
  model: IntentModel;
  catalog?: CatalogIndex;
  orderNumberPatterns?: RegExp[];
  /** The shop's IANA time zone: relative dates resolve in it. */
  timeZone?: string;
}

export interface Nlu {
  understand(text: string, ctx?: UnderstandContext & { now?: Date }): Understanding;
}

export function createNlu(opts: NluOptions): Nlu {
  const timeZone = opts.timeZone ?? 'UTC';
  return {
    understand(text, ctx = {}) {
      const { language, confidence } = detectLanguage(text, ctx);
      return {
        language,
        languageConfidence: confidence,
        intent: opts.model.predict(text),
        entities: extractEntities(text, {
          language,
          catalog: opts.catalog,
          orderNumberPatterns: opts.orderNumberPatterns,
          now: ctx.now ?? new Date(),
          timeZone,
        }),
        sentiment: analyseSentiment(text, language),
      };
    },
  };
}
