import { describe, expect, it } from 'vitest';
import { needsTranslation, textToSend } from './translation-state.js';

describe('translation state', () => {
  it('offers translation only for a known language other than the agent’s', () => {
    expect(needsTranslation('es', 'en')).toBe(true);
    expect(needsTranslation('zh-Hant', 'zh-Hans')).toBe(true);
    expect(needsTranslation('en', 'en')).toBe(false);
    expect(needsTranslation(undefined, 'en')).toBe(false);
    expect(needsTranslation(null, 'en')).toBe(false);
  });

  it('sends the translation until the draft is edited', () => {
    const preview = { original: 'It ships on Thursday.', translated: 'Se envía el jueves.', target: 'es' };
    expect(textToSend(' It ships on Thursday. ', preview)).toBe('Se envía el jueves.');
    expect(textToSend('It ships on Friday.', preview)).toBe('It ships on Friday.');
    expect(textToSend('Hello', null)).toBe('Hello');
  });
});
