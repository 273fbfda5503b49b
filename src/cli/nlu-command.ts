// `peakdesk nlu eval | train | test`: measure the intent model on any labelled CSV (or the
// built-in pack), train and save a model, and show what the engine understands of one message.
import { readFileSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  LabelledCsvError, LANGUAGES, createNlu, detectLanguage, loadIntentModel, loadIntentPack, readLabelledCsv, trainIntentModel,
  type IntentModel, type LabelledExample, type Language, type Understanding,
} from '../nlu/index.js';
import { evaluateIntents, type EvaluationReport } from '../nlu/evaluation/evaluate-intents.js';
import { formatCsvRow } from '../nlu/labelled/labelled-csv.js';
import { CliError } from './admin-commands.js';

export interface NluEvalOptions {
  train?: string;
  test?: string;
  val?: string;
  predictions?: string;
  seed?: number;
  /** Show a progress bar on stderr (only drawn when stderr is a terminal). */
  progress?: boolean;
}

function readCsv(path: string): LabelledExample[] {
  try {
    const rows = readLabelledCsv(path);
    if (rows.length === 0) throw new CliError(`${path}: no rows`);
    return rows;
  } catch (err) {
    if (err instanceof LabelledCsvError) throw new CliError(err.message);
    throw err;
  }
}

function builtInPack(split: 'train' | 'heldout'): LabelledExample[] {
  const rows = loadIntentPack({ split });
  if (rows.length === 0) throw new CliError(`the built-in intent pack has no ${split} files yet (src/nlu/pack/${split}/<language>.csv)`);
  return rows;
}

export function runNluEval(opts: NluEvalOptions): EvaluationReport {
  if (opts.train && !opts.test) throw new CliError('--test is required with --train');
  const train = opts.train ? readCsv(opts.train) : builtInPack('train');
  const test = opts.test ? readCsv(opts.test) : builtInPack('heldout');
  const validation = opts.val ? readCsv(opts.val) : undefined;
  const bar = opts.progress ? new cliProgress.SingleBar({ stream: process.stderr, format: 'predicting {bar} {value}/{total}' }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(test.length, 0);
  const run = evaluateIntents(train, test, { validation, seed: opts.seed, onProgress: (done) => bar?.update(done) });
  bar?.stop();
  if (opts.predictions) {
    const lines = [formatCsvRow(['text', 'intent', 'predicted', 'confidence', 'language'])];
    test.forEach((e, i) => {
      const p = run.predictions[i]!;
      lines.push(formatCsvRow([e.text, e.intent, p.intent, p.confidence.toFixed(4), detectLanguage(e.text).language]));
    });
    writeFileSync(opts.predictions, lines.join('\n') + '\n');
  }
  return run.report;
}

export function runNluTrain(opts: { data?: string; out: string; seed?: number }): { out: string; examples: number; intents: number; trainSeconds: number } {
  const examples = opts.data ? readCsv(opts.data) : builtInPack('train');
  const t0 = performance.now();
  const model = trainIntentModel(examples, { seed: opts.seed ?? 1 });
  const trainSeconds = (performance.now() - t0) / 1000;
  writeFileSync(opts.out, JSON.stringify(model.toJSON()));
  return { out: opts.out, examples: examples.length, intents: model.intents.length, trainSeconds };
}

function readModel(path: string): IntentModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: file not found` : `${path}: not valid JSON (${(err as Error).message})`);
  }
  try {
    return loadIntentModel(json);
  } catch (err) {
    throw new CliError(`${path}: ${(err as Error).message}`);
  }
}

export function runNluTest(text: string, opts: { model?: string; locale?: string; previousLanguage?: string; timeZone?: string }): Understanding {
  const previous = opts.previousLanguage;
  if (previous !== undefined && !(LANGUAGES as readonly string[]).includes(previous)) {
    throw new CliError(`--previous-language must be one of ${LANGUAGES.join(', ')}`);
  }
  const model = opts.model ? readModel(opts.model) : trainIntentModel(builtInPack('train'), { seed: 1 });
  const nlu = createNlu({ model, timeZone: opts.timeZone });
  return nlu.understand(text, { locale: opts.locale, previousLanguage: previous as Language | undefined });
}

function percent(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(2)}%`;
}

function formatReport(r: EvaluationReport): string {
  return [
    `rows               ${r.n}`,
    `accuracy           ${percent(r.accuracy)}`,
    `in-scope accuracy  ${percent(r.inScopeAccuracy)}`,
    `oos recall         ${percent(r.oosRecall)}`,
    `macro F1           ${percent(r.macroF1)}`,
    `training           ${r.trainSeconds.toFixed(2)} s`,
    `predictions/s      ${Math.round(r.predictionsPerSec)}`,
  ].join('\n');
}

const integer = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CliError(`not an integer: ${v}`);
  return n;
};

export function registerNluCommands(program: Command, out: (s: string) => void = (s) => process.stdout.write(s + '\n')): void {
  const nlu = program.command('nlu').description('intent model: evaluate, train, try');
  nlu
    .command('eval')
    .description('train on one labelled CSV (text,intent) and measure on another; without --train, the built-in pack')
    .option('--train <file>', 'training CSV')
    .option('--test <file>', 'test CSV')
    .option('--val <file>', 'validation CSV for calibration and the out-of-scope threshold')
    .option('--predictions <file>', 'write text,intent,predicted,confidence,language per test row')
    .option('--seed <n>', 'random seed', integer)
    .option('--json', 'print one JSON object')
    .action((o: NluEvalOptions & { json?: boolean }) => {
      const report = runNluEval({ ...o, progress: true });
      out(o.json ? JSON.stringify(report) : formatReport(report));
    });
  nlu
    .command('train')
    .description('train an intent model and save it as JSON')
    .option('--data <file>', 'training CSV (default: the built-in pack)')
    .requiredOption('--out <file>', 'where to write the model')
    .option('--seed <n>', 'random seed', integer)
    .action((o: { data?: string; out: string; seed?: number }) => {
      out(JSON.stringify(runNluTrain(o)));
    });
  nlu
    .command('test')
    .description('print what the engine understands of one message (JSON)')
    .argument('<text>', 'the message')
    .option('--model <file>', 'a model saved by `nlu train` (default: train on the built-in pack)')
    .option('--locale <locale>', "the customer's locale, e.g. id-ID")
    .option('--previous-language <lang>', 'language of the conversation so far')
    .option('--time-zone <zone>', 'IANA time zone for relative dates', 'UTC')
    .action((text: string, o: { model?: string; locale?: string; previousLanguage?: string; timeZone?: string }) => {
      out(JSON.stringify(runNluTest(text, o), null, 2));
    });
}
