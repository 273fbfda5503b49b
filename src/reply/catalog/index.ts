// The reply catalogs by language; languages not listed fall back to English.
import type { Language } from '../../nlu/types.js';
import type { Catalog } from './en.js';
import { en } from './en.js';

export const catalogs: Partial<Record<Language, Partial<Catalog>>> = { en };
