// Tests of the opt-in hidden-layer network: it learns, is averaged into the intent model's
// probabilities, survives a JSON round trip, and models saved without it still load.
import { describe, expect, it } from 'vitest';
import type { LabelledExample } from '../types.js';
import { DEFAULT_FEATURES, extractFeatures } from './features.js';
import { LinearIntentModel, loadIntentModel, trainIntentModel } from './intent-model.js';
import { DEFAULT_HIDDEN_LAYER, HiddenLayerTrainer } from './train-hidden-layer.js';

const templates: Record<string, string[]> = {
  order_status: ['where is my order', 'order status please', 'has my order shipped', 'when will my order arrive', 'check my order', 'is my package on the way', 'track my purchase', 'order not here yet'],
  cancel_order: ['cancel my order', 'i want to cancel', 'please cancel the purchase', 'stop my order', 'can i cancel it', 'cancel this order now', 'i no longer want it, cancel', 'undo my order'],
  refund_status: ['where is my refund', 'refund not received', 'when do i get my money back', 'refund status', 'has the refund been processed', 'my refund is late', 'still waiting for refund', 'money back when'],
};
const examples: LabelledExample[] = Object.entries(templates).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));

describe('HiddenLayerTrainer', () => {
  it('fits its training examples and reads only word features when asked', () => {
    const classes = Object.keys(templates);
    const vectors = examples.map((e) => extractFeatures(e.text, DEFAULT_FEATURES));
    const labels = Int32Array.from(examples, (e) => classes.indexOf(e.intent));
    for (const wordsOnly of [true, false]) {
      const trainer = new HiddenLayerTrainer(vectors, labels, classes.length, DEFAULT_FEATURES.bits, { ...DEFAULT_HIDDEN_LAYER, wordsOnly, epochs: 30 });
      trainer.train(30);
      const weights = trainer.snapshot();
      const scores = new Float64Array(classes.length);
      let right = 0;
      vectors.forEach((x, i) => {
        weights.score(x, scores);
        if (scores.indexOf(Math.max(...scores)) === labels[i]) right++;
      });
      expect(right).toBeGreaterThanOrEqual(examples.length - 1);
      const rows = weights.data.buckets.length;
      const wordBuckets = new Set(vectors.flatMap((v) => [...v.indices.subarray(0, v.wordFeatures)]));
      expect(rows).toBe(wordsOnly ? wordBuckets.size : new Set(vectors.flatMap((v) => [...v.indices])).size);
    }
  });
});

describe('trainIntentModel with a hidden layer', () => {
  const model = trainIntentModel(examples, { seed: 2, hiddenLayer: { epochs: 20 } }) as LinearIntentModel;

  it('averages the calibrated network into the probabilities', () => {
    const part = model.parts.hiddenLayer!;
    expect(part.share).toBe(DEFAULT_HIDDEN_LAYER.share);
    expect(part.temperature).toBeGreaterThan(0);
    const linearOnly = new LinearIntentModel({ ...model.parts, hiddenLayer: undefined });
    const both = Array.from(model.probabilities('where is my refund'));
    const linear = Array.from(linearOnly.probabilities('where is my refund'));
    expect(both).not.toEqual(linear);
    expect(both.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    expect(model.predict('my refund is still not here').intent).toBe('refund_status');
    expect(model.predict('please cancel it').intent).toBe('cancel_order');
  });

  it('round-trips through JSON and is reproducible for a seed', () => {
    const restored = loadIntentModel(JSON.parse(JSON.stringify(model.toJSON())));
    const again = trainIntentModel(examples, { seed: 2, hiddenLayer: { epochs: 20 } });
    for (const text of ['where is my order', 'cancel', 'refund?', 'what is love']) {
      expect(restored.predict(text)).toEqual(model.predict(text));
      expect(again.predict(text)).toEqual(model.predict(text));
    }
  });

  it('leaves models without it unchanged, and those load as before', () => {
    const plain = trainIntentModel(examples, { seed: 2 }) as LinearIntentModel;
    expect(plain.parts.hiddenLayer).toBeUndefined();
    const json = plain.toJSON() as Record<string, unknown>;
    expect(json).not.toHaveProperty('hiddenLayer');
    expect(loadIntentModel(json).predict('where is my order')).toEqual(plain.predict('where is my order'));
  });

  it('rejects a malformed hidden layer', () => {
    const json = model.toJSON() as Record<string, unknown>;
    expect(() => loadIntentModel({ ...json, hiddenLayer: { hidden: 0 } })).toThrow(/hiddenLayer is malformed/);
    expect(() => loadIntentModel({ ...json, hiddenLayer: { ...(json.hiddenLayer as object), output: 'AAAAAA==' } })).toThrow(/output layer/);
  });
});
