import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../channels/render-for-channel.js';
import { numberedChoice } from '../channels/numbered-choice.js';
import type { ChannelCapabilities } from '../channels/types.js';
import { parseRating, RATING_OPTIONS } from './rating.js';

describe('parseRating', () => {
  it('reads digits, "n/5", full-width digits and tapped star labels', () => {
    expect(parseRating('5')).toBe(5);
    expect(parseRating(' 3. ')).toBe(3);
    expect(parseRating('4/5')).toBe(4);
    expect(parseRating('２')).toBe(2);
    expect(RATING_OPTIONS.map(parseRating)).toEqual([1, 2, 3, 4, 5]);
    expect(parseRating('⭐⭐⭐')).toBe(3);
  });

  it('leaves everything else to the bot', () => {
    for (const t of ['0', '6', '10', '5 shirts please', 'where is order 12345', '★★★★★★', '']) expect(parseRating(t), t).toBeUndefined();
  });

  it('a number typed after the numbered-text fallback is that many stars', () => {
    const caps = { quickReplies: false, maxQuickReplies: 0, maxQuickReplyChars: 20, maxTextChars: 4096 } as unknown as ChannelCapabilities;
    const [part] = renderForChannel({ text: 'Rate us', quickReplies: [...RATING_OPTIONS] }, caps);
    expect(part?.text).toContain('4. ★★★★');
    expect(parseRating(numberedChoice('4', [...RATING_OPTIONS], caps)!)).toBe(4);
  });
});
