import { describe, expect, it } from 'vitest';
import { localOptionValue, matchOptionValue } from './option-words.js';

describe('option values across languages', () => {
  it('shows base colours in the shopper\'s language and shades with the shop\'s own name', () => {
    expect(localOptionValue('color', 'navy', 'vi')).toBe('xanh navy');
    expect(localOptionValue('color', 'black', 'zh-Hans')).toBe('黑色');
    expect(localOptionValue('color', 'sage', 'es')).toBe('verde (sage)');
    expect(localOptionValue('color', 'terracotta', 'th')).toBe('ส้ม (terracotta)');
    expect(localOptionValue('color', 'sage', 'en')).toBe('sage');
    expect(localOptionValue('color', 'mixed', 'id')).toBe('mixed');
    expect(localOptionValue('size', 'queen', 'ja')).toBe('クイーン (queen)');
    expect(localOptionValue('size', 'M', 'ja')).toBe('M');
    expect(localOptionValue('model', 'pixel 9', 'ko')).toBe('pixel 9');
  });

  it('matches a broad colour word to the one value it can mean, and declines when it fits several', () => {
    expect(matchOptionValue('color', ['white', 'navy', 'terracotta'], 'có màu xanh không')).toBe('navy');
    expect(matchOptionValue('color', ['white', 'sage', 'black'], 'có màu xanh không')).toBe('sage');
    expect(matchOptionValue('color', ['sage', 'navy'], 'có màu xanh không')).toBeUndefined();
    expect(matchOptionValue('color', ['white', 'indigo'], '¿la tienes en azul?')).toBe('indigo');
    expect(matchOptionValue('color', ['white', 'olive'], 'ada warna hijau?')).toBe('olive');
    expect(matchOptionValue('color', ['white', 'olive'], 'what about red?')).toBeUndefined();
    expect(matchOptionValue('color', ['white', 'black'], 'hello')).toBeUndefined();
  });

  it('reads a local name or a tapped localised quick reply back to the shop\'s value', () => {
    expect(matchOptionValue('color', ['white', 'navy'], 'xanh navy')).toBe('navy');
    expect(matchOptionValue('color', ['sage', 'sand'], 'verde (sage)')).toBe('sage');
    expect(matchOptionValue('color', ['navy', 'navy floral'], 'navy floral please')).toBe('navy floral');
    expect(matchOptionValue('size', ['single', 'queen', 'king'], 'クイーン')).toBe('queen');
    expect(matchOptionValue('size', ['single', 'queen'], 'giường đơn')).toBe('single');
  });
});
