// A one-hidden-layer network over a message's word unigrams and bigrams (fastText with a ReLU
// layer): the hidden layer is a sum of embedding rows, so scoring costs (words + classes) × hidden
// multiply-adds. Averaged with the linear model's probabilities it corrects some of the linear
// model's confusions between near-identical intents (see intent-model.ts for the figures).
import type { SparseVector } from './features.js';

export interface HiddenLayerData {
  bits: number;
  classes: number;
  hidden: number;
  /** Reads only the leading word features of a vector (SparseVector.wordFeatures). */
  wordsOnly: boolean;
  /** Hash bucket of each embedding row. */
  buckets: Uint32Array;
  /** IDF per row; unseen buckets weigh `unseenIdf` in the norm and add nothing. */
  idf: Float32Array;
  unseenIdf: number;
  /** rows × hidden. */
  embedding: Float32Array;
  hiddenBias: Float32Array;
  /** classes × hidden. */
  output: Float32Array;
  outputBias: Float32Array;
}

export class HiddenLayerWeights {
  /** bucket → row, -1 for buckets never seen in training. */
  readonly rowOf: Int32Array;
  private readonly h: Float32Array;

  constructor(readonly data: HiddenLayerData) {
    const { buckets, idf, embedding, hiddenBias, output, outputBias, hidden, classes } = data;
    if (idf.length !== buckets.length || embedding.length !== buckets.length * hidden || hiddenBias.length !== hidden) {
      throw new Error('HiddenLayerWeights: embedding does not match its rows');
    }
    if (output.length !== classes * hidden || outputBias.length !== classes) {
      throw new Error('HiddenLayerWeights: output layer does not match the classes');
    }
    this.rowOf = new Int32Array(1 << data.bits).fill(-1);
    buckets.forEach((b, r) => {
      this.rowOf[b] = r;
    });
    this.h = new Float32Array(hidden);
  }

  /** Class scores (before softmax) into `out`. */
  score(x: SparseVector, out: Float64Array): void {
    const { idf, unseenIdf, embedding, hiddenBias, output, outputBias, hidden: H, classes: C } = this.data;
    const n = this.data.wordsOnly ? x.wordFeatures ?? x.indices.length : x.indices.length;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const r = this.rowOf[x.indices[i]!]!;
      const v = (r < 0 ? unseenIdf : idf[r]!) * x.values[i]!;
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const h = this.h;
    h.set(hiddenBias);
    for (let i = 0; i < n; i++) {
      const r = this.rowOf[x.indices[i]!]!;
      if (r < 0) continue;
      const v = idf[r]! * x.values[i]! * inv;
      const base = r * H;
      for (let j = 0; j < H; j++) h[j] = h[j]! + v * embedding[base + j]!;
    }
    for (let j = 0; j < H; j++) if (h[j]! < 0) h[j] = 0;
    for (let c = 0; c < C; c++) {
      let s = outputBias[c]!;
      const base = c * H;
      for (let j = 0; j < H; j++) s += output[base + j]! * h[j]!;
      out[c] = s;
    }
  }
}
