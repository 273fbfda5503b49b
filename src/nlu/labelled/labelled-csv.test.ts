// Tests of labelled-CSV reading: quoting, missing columns, malformed rows, missing files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelledCsvError, parseLabelledCsv, readLabelledCsv } from './labelled-csv.js';

describe('parseLabelledCsv', () => {
  it('reads RFC 4180 quoting, BOM and extra columns', () => {
    const csv = '\ufefftext,intent,note\n"hello, ""friend""",greeting,x\n"two\nlines",oos,\n';
    expect(parseLabelledCsv(csv)).toEqual([
      { text: 'hello, "friend"', intent: 'greeting' },
      { text: 'two\nlines', intent: 'oos' },
    ]);
  });

  it('names the missing column', () => {
    expect(() => parseLabelledCsv('text,label\nhi,greeting\n', 'a.csv')).toThrow(/a\.csv: missing column "intent"/);
  });

  it('rejects malformed rows with the file name', () => {
    expect(() => parseLabelledCsv('text,intent\n"unclosed,greeting\n', 'b.csv')).toThrow(LabelledCsvError);
    expect(() => parseLabelledCsv('text,intent\nhi,greeting,extra\n', 'b.csv')).toThrow(/b\.csv: malformed CSV/);
    expect(() => parseLabelledCsv('text,intent\n,greeting\n', 'b.csv')).toThrow(/row 2 has an empty/);
  });

  it('reports a missing file clearly', () => {
    expect(() => readLabelledCsv('/nonexistent/x.csv')).toThrow(/x\.csv: file not found/);
    const dir = mkdtempSync(join(tmpdir(), 'nlu-csv-'));
    writeFileSync(join(dir, 'ok.csv'), 'text,intent\nhi,greeting\n');
    expect(readLabelledCsv(join(dir, 'ok.csv'))).toEqual([{ text: 'hi', intent: 'greeting' }]);
  });
});
