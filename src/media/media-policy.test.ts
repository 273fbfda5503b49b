import { describe, expect, it } from 'vitest';
import { contentDisposition, isAllowedMime, kindOfMime, safeFilename } from './media-policy.js';
import { MediaLinks } from './media-links.js';

describe('media policy', () => {
  it('allows images, video, audio and documents, never markup or scripts', () => {
    expect(isAllowedMime('image/JPEG; charset=binary')).toBe(true);
    expect(isAllowedMime('application/pdf')).toBe(true);
    for (const bad of ['text/html', 'image/svg+xml', 'application/javascript', 'application/xhtml+xml', undefined, '']) expect(isAllowedMime(bad)).toBe(false);
    expect(kindOfMime('image/png')).toBe('image');
    expect(kindOfMime('audio/ogg')).toBe('audio');
    expect(kindOfMime('application/pdf')).toBe('file');
  });

  it('keeps file names to a safe last segment', () => {
    expect(safeFilename('../../etc/passwd', 'x')).toBe('passwd');
    expect(safeFilename('a"b\r\nc.pdf', 'x')).toBe('abc.pdf');
    expect(safeFilename('', 'image.jpg')).toBe('image.jpg');
    expect(contentDisposition('file', 'résumé.pdf')).toBe(`attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
    expect(contentDisposition('image', 'a.png')).toMatch(/^inline;/);
  });
});

describe('signed media links', () => {
  const links = new MediaLinks(Buffer.alloc(32, 7), 'https://desk.example', 60_000);
  const parse = (u: string) => {
    const url = new URL(u);
    return { id: decodeURIComponent(url.pathname.split('/').pop()!), exp: Number(url.searchParams.get('exp')), sig: url.searchParams.get('sig')! };
  };

  it('verifies its own link until it expires', () => {
    const now = 1_700_000_000_000;
    const l = parse(links.url('med_1', now));
    expect(links.verify(l.id, l.exp, l.sig, now + 1_000)).toBe(true);
    expect(links.verify(l.id, l.exp, l.sig, now + 120_000)).toBe(false);
  });

  it('refuses another id, a stretched expiry or another key', () => {
    const now = 1_700_000_000_000;
    const l = parse(links.url('med_1', now));
    expect(links.verify('med_2', l.exp, l.sig, now)).toBe(false);
    expect(links.verify(l.id, l.exp + 3600, l.sig, now)).toBe(false);
    expect(new MediaLinks(Buffer.alloc(32, 8), 'https://desk.example', 60_000).verify(l.id, l.exp, l.sig, now)).toBe(false);
  });
});
