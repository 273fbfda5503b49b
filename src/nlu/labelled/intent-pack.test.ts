// Tests of the built-in pack loader against whichever pack files exist, and of the rules the pack
// keeps: ≥ 30 training lines per intent and language, no held-out line among the training lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, PACK_INTENTS } from '../types.js';
import { intentPackPath, loadIntentPack, packLanguages } from './intent-pack.js';

describe('loadIntentPack', () => {
  const present = packLanguages('train');

  it('loads every language file that exists, with pack intents only', () => {
    const all = loadIntentPack();
    const expected = present.reduce((n, l) => n + loadIntentPack({ languages: [l] }).length, 0);
    expect(all.length).toBe(expected);
    const known = new Set<string>(PACK_INTENTS);
    for (const e of all) {
      expect(e.text.length).toBeGreaterThan(0);
      expect(known.has(e.intent), `${e.intent} is a pack intent`).toBe(true);
    }
  });

  it('skips languages whose file is missing', () => {
    const missing = LANGUAGES.filter((l) => !present.includes(l));
    expect(loadIntentPack({ languages: missing })).toEqual([]);
  });

  it('reads one row per CSV record', () => {
    for (const l of present.slice(0, 2)) {
      const text = readFileSync(intentPackPath(l, 'train'), 'utf8');
      expect(loadIntentPack({ languages: [l] }).length).toBeLessThan(text.split('\n').length);
    }
  });

  it('has at least 30 training examples of every pack intent in every language', () => {
    for (const l of present) {
      const counts = new Map<string, number>();
      for (const e of loadIntentPack({ languages: [l] })) counts.set(e.intent, (counts.get(e.intent) ?? 0) + 1);
      for (const intent of PACK_INTENTS) expect(counts.get(intent) ?? 0, `${l} ${intent}`).toBeGreaterThanOrEqual(30);
    }
  });

  it('keeps held-out lines out of the training files', () => {
    for (const l of packLanguages('heldout').filter((h) => present.includes(h))) {
      const train = new Set(loadIntentPack({ languages: [l] }).map((e) => e.text.trim().toLowerCase()));
      const leaked = loadIntentPack({ languages: [l], split: 'heldout' }).filter((e) => train.has(e.text.trim().toLowerCase()));
      expect(leaked.map((e) => e.text), l).toEqual([]);
    }
  });
});
