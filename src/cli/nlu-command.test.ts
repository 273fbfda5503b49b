// Tests of `peakdesk nlu eval | train | test` on small CSVs written to a temp directory.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseLabelledCsv } from '../nlu/labelled/labelled-csv.js';
import { registerNluCommands, runNluEval, runNluTest, runNluTrain } from './nlu-command.js';

const dir = mkdtempSync(join(tmpdir(), 'nlu-cli-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const rows = (pairs: Array<[string, string]>) => 'text,intent\n' + pairs.map(([t, i]) => `"${t}",${i}`).join('\n') + '\n';

const train = file('train.csv', rows([
  ['where is my order', 'order_status'], ['order status please', 'order_status'], ['has my parcel shipped', 'order_status'], ['track my order', 'order_status'],
  ['cancel my order', 'cancel_order'], ['please cancel it', 'cancel_order'], ['i want to cancel the purchase', 'cancel_order'], ['stop my order', 'cancel_order'],
  ['hello', 'greeting'], ['hi there', 'greeting'], ['good morning', 'greeting'], ['hey', 'greeting'],
  ['what is the meaning of life', 'oos'], ['tell me a joke', 'oos'], ['who is the president', 'oos'],
]));
const test = file('test.csv', rows([
  ['where is my order?', 'order_status'], ['cancel the order please', 'cancel_order'], ['hello!', 'greeting'], ['tell me a funny joke', 'oos'],
]));

describe('nlu eval', () => {
  it('reports the metrics and writes predictions', () => {
    const out = join(dir, 'pred.csv');
    const report = runNluEval({ train, test, predictions: out });
    expect(report.n).toBe(4);
    expect(report.accuracy).toBe(1);
    expect(report.inScopeAccuracy).toBe(1);
    expect(report.oosRecall).toBe(1);
    expect(report.macroF1).toBe(1);
    expect(report.trainSeconds).toBeGreaterThan(0);
    expect(report.predictionsPerSec).toBeGreaterThan(0);
    const written = readFileSync(out, 'utf8').split('\n')[0];
    expect(written).toBe('text,intent,predicted,confidence,language');
    expect(parseLabelledCsv(readFileSync(out, 'utf8')).length).toBe(4);
  });

  it('prints exactly one JSON object with --json', async () => {
    const printed: string[] = [];
    const program = new Command().exitOverride();
    registerNluCommands(program, (s) => printed.push(s));
    await program.parseAsync(['nlu', 'eval', '--train', train, '--test', test, '--json'], { from: 'user' });
    expect(printed).toHaveLength(1);
    const report = JSON.parse(printed[0]!);
    for (const key of ['accuracy', 'inScopeAccuracy', 'oosRecall', 'macroF1', 'trainSeconds', 'predictionsPerSec', 'n']) expect(report).toHaveProperty(key);
  });

  it('explains bad input', () => {
    expect(() => runNluEval({ train: join(dir, 'missing.csv'), test })).toThrow(/missing\.csv: file not found/);
    expect(() => runNluEval({ train: file('bad.csv', 'text,label\nhi,greeting\n'), test })).toThrow(/missing column "intent"/);
    expect(() => runNluEval({ train: file('broken.csv', 'text,intent\n"hi,greeting\n'), test })).toThrow(/malformed CSV/);
    expect(() => runNluEval({ train })).toThrow(/--test is required/);
  });
});

describe('nlu train and nlu test', () => {
  it('saves a model that nlu test uses', () => {
    const out = join(dir, 'model.json');
    const summary = runNluTrain({ data: train, out });
    expect(summary).toMatchObject({ examples: 15, intents: 3 });
    const u = runNluTest('where is order PD-123456', { model: out });
    expect(u.intent.intent).toBe('order_status');
    expect(u.entities[0]).toMatchObject({ type: 'order_number', value: 'PD-123456' });
    expect(u.language).toBe('en');
  });

  it('rejects a file that is not a model', () => {
    expect(() => runNluTest('hi', { model: file('notmodel.json', '{"a":1}') })).toThrow(/not a peakdesk intent model/);
    expect(() => runNluTest('hi', { model: file('notjson.json', '{') })).toThrow(/not valid JSON/);
  });
});
