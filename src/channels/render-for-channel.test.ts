import { describe, expect, it } from 'vitest';
import { renderForChannel, splitText } from './render-for-channel.js';
import type { ChannelCapabilities } from './types.js';

const caps = (over: Partial<ChannelCapabilities> = {}): ChannelCapabilities => ({
  quickReplies: true,
  maxQuickReplies: 3,
  maxQuickReplyChars: 20,
  buttons: true,
  cards: false,
  media: true,
  maxTextChars: 100,
  ...over,
});

describe('renderForChannel', () => {
  it('keeps quick replies the channel can show', () => {
    expect(renderForChannel({ text: 'Pick one', quickReplies: ['Track order', 'Returns'] }, caps())).toEqual([{ text: 'Pick one', quickReplies: ['Track order', 'Returns'] }]);
  });

  it('turns quick replies into numbered text where the channel has none', () => {
    expect(renderForChannel({ text: 'Pick one', quickReplies: ['Track order', 'Returns'] }, caps({ quickReplies: false }))).toEqual([{ text: 'Pick one\n\n1. Track order\n2. Returns' }]);
  });

  it('numbers them when there are too many or a label is too long', () => {
    expect(renderForChannel({ text: 'Q', quickReplies: ['a', 'b', 'c', 'd'] }, caps())[0]!.text).toBe('Q\n\n1. a\n2. b\n3. c\n4. d');
    expect(renderForChannel({ text: 'Q', quickReplies: ['a label much longer than twenty'] }, caps())[0]!.quickReplies).toBeUndefined();
  });

  it('splits long text at the limit and puts quick replies on the last part', () => {
    const sentence = 'Your parcel left our warehouse today. ';
    const parts = renderForChannel({ text: sentence.repeat(8).trim(), quickReplies: ['OK'] }, caps());
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(100);
    expect(parts.slice(0, -1).every((p) => p.quickReplies === undefined)).toBe(true);
    expect(parts.at(-1)!.quickReplies).toEqual(['OK']);
    expect(parts.map((p) => p.text).join(' ')).toBe(sentence.repeat(8).trim());
  });

  it('keeps the text carrying quick replies within its own, smaller limit', () => {
    const parts = renderForChannel({ text: 'word '.repeat(30).trim(), quickReplies: ['Yes', 'No'] }, caps({ maxTextWithQuickRepliesChars: 40 }));
    expect(parts.at(-1)!.text.length).toBeLessThanOrEqual(40);
    expect(parts.at(-1)!.quickReplies).toEqual(['Yes', 'No']);
  });
});

describe('splitText', () => {
  it('prefers paragraph, then line, then sentence, then word breaks', () => {
    expect(splitText('aaaa bbbb\n\ncccc', 12)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('aaaa bbbb\ncccc dd', 12)).toEqual(['aaaa bbbb', 'cccc dd']);
    expect(splitText('Hi there. How are you', 12)).toEqual(['Hi there.', 'How are you']);
    expect(splitText('one two three four', 10)).toEqual(['one two', 'three four']);
  });

  it('cuts unbroken text hard but never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(10);
    const parts = splitText(emoji, 5);
    expect(parts.join('')).toBe(emoji);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(5);
      expect(p.isWellFormed()).toBe(true);
    }
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('splits Thai and Chinese without spaces at sentence marks or the limit', () => {
    const zh = '您的订单已发货。预计三天内送达。如有问题请联系我们。';
    const parts = splitText(zh, 10);
    expect(parts.join('')).toBe(zh);
    expect(parts[0]).toBe('您的订单已发货。');
  });
});
