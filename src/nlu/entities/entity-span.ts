// Helpers shared by the entity extractors: building Entity records from regex matches.
import type { Entity, EntityType } from '../types.js';

export function entityFromMatch(
  type: EntityType,
  value: string,
  text: string,
  start: number,
  meta?: Entity['meta'],
): Entity {
  const e: Entity = { type, value, text, start, end: start + text.length };
  if (meta) e.meta = meta;
  return e;
}

/** Regexes below are built from literal lists; this keeps "(" or "." in a word literal. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so "đơn hàng" wins over "đơn". */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * Text folded for lexicon matching (NFKC, lower case, Traditional→Simplified) when folding keeps
 * every offset; otherwise just lower-cased, so spans found in it are spans of the original.
 */
export function foldForMatching(text: string, fold: (t: string) => string): string {
  const folded = fold(text);
  return folded.length === text.length ? folded : text.toLowerCase();
}
