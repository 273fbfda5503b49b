// Tests of per-tenant models trained in a worker thread and swapped in.
import { afterAll, describe, expect, it } from 'vitest';
import { trainIntentModel } from '../intent/intent-model.js';
import { ModelRegistry } from './model-registry.js';

const v1 = [
  ...['where is my order', 'order status', 'track my order'].map((text) => ({ text, intent: 'order_status' })),
  ...['hi', 'hello', 'hey there'].map((text) => ({ text, intent: 'greeting' })),
];
const v2 = [...v1, ...['i want a refund', 'refund please', 'give my money back'].map((text) => ({ text, intent: 'refund_request' }))];

describe('ModelRegistry', () => {
  const registry = new ModelRegistry();
  afterAll(() => registry.close());

  it('keeps serving the old model while the new one trains, then swaps it in', async () => {
    const old = trainIntentModel(v1, { seed: 1 });
    registry.set('shop-a', old);
    const training = registry.trainInBackground('shop-a', v2);
    expect(registry.get('shop-a')).toBe(old);
    const trained = await training;
    expect(registry.get('shop-a')).toBe(trained);
    expect(trained.intents).toContain('refund_request');
    expect(trained.predict('refund please, i want my money back').intent).toBe('refund_request');
  });

  it('keeps tenants apart', async () => {
    await registry.trainInBackground('shop-b', v1);
    expect(registry.get('shop-b')!.intents).not.toContain('refund_request');
    expect(registry.get('shop-a')!.intents).toContain('refund_request');
    expect(registry.get('nobody')).toBeUndefined();
  });

  it('does not let an older training overwrite a newer model', async () => {
    const training = registry.trainInBackground('shop-c', v2);
    const manual = trainIntentModel(v1, { seed: 2 });
    registry.set('shop-c', manual);
    await training;
    expect(registry.get('shop-c')).toBe(manual);
  });

  it('reports a failed training and keeps the current model', async () => {
    const current = registry.get('shop-a');
    await expect(registry.trainInBackground('shop-a', [])).rejects.toThrow(/no training examples/);
    expect(registry.get('shop-a')).toBe(current);
  });

  it('refuses work after close', async () => {
    const r = new ModelRegistry();
    await r.close();
    await expect(r.trainInBackground('x', v1)).rejects.toThrow(/closed/);
  });
});
