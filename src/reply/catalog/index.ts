// The reply catalogs by language; languages not listed (and keys missing from one) fall back to English.
import type { Language } from '../../nlu/types.js';
import type { Catalog } from './en.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';
import { id } from './id.js';
import { ms } from './ms.js';
import { th } from './th.js';
import { vi } from './vi.js';
import { fil } from './fil.js';
import { es } from './es.js';
import { pt } from './pt.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ar } from './ar.js';

export const catalogs: Partial<Record<Language, Partial<Catalog>>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  id,
  ms,
  th,
  vi,
  fil,
  es,
  pt,
  ja,
  ko,
  ar,
};
