import { describe, expect, it } from 'vitest';
import { identityKey } from './identity-keys.js';

describe('identityKey', () => {
  it('compares e-mails lower-cased and refuses what is not one', () => {
    expect(identityKey({ kind: 'email', value: ' Ana.Lim@Example.COM ' })).toBe('ana.lim@example.com');
    expect(identityKey({ kind: 'email', value: 'ana at example' })).toBeUndefined();
    expect(identityKey({ kind: 'email', value: 'ana@localhost' })).toBeUndefined();
  });

  it('meets one phone written three ways, and never keys a short number', () => {
    const keys = ['+65 9709 8708', '6597098708', '0065 9709-8708'].map((value) => identityKey({ kind: 'phone', value }));
    expect(new Set(keys)).toEqual(new Set(['6597098708']));
    expect(identityKey({ kind: 'phone', value: '+62 597098708' })).not.toBe(keys[0]);
    expect(identityKey({ kind: 'phone', value: '12345' })).toBeUndefined();
    expect(identityKey({ kind: 'phone', value: '1234567890123456' })).toBeUndefined();
  });

  it('keys orders by their id', () => {
    expect(identityKey({ kind: 'order', value: 'ord_1' })).toBe('ord_1');
    expect(identityKey({ kind: 'order', value: '' })).toBeUndefined();
  });
});
