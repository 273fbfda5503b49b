// Tests for reading the embed snippet's script element.
import { describe, expect, it } from 'vitest';
import { embedConfigFrom, type EmbedScript } from './embed-config.js';

function script(src: string, key: string | null): EmbedScript {
  return { src, getAttribute: (name) => (name === 'data-peakdesk-key' ? key : null) };
}

describe('embedConfigFrom', () => {
  it('takes the server origin from the script src and the key from the data attribute', () => {
    expect(embedConfigFrom(script('https://help.example.com/widget.js?v=2', ' wk_live_1 '), 'https://shop.example.org/p/1')).toEqual({
      origin: 'https://help.example.com',
      key: 'wk_live_1',
    });
  });

  it('resolves a relative src against the page', () => {
    expect(embedConfigFrom(script('/widget.js', 'wk_1'), 'http://localhost:3000/shop/')).toEqual({ origin: 'http://localhost:3000', key: 'wk_1' });
  });

  it('refuses a missing script, src or key', () => {
    expect(embedConfigFrom(null, 'https://a.test/')).toBeNull();
    expect(embedConfigFrom(script('', 'wk_1'), 'https://a.test/')).toBeNull();
    expect(embedConfigFrom(script('https://a.test/widget.js', null), 'https://a.test/')).toBeNull();
    expect(embedConfigFrom(script('https://a.test/widget.js', '  '), 'https://a.test/')).toBeNull();
  });
});
