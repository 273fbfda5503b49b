// Tests for the visitor-token store, including storage that is missing or throws.
import { describe, expect, it } from 'vitest';
import { VisitorStore, visitorStorageKey, type KeyValueStorage } from './visitor-store.js';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('VisitorStore', () => {
  it('keeps the token under peakdesk:<key>:visitor', () => {
    const storage = memoryStorage();
    const store = new VisitorStore('wk_demo', storage);
    expect(store.load()).toBeNull();
    store.save('vt-123');
    expect(storage.data.get('peakdesk:wk_demo:visitor')).toBe('vt-123');
    expect(visitorStorageKey('wk_demo')).toBe('peakdesk:wk_demo:visitor');
    expect(new VisitorStore('wk_demo', storage).load()).toBe('vt-123');
    expect(new VisitorStore('wk_other', storage).load()).toBeNull();
  });

  it('survives missing or throwing storage', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(new VisitorStore('k', throwing).load()).toBeNull();
    expect(() => new VisitorStore('k', throwing).save('t')).not.toThrow();
    expect(new VisitorStore('k', null).load()).toBeNull();
  });
});
