// Turns a message into a sparse, L2-normalised vector of hashed features: word unigrams and
// bigrams, diacritic-free word variants, character 2–5-grams inside word boundaries (typos,
// run-on words), and character 1–3-grams across Chinese/Japanese/Thai/Korean runs (Hangul runs:
// +2.9 points on the pack's Korean held-out lines). Character grams of non-Latin words and runs
// weigh twice those of Latin words (see FeatureConfig.nonLatinCharWeight). Korean and Arabic words
// also count as their light stems, Hangul words as jamo grams, and Japanese text as its Kanji and
// Katakana runs (content words, with bigrams across the particles between them): in 5-fold CV on
// the pack's train files ko +1.1, ja +1.0, ar +0.6 points; no other language's features change.
import { normaliseText, stripDiacritics } from '../text/normalise.js';
import { segmentWords } from '../text/segment.js';
import { lightStem } from '../text/stems.js';
import { ARABIC, HANGUL, KANA, UNSPACED_SCRIPT } from '../text/scripts.js';
import { FNV_OFFSET, combine, finalise, fnvStep, hashString } from './hashing.js';

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  minCharGram: number;
  maxCharGram: number;
  /** Relative weight of each block before the vector is normalised. */
  wordWeight: number;
  bigramWeight: number;
  charWeight: number;
  /**
   * Weight of character n-grams of words with non-Latin letters, and of the grams over unspaced
   * runs (both default to charWeight, as in models saved before they existed). Those scripts carry
   * more of their meaning inside a "word" (a Hangul eojeol, an Intl.Segmenter piece, an Arabic
   * word with its clitics): 1 instead of 0.5 gained 0.5 points averaged over the pack's languages
   * in 5-fold cross-validation on its train files (ja +1.3, ko +1.8, zh-Hans +1.8, zh-Hant +2.2;
   * th −0.9, the others within ±0.4).
   */
  nonLatinCharWeight?: number;
  runWeight?: number;
  /** Weight of light-stem word variants (Korean particles, Arabic clitics cut); absent = none. */
  stemWeight?: number;
  /** Weight of Japanese content-word features (Kanji and Katakana runs and their bigrams); absent = none. */
  kanjiRunWeight?: number;
  /** Weight of jamo 2–4-grams of Hangul words ("했어요"/"해요" share jamo); absent = none. */
  jamoWeight?: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 20,
  minCharGram: 2,
  maxCharGram: 5,
  wordWeight: 1,
  bigramWeight: 1,
  charWeight: 0.5,
  nonLatinCharWeight: 1,
  runWeight: 1,
  stemWeight: 1,
  jamoWeight: 1,
  kanjiRunWeight: 1.5,
};

export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
  /**
   * How many leading entries are the word unigrams and bigrams of the message as written (the
   * hidden-layer model reads only these); absent = all.
   */
  wordFeatures?: number;
}

const SEED_WORD = 0x1001;
const SEED_BIGRAM = 0x3003;
const SEED_CHAR = 0x4004;
const SEED_RUN = 0x5005;
/** Numbers standing alone; digits inside words are letters in Arabizi ("ta3i", "7abibi"). */
const DIGITS = /(?<![\p{L}\d])\d+(?![\p{L}\d])/gu;
/** Latin words with accents; other scripts keep their marks (Thai vowels are marks too). */
const ACCENTED_LATIN_WORD = /^(?=.*[^\x00-\x7f])[\p{Script=Latin}\p{M}\p{N}'’]+$/u;
/** A letter of a script other than Latin (Arabic, Hangul, Han, Thai …). */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const UNSPACED_RUN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;

const EASTERN_ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Long numbers (order ids, phone numbers) say "a number was given", not which one. Arabic-Indic
 * digits ("١٤") count as digits: NFKC leaves them alone.
 */
function maskDigits(text: string): string {
  return text
    .replace(EASTERN_ARABIC_DIGIT, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(DIGITS, (d) => (d.length <= 2 ? '0' : '000'));
}

/**
 * Counts a message's features in a small open-addressing table that stays in cache (a Map was 3x
 * slower, a dense per-bucket table 2x slower from cache misses). Reused across calls.
 */
class FeatureAccumulator {
  private size = 1024;
  private keys = new Uint32Array(this.size);
  private counts = new Uint16Array(this.size);
  private weights = new Float32Array(this.size);
  /** Slot indices in insertion order. */
  private slots = new Uint32Array(this.size);
  private n = 0;

  constructor(private readonly mask: number) {}

  add(hash: number, weight: number): void {
    const bucket = finalise(hash) & this.mask;
    const slotMask = this.size - 1;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> 0 & slotMask;
    while (this.counts[slot] !== 0) {
      if (this.keys[slot] === bucket) {
        if (this.counts[slot]! < 0xffff) this.counts[slot]!++;
        return;
      }
      slot = (slot + 1) & slotMask;
    }
    this.keys[slot] = bucket;
    this.counts[slot] = 1;
    this.weights[slot] = weight;
    this.slots[this.n++] = slot;
    if (this.n * 2 > this.size) this.grow();
  }

  private grow(): void {
    const old = { keys: this.keys, counts: this.counts, weights: this.weights, slots: this.slots, n: this.n };
    this.size *= 2;
    this.keys = new Uint32Array(this.size);
    this.counts = new Uint16Array(this.size);
    this.weights = new Float32Array(this.size);
    this.slots = new Uint32Array(this.size);
    this.n = 0;
    for (let i = 0; i < old.n; i++) {
      const s = old.slots[i]!;
      const bucket = old.keys[s]!;
      let slot = Math.imul(bucket, 0x9e3779b1) >>> 0 & (this.size - 1);
      while (this.counts[slot] !== 0) slot = (slot + 1) & (this.size - 1);
      this.keys[slot] = bucket;
      this.counts[slot] = old.counts[s]!;
      this.weights[slot] = old.weights[s]!;
      this.slots[this.n++] = slot;
    }
  }

  /** Distinct features so far (entries keep their insertion order). */
  get count(): number {
    return this.n;
  }

  /** Sublinear term frequency (1 + ln tf), then L2 normalisation; resets the accumulator. */
  takeVector(wordFeatures: number): SparseVector {
    const n = this.n;
    const indices = new Uint32Array(n);
    const values = new Float32Array(n);
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const slot = this.slots[i]!;
      const count = this.counts[slot]!;
      const v = (count === 1 ? 1 : 1 + Math.log(count)) * this.weights[slot]!;
      indices[i] = this.keys[slot]!;
      values[i] = v;
      norm += v * v;
      this.counts[slot] = 0;
    }
    this.n = 0;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i++) values[i] = values[i]! * inv;
    return { indices, values, wordFeatures };
  }
}

const accumulators = new Map<number, FeatureAccumulator>();

function accumulatorFor(bits: number): FeatureAccumulator {
  let acc = accumulators.get(bits);
  if (!acc) {
    acc = new FeatureAccumulator((1 << bits) - 1);
    accumulators.set(bits, acc);
  }
  return acc;
}

function addCharGrams(acc: FeatureAccumulator, padded: string, cfg: FeatureConfig, weight = cfg.charWeight): void {
  const len = padded.length;
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET ^ SEED_CHAR;
    for (let k = 0; k < cfg.maxCharGram && i + k < len; k++) {
      h = fnvStep(h, padded.charCodeAt(i + k));
      if (k + 1 >= cfg.minCharGram) acc.add(h, weight);
    }
  }
}

function addUnspacedRunGrams(acc: FeatureAccumulator, text: string, cfg: FeatureConfig): void {
  const weight = cfg.runWeight ?? cfg.charWeight;
  for (const m of text.matchAll(UNSPACED_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      let h = FNV_OFFSET ^ SEED_RUN;
      for (let k = 0; k < 3 && i + k < run.length; k++) {
        h = fnvStep(h, run.charCodeAt(i + k));
        acc.add(h, weight);
      }
    }
  }
}

const SEED_JAMO = 0x6006;
/** Japanese content words: Kanji, Katakana and Latin runs (hiragana is mostly particles and endings). */
const CONTENT_RUN = /\p{Script=Han}+|[\p{Script=Katakana}ー]+|[a-z]+/gu;

function addJamoGrams(acc: FeatureAccumulator, word: string, weight: number): void {
  const jamo = ' ' + word.normalize('NFD') + ' ';
  for (let i = 0; i < jamo.length; i++) {
    let h = FNV_OFFSET ^ SEED_JAMO;
    for (let k = 0; k < 4 && i + k < jamo.length; k++) {
      h = fnvStep(h, jamo.charCodeAt(i + k));
      if (k >= 1) acc.add(h, weight);
    }
  }
}

/** Word unigrams and bigrams; given `original`, only those that differ from it (no double count). */
function addWordFeatures(acc: FeatureAccumulator, words: readonly string[], cfg: FeatureConfig, original?: readonly string[]): void {
  if (words.length === 0) return;
  let prev = hashString('<s>', SEED_WORD);
  let prevChanged = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const changed = original === undefined || original[i] !== w;
    const hw = hashString(w, SEED_WORD);
    if (changed) acc.add(hw, cfg.wordWeight);
    if (changed || prevChanged) acc.add(combine(prev, hw) ^ SEED_BIGRAM, cfg.bigramWeight);
    prev = hw;
    prevChanged = changed && original !== undefined;
  }
  if (original === undefined || prevChanged) {
    acc.add(combine(prev, hashString('</s>', SEED_WORD)) ^ SEED_BIGRAM, cfg.bigramWeight);
  }
}

export function extractFeatures(text: string, cfg: FeatureConfig = DEFAULT_FEATURES): SparseVector {
  const acc = accumulatorFor(cfg.bits);
  const norm = maskDigits(normaliseText(text));
  const words = segmentWords(norm);
  addWordFeatures(acc, words, cfg);
  const wordFeatures = acc.count;
  const plain = words.map((w) => (ACCENTED_LATIN_WORD.test(w) ? stripDiacritics(w) : w));
  // Shoppers often drop diacritics ("don hang" for "đơn hàng"): the stripped words and their
  // bigrams land on the same buckets as text typed without them.
  if (plain.some((p, i) => p !== words[i])) addWordFeatures(acc, plain, cfg, words);
  const nonLatin = cfg.nonLatinCharWeight ?? cfg.charWeight;
  for (const w of words) addCharGrams(acc, ' ' + w + ' ', cfg, nonLatin !== cfg.charWeight && NON_LATIN_LETTER.test(w) ? nonLatin : cfg.charWeight);
  if (UNSPACED_SCRIPT.test(norm) || HANGUL.test(norm)) addUnspacedRunGrams(acc, norm, cfg);
  if (cfg.stemWeight && (HANGUL.test(norm) || ARABIC.test(norm))) {
    const stems = words.map(lightStem);
    if (stems.some((s, i) => s !== words[i])) addWordFeatures(acc, stems, { ...cfg, wordWeight: cfg.stemWeight, bigramWeight: cfg.stemWeight }, words);
  }
  if (cfg.kanjiRunWeight && KANA.test(norm)) {
    const runs = norm.match(CONTENT_RUN);
    if (runs) addWordFeatures(acc, runs, { ...cfg, wordWeight: cfg.kanjiRunWeight, bigramWeight: cfg.kanjiRunWeight });
  }
  if (cfg.jamoWeight && HANGUL.test(norm)) {
    for (const w of words) if (HANGUL.test(w)) addJamoGrams(acc, w, cfg.jamoWeight);
  }
  return acc.takeVector(wordFeatures);
}
