// Splits help-centre articles into passages a shopper can read in a chat bubble: the article's
// paragraphs, with bullet lists kept under the sentence that introduces them until they grow too long.
import type { KnowledgeArticle } from '../commerce/types.js';

export interface Passage {
  id: string;
  articleId: string;
  language: string;
  title: string;
  text: string;
}

/** A passage longer than this is cut at the next line break. */
const MAX_PASSAGE = 420;

export function toPassages(article: KnowledgeArticle): Passage[] {
  const lines = article.body.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > MAX_PASSAGE) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks.map((text, i) => ({ id: `${article.id}#${i}`, articleId: article.id, language: article.language, title: article.title, text }));
}
