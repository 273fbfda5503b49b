// Calibration on held-out examples: a softmax temperature that minimises their negative
// log-likelihood, and the confidence below which the model answers "out of scope".
import { softmax } from './linear-model.js';

export interface HeldOutScores {
  /** Raw class scores per example. */
  scores: Float64Array[];
  /** Class index per example. */
  labels: Int32Array;
}

function negativeLogLikelihood(data: HeldOutScores, temperature: number): number {
  let nll = 0;
  const p = new Float64Array(data.scores[0]?.length ?? 0);
  for (let i = 0; i < data.scores.length; i++) {
    p.set(data.scores[i]!);
    softmax(p, temperature);
    nll -= Math.log(Math.max(p[data.labels[i]!]!, 1e-12));
  }
  return nll;
}

/** Golden-section search over log(temperature) in [e^-5, e^3]; NLL is unimodal in T. */
export function fitTemperature(data: HeldOutScores): number {
  if (data.scores.length === 0) return 1;
  let lo = -5;
  let hi = 3;
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = negativeLogLikelihood(data, Math.exp(a));
  let fb = negativeLogLikelihood(data, Math.exp(b));
  for (let it = 0; it < 40; it++) {
    if (fa < fb) {
      hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = negativeLogLikelihood(data, Math.exp(a));
    } else {
      lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = negativeLogLikelihood(data, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

export interface Decision {
  /** Best in-scope class probability. */
  confidence: number;
  /** The model's best in-scope guess was right (false for out-of-scope examples). */
  correct: boolean;
  outOfScope: boolean;
}

/**
 * The threshold that maximises answer utility on held-out data: +1 for a right answer, −1 for a
 * wrong one, 0 for "I don't know" on an in-scope question; +1 / −1 for rejecting / answering an
 * out-of-scope one. A wrong answer costs as much as a right one earns, so the bot abstains when it
 * is more likely wrong than right.
 */
export function chooseThreshold(decisions: Decision[]): number {
  const sorted = [...decisions].sort((a, b) => a.confidence - b.confidence);
  // Threshold below everything: all answered.
  let utility = 0;
  for (const d of sorted) utility += d.outOfScope ? -1 : d.correct ? 1 : -1;
  let best = utility;
  let bestThreshold = 0;
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i]!;
    // Rejecting d as well: undo its answered value, add its rejected value.
    utility += d.outOfScope ? 2 : d.correct ? -1 : 1;
    const next = sorted[i + 1];
    if (next && next.confidence === d.confidence) continue;
    if (utility > best) {
      best = utility;
      bestThreshold = next ? (d.confidence + next.confidence) / 2 : d.confidence + 1e-9;
    }
  }
  return bestThreshold;
}
