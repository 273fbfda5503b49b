// Tests of the built-in pack loader against whichever pack files exist.
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
});
