import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.js';

describe('displayName', () => {
  it('drops control characters and lone surrogates, trims, caps at 200, and gives undefined for nothing left', () => {
    expect(displayName(' rina\u0000_shopper\n ')).toBe('rina_shopper');
    expect(displayName('a\ud800b')).toBe('a\ufffdb');
    expect(displayName('x'.repeat(300))).toHaveLength(200);
    expect(displayName('\u0000 ')).toBeUndefined();
    expect(displayName(undefined)).toBeUndefined();
  });
});
