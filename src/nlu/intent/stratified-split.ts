// Fixed-seed stratified split of labelled examples: every class keeps its share on both sides.
import type { LabelledExample } from '../types.js';
import { createRandom, shuffleInPlace } from './random.js';

export function stratifiedSplit(
  examples: LabelledExample[],
  heldOutShare: number,
  seed: number,
  /** Classes with fewer examples stay whole on the training side. */
  minPerClass = 3,
): { train: LabelledExample[]; heldOut: LabelledExample[] } {
  const byIntent = new Map<string, LabelledExample[]>();
  for (const e of examples) {
    let list = byIntent.get(e.intent);
    if (!list) byIntent.set(e.intent, (list = []));
    list.push(e);
  }
  const random = createRandom(seed);
  const train: LabelledExample[] = [];
  const heldOut: LabelledExample[] = [];
  for (const intent of [...byIntent.keys()].sort()) {
    const list = shuffleInPlace([...byIntent.get(intent)!], random);
    const k = list.length < minPerClass ? 0 : Math.max(1, Math.round(list.length * heldOutShare));
    heldOut.push(...list.slice(0, k));
    train.push(...list.slice(k));
  }
  return { train, heldOut };
}
