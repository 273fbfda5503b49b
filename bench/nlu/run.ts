// `npx tsx bench/nlu/run.ts [--json] [--runs 3] [--no-nlpjs] [--only CLINC150,pack] [--hidden-layer '{"share":0.5}']`: our intent
// engine and nlp.js 4.27 side by side on CLINC150 (train → val), BANKING77 (fixed-seed stratified
// 80/20 of train), Bitext (20-shot → dev) and the built-in pack per language (train → heldout),
// language identification on our own chat lines against eld alone, and the throughput of the
// whole understand() with the demo store's catalog, and sentiment on our own lines. Accuracy is
// deterministic (fixed seeds); times are medians of --runs runs on one core of a shared machine.
// --hidden-layer averages the opt-in hidden-layer network into our models (settings as JSON).
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { buildCatalogIndex, createNlu, loadIntentPack, trainIntentModel } from '../../src/nlu/index.js';
import { evaluateIntents } from '../../src/nlu/evaluation/evaluate-intents.js';
import type { HiddenLayerOptions } from '../../src/nlu/intent/train-hidden-layer.js';
import { publicSplits, packSplits, type BenchSplit } from './datasets.js';
import { measureLanguageId, type LanguageIdReport } from './language-id.js';
import { runNlpjs, type BaselineReport } from './nlpjs-baseline.js';
import { measureSentiment } from './sentiment-check.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const json = flag('--json');
const runs = Math.max(1, Number(value('--runs') ?? 3));
const withNlpjs = !flag('--no-nlpjs');
const only = value('--only')?.split(',');
const hiddenLayer = value('--hidden-layer') === undefined ? undefined : (JSON.parse(value('--hidden-layer')!) as Partial<HiddenLayerOptions>);
const log = (s: string) => process.stderr.write(s + '\n');
// nlp.js prints progress ("Compiling dictionary") with console.log: keep stdout for our one JSON object.
console.log = (...parts: unknown[]) => log(parts.map(String).join(' '));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface EngineReport {
  accuracy: number;
  inScopeAccuracy: number;
  oosRecall: number | null;
  macroF1: number;
  n: number;
  trainExamples: number;
  trainSecondsMedian: number;
  predictionsPerSecMedian: number;
}

interface SplitResult {
  name: string;
  ours: EngineReport;
  nlpjs: BaselineReport | null;
}

/** Predictions per second over at least one second of the test texts, one thread. */
function throughput(predict: (t: string) => unknown, texts: string[]): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1000) {
    for (const t of texts) predict(t);
    n += texts.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

function runOurs(split: BenchSplit): EngineReport {
  const trainTimes: number[] = [];
  const rates: number[] = [];
  let last: ReturnType<typeof evaluateIntents> | undefined;
  for (let r = 0; r < runs; r++) {
    last = evaluateIntents(split.train, split.test, { seed: 1, ...(hiddenLayer ? { hiddenLayer } : {}) });
    trainTimes.push(last.report.trainSeconds);
    rates.push(throughput((t) => last!.model.predict(t), split.test.map((e) => e.text)));
  }
  const rep = last!.report;
  return {
    accuracy: rep.accuracy,
    inScopeAccuracy: rep.inScopeAccuracy,
    oosRecall: rep.oosRecall,
    macroF1: rep.macroF1,
    n: rep.n,
    trainExamples: split.train.length,
    trainSecondsMedian: median(trainTimes),
    predictionsPerSecMedian: median(rates),
  };
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
const num = (x: number | undefined, d = 0) => (x === undefined ? 'n/a' : x.toFixed(d));

function table(results: SplitResult[], lang: LanguageIdReport, dev: LanguageIdReport): string {
  const lines = [
    'split             rows  | ours: acc  in-scope  oos-rec  macroF1  train s  pred/s   | nlp.js: acc  in-scope  oos-rec  train s  pred/s  | speed ratio',
  ];
  for (const r of results) {
    const o = r.ours;
    const b = r.nlpjs;
    lines.push(
      `${r.name.padEnd(16)} ${String(o.n).padStart(5)}  |  ${pct(o.accuracy)}  ${pct(o.inScopeAccuracy)}  ${pct(o.oosRecall)}  ${pct(o.macroF1)}  ${num(o.trainSecondsMedian, 2).padStart(6)}  ${num(o.predictionsPerSecMedian).padStart(7)}  |  ` +
        (b
          ? `${pct(b.accuracy)}  ${pct(b.inScopeAccuracy)}  ${pct(b.oosRecall)}  ${num(b.trainSeconds, 1).padStart(6)}  ${num(b.predictionsPerSec).padStart(6)}  | ${(o.predictionsPerSecMedian / b.predictionsPerSec).toFixed(0)}x`
          : '   (not run)'),
    );
  }
  lines.push('', `language id on ${lang.n} held-out chat lines: ours ${pct(lang.ours.accuracy)}, eld alone ${pct(lang.eld.accuracy)}, ours ${num(lang.ours.perSecond)} lines/s`);
  lines.push(`(on the ${dev.n} dev lines the cue words were tuned on: ours ${pct(dev.ours.accuracy)}, eld ${pct(dev.eld.accuracy)})`);
  lines.push('language  n    ours    eld');
  for (const [l, r] of Object.entries(lang.perLanguage)) lines.push(`${l.padEnd(8)} ${String(r.n).padStart(3)}  ${pct(r.ours)}  ${pct(r.eld)}`);
  return lines.join('\n');
}

/** Full understand() (language, intent, entities with the demo store's catalog, sentiment) on the pack's held-out lines. */
function measureUnderstand(): { messagesPerSec: number; products: number; lines: number } | null {
  const train = loadIntentPack({ split: 'train' });
  const lines = loadIntentPack({ split: 'heldout' }).map((e) => e.text);
  if (train.length === 0 || lines.length === 0) return null;
  const store = generateDemoStore();
  const nlu = createNlu({ model: trainIntentModel(train, { seed: 1 }), catalog: buildCatalogIndex(store.products), timeZone: store.shop.timezone });
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) rates.push(throughput((t) => nlu.understand(t), lines));
  return { messagesPerSec: median(rates), products: store.products.length, lines: lines.length };
}

async function main(): Promise<void> {
  const splits = [...publicSplits(), ...packSplits()].filter((s) => !only || only.some((o) => s.name.startsWith(o)));
  if (splits.length === 0) throw new Error('no datasets found: expected ../shared/datasets or the intent pack');
  const results: SplitResult[] = [];
  for (const split of splits) {
    log(`${split.name}: ours (${runs} runs)…`);
    const ours = runOurs(split);
    let nlpjs: BaselineReport | null = null;
    if (withNlpjs && split.locale) {
      log(`${split.name}: nlp.js…`);
      nlpjs = await runNlpjs(split.locale, split.train, split.test);
    }
    results.push({ name: split.name, ours, nlpjs });
  }
  const languageId = { heldout: measureLanguageId('heldout'), dev: measureLanguageId('dev') };
  log('sentiment…');
  const sentiment = await measureSentiment();
  log('understand() throughput…');
  const understand = measureUnderstand();
  const out = { machine: { cpus: 2, node: process.version }, runs, results, languageId, sentiment, understand };
  const understandLine =
    `\nsentiment on ${sentiment.n} lines: label ${pct(sentiment.ours.label)} (nlp.js ${pct(sentiment.nlpjs.label)}), anger flag ${pct(sentiment.ours.anger)}, urgency flag ${pct(sentiment.ours.urgency)}` +
    (understand
      ? `\nunderstand(): ${num(understand.messagesPerSec)} messages/s (median of ${runs}), catalog of ${understand.products} products, ${understand.lines} pack lines`
      : '');
  process.stdout.write((json ? JSON.stringify(out) : table(results, languageId.heldout, languageId.dev) + understandLine) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench/nlu: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
