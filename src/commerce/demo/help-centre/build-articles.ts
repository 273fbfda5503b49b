// Assembles the knowledge base: every topic in every content language, filed and tagged.
import type { KnowledgeArticle } from '../../types.js';
import type { ContentLanguage } from '../content-languages.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { helpFacts, type HelpFacts } from './help-facts.js';
import { ID } from './id.js';
import { TH } from './th.js';
import { TOPICS, TOPIC_FILING, type LanguageContent } from './topics.js';
import { VI } from './vi.js';
import { ZH_HANS } from './zh-hans.js';

export const HELP_CENTRE: Readonly<Record<ContentLanguage, LanguageContent<HelpFacts>>> = {
  en: EN, 'zh-Hans': ZH_HANS, id: ID, th: TH, vi: VI, es: ES,
};

export function buildArticles(facts: HelpFacts = helpFacts()): KnowledgeArticle[] {
  return Object.entries(HELP_CENTRE).flatMap(([language, content]) => {
    const articles = content.articles(facts);
    return TOPICS.map((topic) => {
      const filing = TOPIC_FILING[topic];
      const { title, body } = articles[topic];
      return {
        id: `kb_${topic}_${language}`,
        language,
        title,
        body,
        category: filing.category,
        tags: [filing.kind, topic, ...filing.tags],
      };
    });
  });
}
