// Tests of training, prediction, OOS, calibration output and JSON round trips of the intent model.
import { describe, expect, it } from 'vitest';
import { OOS, type LabelledExample } from '../types.js';
import { loadIntentModel, trainIntentModel } from './intent-model.js';

const examples: LabelledExample[] = [];
const templates: Record<string, string[]> = {
  order_status: ['where is my order', 'order status please', 'has my order shipped', 'when will my order arrive', 'check my order', 'status of order PD-123456', 'is my package on the way', 'track my purchase'],
  cancel_order: ['cancel my order', 'i want to cancel', 'please cancel the purchase', 'stop my order', 'cancel order PD-000001', 'can i cancel it', 'cancel this order now', 'i no longer want it, cancel'],
  greeting: ['hi', 'hello', 'hey there', 'good morning', 'hi shop', 'hello anyone there', 'hey', 'good evening'],
  refund_status: ['where is my refund', 'refund not received', 'when do i get my money back', 'refund status', 'has the refund been processed', 'my refund is late', 'still waiting for refund', 'money back when'],
  oos: ['what is the capital of france', 'tell me a joke', 'who won the football game', 'how tall is everest', 'sing me a song', 'what is the weather on mars'],
};
for (const [intent, texts] of Object.entries(templates)) for (const text of texts) examples.push({ text, intent });

describe('trainIntentModel', () => {
  const model = trainIntentModel(examples, { seed: 3 });

  it('learns the intents and excludes oos from them', () => {
    expect(model.intents.sort()).toEqual(['cancel_order', 'greeting', 'order_status', 'refund_status']);
  });

  it('classifies unseen paraphrases', () => {
    expect(model.predict('where is my order?').intent).toBe('order_status');
    expect(model.predict('please cancel my order').intent).toBe('cancel_order');
    expect(model.predict('helloo').intent).toBe('greeting');
    expect(model.predict('my refund still has not arrived').intent).toBe('refund_status');
  });

  it('returns a calibrated ranking of at most five in-scope intents', () => {
    const p = model.predict('cancel my order');
    expect(p.ranking.length).toBeLessThanOrEqual(5);
    expect(p.ranking.map((r) => r.intent)).not.toContain(OOS);
    const total = p.ranking.reduce((s, r) => s + r.confidence, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
    for (let i = 1; i < p.ranking.length; i++) expect(p.ranking[i - 1]!.confidence).toBeGreaterThanOrEqual(p.ranking[i]!.confidence);
    expect(p.confidence).toBeCloseTo(p.ranking[0]!.confidence);
  });

  it('answers oos for out-of-scope questions like its trained oos examples', () => {
    const p = model.predict('tell me a funny joke about the weather');
    expect(p.intent).toBe(OOS);
    expect(p.confidence).toBeCloseTo(1 - p.ranking[0]!.confidence);
  });

  it('serialises to JSON and back with identical predictions', () => {
    const restored = loadIntentModel(JSON.parse(JSON.stringify(model.toJSON())));
    for (const text of ['where is my order', 'cancel', 'hi there', 'what is love']) {
      expect(restored.predict(text)).toEqual(model.predict(text));
    }
  });

  it('is reproducible for a seed', () => {
    const again = trainIntentModel(examples, { seed: 3 });
    expect(again.predict('refund please')).toEqual(model.predict('refund please'));
  });

  it('rejects foreign JSON and empty training sets', () => {
    expect(() => loadIntentModel({ format: 'other' })).toThrow(/not a peakdesk intent model/);
    expect(() => trainIntentModel([])).toThrow(/no training examples/);
    expect(() => trainIntentModel([{ text: 'x', intent: OOS }])).toThrow(/no in-scope intent/);
  });
});
