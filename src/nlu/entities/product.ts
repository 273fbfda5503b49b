// Products and variants by fuzzy match against the catalog: candidate titles share many
// character trigrams with the message; the best window of words must then be close to the title
// (Dice ≥ 0.7 on trigrams, so typos and missing words still match). A variant is named by its SKU,
// or by the colour/size entities of the message when exactly one variant of the product fits them.
import type { Entity } from '../types.js';
import { segmentWords } from '../text/segment.js';
import { foldForCatalog, wordTrigrams, type CatalogIndex } from './catalog-index.js';
import { entityFromMatch } from './entity-span.js';
import { canonicalSize } from './size.js';

const MIN_DICE = 0.7;
const MIN_CANDIDATE_SHARE = 0.5;

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Words of the folded message with their offsets in the original text. */
function locateWords(text: string): WordSpan[] {
  const { folded, origin } = foldForCatalog(text);
  const spans: WordSpan[] = [];
  let from = 0;
  for (const word of segmentWords(folded)) {
    const at = folded.indexOf(word, from);
    if (at < 0) continue;
    from = at + word.length;
    const last = origin[from - 1]!;
    spans.push({ word, start: origin[at]!, end: last + (text.codePointAt(last)! > 0xffff ? 2 : 1) });
  }
  return spans;
}

interface ProductMatch {
  productId: string;
  score: number;
  start: number;
  end: number;
}

function matchProducts(text: string, catalog: CatalogIndex): ProductMatch[] {
  const words = locateWords(text);
  const messageTrigrams = wordTrigrams(words.map((w) => w.word));
  const shared = new Map<number, number>();
  for (const t of messageTrigrams) for (const i of catalog.byTrigram.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const matches: ProductMatch[] = [];
  const wordGrams = words.map((w) => wordTrigrams([w.word]));
  for (const [i, count] of shared) {
    const name = catalog.names[i]!;
    if (count / name.trigrams.size < MIN_CANDIDATE_SHARE) continue;
    // A good window starts and ends with words that share trigrams with the name.
    const touches = wordGrams.map((g) => [...g].some((t) => name.trigrams.has(t)));
    const k = name.words.length;
    let best: ProductMatch | undefined;
    for (let len = Math.max(1, k - 1); len <= k + 1; len++) {
      for (let s = 0; s + len <= words.length; s++) {
        if (!touches[s] || !touches[s + len - 1]) continue;
        const window = words.slice(s, s + len);
        const score = dice(wordTrigrams(window.map((w) => w.word)), name.trigrams);
        if (score >= MIN_DICE && (!best || score > best.score)) {
          best = { productId: name.productId, score, start: window[0]!.start, end: window[len - 1]!.end };
        }
      }
    }
    if (best) matches.push(best);
  }
  // Best score first; a product or a stretch of text is claimed once.
  matches.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start));
  const kept: ProductMatch[] = [];
  for (const m of matches) {
    if (kept.some((k) => k.productId === m.productId || (m.start < k.end && m.end > k.start))) continue;
    kept.push(m);
  }
  return kept;
}

/** "navy floral" is a navy option; sizes compare in canonical form ("2xl" = "XXL"). */
function optionMatches(key: string, option: string, wanted: string): boolean {
  if (key === 'size') return canonicalSize(option) === wanted;
  const o = option.toLowerCase();
  return o === wanted || o.split(/[\s/-]+/).includes(wanted);
}

const SKU_TOKEN = /[A-Za-z0-9][A-Za-z0-9-_]{2,}/g;

export function extractProducts(text: string, catalog: CatalogIndex, optionEntities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(SKU_TOKEN)) {
    const hit = catalog.skus.get(m[0].toUpperCase());
    if (hit) out.push(entityFromMatch('variant', hit[1], m[0], m.index!, { productId: hit[0], sku: m[0].toUpperCase() }));
  }
  for (const match of matchProducts(text, catalog)) {
    if (out.some((e) => match.start < e.end && match.end > e.start)) continue;
    const product = catalog.products.get(match.productId)!;
    out.push(entityFromMatch('product', product.id, text.slice(match.start, match.end), match.start, {
      handle: product.handle,
      score: Math.round(match.score * 100) / 100,
    }));
    const wanted: Record<string, string> = {};
    for (const e of optionEntities) {
      if (e.type === 'colour') wanted.color = e.value;
      if (e.type === 'size') wanted.size = e.value;
    }
    if (Object.keys(wanted).length === 0 || out.some((e) => e.type === 'variant' && e.meta?.productId === product.id)) continue;
    const fits = product.variants.filter((v) => {
      let named = false;
      for (const [key, want] of Object.entries(wanted)) {
        const option = v.options[key] ?? (key === 'color' ? v.options.colour : undefined);
        if (option === undefined) continue;
        named = true;
        if (!optionMatches(key, option, want)) return false;
      }
      return named;
    });
    if (fits.length === 1) {
      const v = fits[0]!;
      out.push(entityFromMatch('variant', v.id, text.slice(match.start, match.end), match.start, { productId: product.id, sku: v.sku }));
    }
  }
  return out;
}
