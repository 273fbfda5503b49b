// Renders a reply from the message catalog in the shopper's language, falling back to English for a
// language (or a single key) not translated yet.
import type { Language } from '../nlu/types.js';
import { en, type Catalog, type CatalogKey } from './catalog/en.js';
import { catalogs } from './catalog/index.js';

export type ReplyVars = Record<string, string | number>;

export function render(language: string, key: CatalogKey, vars: ReplyVars = {}): string {
  const catalog: Partial<Catalog> = catalogs[language as Language] ?? en;
  return fill(catalog[key] ?? en[key], vars);
}

/** Fills {placeholders} in any template, e.g. a merchant's own phrasing; unknown ones stay as written. */
export function fill(template: string, vars: ReplyVars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
