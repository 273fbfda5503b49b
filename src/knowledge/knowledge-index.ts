// A lexical index of the shop's help centre per language: BM25 (MiniSearch, a maintained library,
// rather than our own) over searchTokens, with fuzzy matching for typos in Latin-script words. A hit
// carries its coverage (how many of the question's informative words it matched), which the
// knowledge skill uses as its confidence bar.
import MiniSearch from 'minisearch';
import type { KnowledgeArticle } from '../commerce/types.js';
import { toPassages, type Passage } from './passages.js';
import { searchTokens } from './tokenize.js';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Share of the question's informative words found in the passage (0..1). */
  coverage: number;
  /** How many of the question's informative words it matched. */
  matched: number;
}

/** Words in more than this share of a language's passages say nothing about the topic ("the", "my", "我")… */
const COMMON_SHARE = 0.3;
/** …which a help centre this small cannot tell yet. */
const MIN_PASSAGES_FOR_COMMON = 10;

interface LanguageIndex {
  search: MiniSearch<Passage>;
  passages: Map<string, Passage>;
  documentFrequency: Map<string, number>;
}

export class KnowledgeIndex {
  private readonly byLanguage = new Map<string, LanguageIndex>();

  constructor(articles: readonly KnowledgeArticle[]) {
    const groups = new Map<string, Passage[]>();
    for (const a of articles) groups.set(a.language, [...(groups.get(a.language) ?? []), ...toPassages(a)]);
    for (const [language, passages] of groups) {
      const search = new MiniSearch<Passage>({
        fields: ['title', 'text'],
        storeFields: [],
        tokenize: (text) => searchTokens(text, language),
        processTerm: (term) => term,
        searchOptions: { boost: { title: 1.5 }, combineWith: 'OR' },
      });
      search.addAll(passages);
      const documentFrequency = new Map<string, number>();
      for (const p of passages) for (const t of new Set(searchTokens(`${p.title} ${p.text}`, language))) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      this.byLanguage.set(language, { search, passages: new Map(passages.map((p) => [p.id, p])), documentFrequency });
    }
  }

  languages(): string[] {
    return [...this.byLanguage.keys()];
  }

  search(question: string, language: string, limit = 5): PassageHit[] {
    const index = this.byLanguage.get(language);
    if (!index) return [];
    const total = index.passages.size;
    const common = (t: string) => total >= MIN_PASSAGES_FOR_COMMON && (index.documentFrequency.get(t) ?? 0) / total > COMMON_SHARE;
    const informative = [...new Set(searchTokens(question, language))].filter((t) => !common(t));
    if (informative.length === 0) return [];
    const results = index.search.search(informative.join(' '), {
      fuzzy: (term) => (/^[\p{Script=Latin}]{5,}$/u.test(term) ? 0.2 : false),
    });
    return results.slice(0, limit).map((r) => ({
      passage: index.passages.get(r.id as string)!,
      score: r.score,
      coverage: new Set(r.queryTerms).size / informative.length,
      matched: new Set(r.queryTerms).size,
    }));
  }
}

const cache = new WeakMap<readonly KnowledgeArticle[], KnowledgeIndex>();

/** The index for this list of articles; readers return the same list while it is unchanged, so it is built once. */
export function knowledgeIndexFor(articles: readonly KnowledgeArticle[]): KnowledgeIndex {
  let index = cache.get(articles);
  if (!index) {
    index = new KnowledgeIndex(articles);
    cache.set(articles, index);
  }
  return index;
}
