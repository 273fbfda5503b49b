// Sentiment, anger and urgency on chat lines we wrote for this benchmark (sentiment-lines.csv, six
// per language: praise, a neutral question, a complaint, an angry outburst, an urgent request, a
// negated opinion), against nlp.js 4.27's sentiment analyser in the same run (for the languages it
// accepts; "neutral" elsewhere, which is also what always answering neutral scores).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { analyseSentiment, type Language } from '../../src/nlu/index.js';
import { fromRoot } from '../../src/runtime/paths.js';

interface Line {
  text: string;
  language: Language;
  label: 'negative' | 'neutral' | 'positive';
  angry: string;
  urgent: string;
}

export interface SentimentReport {
  n: number;
  /** Share of lines whose label (negative / neutral / positive) is right. */
  ours: { label: number; anger: number; urgency: number };
  nlpjs: { label: number };
  perLanguage: Record<string, { ours: number; nlpjs: number }>;
}

/** anger / urgency ≥ this counts as "angry" / "urgent". */
const FLAG_AT = 0.5;
const NLPJS_LANGUAGE: Partial<Record<Language, string>> = { 'zh-Hans': 'zh', 'zh-Hant': 'zh', fil: 'tl' };

interface SentimentAnalyzerLike {
  getSentiment(text: string): Promise<{ vote: string }>;
}

export async function measureSentiment(): Promise<SentimentReport> {
  const lines = parse(readFileSync(fromRoot('bench', 'nlu', 'sentiment-lines.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Line[];
  const { SentimentAnalyzer } = createRequire(import.meta.url)('node-nlp') as { SentimentAnalyzer: new (o: object) => SentimentAnalyzerLike };
  const analysers = new Map<string, SentimentAnalyzerLike>();
  let label = 0;
  let anger = 0;
  let urgency = 0;
  let baseline = 0;
  const per: Record<string, { ours: number; nlpjs: number; n: number }> = {};
  for (const l of lines) {
    const s = analyseSentiment(l.text, l.language);
    const p = (per[l.language] ??= { ours: 0, nlpjs: 0, n: 0 });
    p.n++;
    if (s.label === l.label) {
      label++;
      p.ours++;
    }
    if ((s.anger >= FLAG_AT) === (l.angry === '1')) anger++;
    if ((s.urgency >= FLAG_AT) === (l.urgent === '1')) urgency++;
    const code = NLPJS_LANGUAGE[l.language] ?? l.language;
    let analyser = analysers.get(code);
    if (!analyser) analysers.set(code, (analyser = new SentimentAnalyzer({ language: code })));
    const vote = (await analyser.getSentiment(l.text)).vote;
    if (vote === l.label) {
      baseline++;
      p.nlpjs++;
    }
  }
  const n = lines.length;
  return {
    n,
    ours: { label: label / n, anger: anger / n, urgency: urgency / n },
    nlpjs: { label: baseline / n },
    perLanguage: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, { ours: v.ours / v.n, nlpjs: v.nlpjs / v.n }])),
  };
}
