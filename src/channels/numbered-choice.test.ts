import { describe, expect, it } from 'vitest';
import { numberedChoice } from './numbered-choice.js';
import type { ChannelCapabilities } from './types.js';

const noButtons: ChannelCapabilities = { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 0, buttons: false, cards: false, media: false, maxTextChars: 1000 };
const threeButtons: ChannelCapabilities = { ...noButtons, quickReplies: true, maxQuickReplies: 3, maxQuickReplyChars: 20 };

describe('numberedChoice', () => {
  const options = ['Where is my order?', 'Shipping fees', 'Return policy'];

  it('reads a bare number as the option it picks where the options were numbered', () => {
    expect(numberedChoice('2', options, noButtons)).toBe('Shipping fees');
    expect(numberedChoice(' 3. ', options, noButtons)).toBe('Return policy');
    expect(numberedChoice('1)', options, noButtons)).toBe('Where is my order?');
  });

  it('leaves everything else alone', () => {
    expect(numberedChoice('4', options, noButtons)).toBeUndefined();
    expect(numberedChoice('0', options, noButtons)).toBeUndefined();
    expect(numberedChoice('2 pairs please', options, noButtons)).toBeUndefined();
    expect(numberedChoice('2', undefined, noButtons)).toBeUndefined();
    // Shown as buttons: "2" is an answer of its own (a quantity, a size).
    expect(numberedChoice('2', options, threeButtons)).toBeUndefined();
    // Too many for the buttons: they were numbered after all.
    expect(numberedChoice('4', [...options, 'Talk to a person'], threeButtons)).toBe('Talk to a person');
  });
});
