// Reads labelled examples from `text,intent` CSV (RFC 4180 quoting) with errors that name the file
// and line, so a merchant's broken upload or a bad pack row is found at once.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { LabelledExample } from '../types.js';

export class LabelledCsvError extends Error {
  override readonly name = 'LabelledCsvError';
}

export function parseLabelledCsv(content: string, source = 'CSV'): LabelledExample[] {
  let records: Record<string, string>[];
  try {
    records = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      relax_column_count: false,
    }) as Record<string, string>[];
  } catch (err) {
    throw new LabelledCsvError(`${source}: malformed CSV: ${(err as Error).message}`);
  }
  if (records.length === 0) return [];
  const first = records[0]!;
  for (const column of ['text', 'intent']) {
    if (!(column in first)) {
      throw new LabelledCsvError(`${source}: missing column "${column}" (header must include text,intent)`);
    }
  }
  return records.map((r, i) => {
    const text = r.text!.trim();
    const intent = r.intent!.trim();
    // Line numbers count the header as line 1; quoted newlines make them approximate.
    if (!text || !intent) throw new LabelledCsvError(`${source}: row ${i + 2} has an empty text or intent`);
    return { text, intent };
  });
}

export function readLabelledCsv(path: string): LabelledExample[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LabelledCsvError(code === 'ENOENT' ? `${path}: file not found` : `${path}: ${(err as Error).message}`);
  }
  return parseLabelledCsv(content, path);
}

/** One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled. */
export function formatCsvRow(fields: Array<string | number>): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
