// The catalog as the entity extractor sees it: every product's localised titles and handle as
// character-trigram sets with an inverted index, and SKUs / variant options for variant lookup.
import type { Product } from '../../commerce/types.js';
import { foldArabic, traditionalToSimplified } from '../text/normalise.js';
import { segmentWords } from '../text/segment.js';

export interface CatalogName {
  productId: string;
  /** The folded name, e.g. "classic linen shirt". */
  name: string;
  words: readonly string[];
  trigrams: Set<string>;
}

export interface CatalogIndex {
  readonly products: Map<string, Product>;
  readonly names: CatalogName[];
  /** trigram → indexes into names */
  readonly byTrigram: Map<string, number[]>;
  /** upper-case SKU → [productId, variantId] */
  readonly skus: Map<string, [string, string]>;
}

function foldCharacters(text: string): string {
  return foldArabic(traditionalToSimplified(text.normalize('NFKC').toLowerCase())).replace(/[-_/]/g, ' ');
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the index in the original text it came from (one past the end at the end). */
  origin: Int32Array;
}

/**
 * Folds titles and messages alike (NFKC, lower case, Traditional→Simplified, Arabic variants,
 * dashes as spaces; no letter-run squashing, titles have none) character by character, remembering where each folded unit came from:
 * NFKC changes lengths (Thai "ำ" becomes two characters), and spans must point into the original.
 */
export function foldForCatalog(text: string): FoldedText {
  const whole = foldCharacters(text);
  if (whole.length === text.length) return { folded: whole, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i) };
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = foldCharacters(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(at);
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin: Int32Array.from(origin) };
}

/** Character trigrams of each word padded with spaces; CJK and Thai words are short, so bigrams too. */
export function wordTrigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
    if (w.length <= 3) for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
  }
  return out;
}

export function buildCatalogIndex(products: Product[]): CatalogIndex {
  const index: CatalogIndex = { products: new Map(), names: [], byTrigram: new Map(), skus: new Map() };
  for (const p of products) {
    index.products.set(p.id, p);
    const raw = new Set([...Object.values(p.title), p.handle]);
    for (const title of raw) {
      const name = foldForCatalog(title).folded.trim();
      const words = segmentWords(name);
      if (words.length === 0) continue;
      const trigrams = wordTrigrams(words);
      const at = index.names.push({ productId: p.id, name, words, trigrams }) - 1;
      for (const t of trigrams) {
        let list = index.byTrigram.get(t);
        if (!list) index.byTrigram.set(t, (list = []));
        list.push(at);
      }
    }
    for (const v of p.variants) if (v.sku) index.skus.set(v.sku.toUpperCase(), [p.id, v.id]);
  }
  return index;
}
