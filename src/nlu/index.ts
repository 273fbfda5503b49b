// Public API of the embedded NLU engine: what the message pipeline, the CLI and the benchmarks use.
export * from './types.js';
export { loadIntentPack, packLanguages, intentPackPath, type PackSplit } from './labelled/intent-pack.js';
export { readLabelledCsv, parseLabelledCsv, LabelledCsvError } from './labelled/labelled-csv.js';
export { trainIntentModel, loadIntentModel, type IntentModel, type TrainIntentOptions } from './intent/intent-model.js';
export { detectLanguage, type LanguageGuess } from './language/detect-language.js';
export { buildCatalogIndex, type CatalogIndex } from './entities/catalog-index.js';
export { extractEntities, type ExtractOptions } from './entities/extract-entities.js';
export { DEFAULT_ORDER_NUMBER_PATTERNS } from './entities/order-number.js';
export { analyseSentiment } from './sentiment/analyse-sentiment.js';
export { createNlu, type Nlu, type NluOptions } from './understand.js';
export { ModelRegistry } from './registry/model-registry.js';
