// Tests for console routes and the j/k keyboard helpers.
import { describe, expect, it } from 'vitest';
import { isTypingTarget, moveSelection } from './keyboard.js';
import { conversationIdFromPath, conversationPath } from './routes.js';

describe('routes', () => {
  it('round-trips conversation ids through the URL', () => {
    expect(conversationPath('c 1/2')).toBe('/console/conversations/c%201%2F2');
    expect(conversationIdFromPath(conversationPath('c 1/2'))).toBe('c 1/2');
    expect(conversationIdFromPath('/console/conversations/abc/')).toBe('abc');
    expect(conversationIdFromPath('/console/')).toBeNull();
    expect(conversationIdFromPath('/console/conversations/%E0%A4%A')).toBeNull();
  });
});

describe('keyboard', () => {
  it('moves within bounds and starts from an edge', () => {
    expect(moveSelection(-1, 1, 3)).toBe(0);
    expect(moveSelection(-1, -1, 3)).toBe(2);
    expect(moveSelection(0, 1, 3)).toBe(1);
    expect(moveSelection(2, 1, 3)).toBe(2);
    expect(moveSelection(0, -1, 3)).toBe(0);
    expect(moveSelection(0, 1, 0)).toBe(-1);
  });

  it('stays out of the way while typing', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
