// The weights of a linear multi-class model over hashed features, stored only for the hash buckets
// seen in training (a dense 2^20 × classes matrix would not fit in memory), and its scoring.
import type { SparseVector } from './features.js';

export class LinearWeights {
  /** bucket → row, -1 for buckets never seen in training. */
  readonly rowOf: Int32Array;
  /** rows × classes, row-major so one feature's class weights are contiguous. */
  weights: Float32Array;
  readonly bias: Float32Array;
  rows: number;

  constructor(readonly bits: number, readonly classes: number, buckets?: Uint32Array, weights?: Float32Array, bias?: Float32Array) {
    this.rowOf = new Int32Array(1 << bits).fill(-1);
    this.rows = 0;
    if (buckets) {
      for (const b of buckets) this.rowOf[b] = this.rows++;
    }
    this.weights = weights ?? new Float32Array(0);
    this.bias = bias ?? new Float32Array(classes);
  }

  /** Gives every bucket of `vectors` a row (training time). */
  allocate(vectors: SparseVector[]): void {
    for (const v of vectors) {
      for (const b of v.indices) if (this.rowOf[b] === -1) this.rowOf[b] = this.rows++;
    }
    const grown = new Float32Array(this.rows * this.classes);
    grown.set(this.weights.subarray(0, Math.min(this.weights.length, grown.length)));
    this.weights = grown;
  }

  /** Buckets in row order, for serialisation. */
  buckets(): Uint32Array {
    const out = new Uint32Array(this.rows);
    for (let b = 0; b < this.rowOf.length; b++) {
      const r = this.rowOf[b]!;
      if (r >= 0) out[r] = b;
    }
    return out;
  }

  score(x: SparseVector, out: Float64Array): void {
    const C = this.classes;
    const w = this.weights;
    for (let c = 0; c < C; c++) out[c] = this.bias[c]!;
    for (let i = 0; i < x.indices.length; i++) {
      const r = this.rowOf[x.indices[i]!]!;
      if (r < 0) continue;
      const v = x.values[i]!;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c] = out[c]! + v * w[base + c]!;
    }
  }
}

/** In-place softmax of scores / temperature. */
export function softmax(scores: Float64Array, temperature: number): void {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c]! - max) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = scores[c]! / sum;
}
