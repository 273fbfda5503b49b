// Conversation tests for product questions: "does it come in black?" → the missing size is asked →
// price, stock and link; a colour the product does not come in; comparison; size table; store down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, openDemoShop, unreachableReader, type DemoShop } from '../../bench/resolution/demo-shop.js';
import type { Product } from '../../src/commerce/types.js';
import { render } from '../../src/reply/render.js';
import { productTitle } from '../../src/skills/product/product-question.js';
import { COMES_IN_BLACK, TEST_LANGUAGES } from './phrases.js';

let shop: DemoShop;
let tee: Product;
beforeAll(async () => {
  shop = await openDemoShop();
  tee = shop.data.products.find((p) => p.handle === 'everyday-organic-tee')!;
}, 120_000);
afterAll(() => shop?.close());

describe.each(TEST_LANGUAGES)('product questions in %s', (lang) => {
  it('asks for the missing size, then answers with price, stock and link', async () => {
    const c = new Conversation(shop);
    const asked = await c.say(COMES_IN_BLACK[lang](productTitle(tee, lang)));
    expect(asked.text).toBe(render(lang, 'product_ask_option', {
      title: productTitle(tee, lang), option: render(lang, 'option_size'), values: 'xs, s, m, l, xl, xxl',
    }));
    expect(asked.replies[0]!.quickReplies).toContain('m');
    const answered = await c.say('M');
    const variant = tee.variants.find((v) => v.options.color === 'black' && v.options.size === 'm')!;
    expect(answered.text).toContain(`${tee.url}?variant=${variant.id}`);
    expect(answered.text).toContain(String(variant.stock));
    expect(answered.text).toContain(productTitle(tee, lang));
    expect(answered.handoff).toBeUndefined();
  });

  it('hands over politely when the catalog cannot be read', async () => {
    const c = new Conversation(shop, { reader: unreachableReader() });
    const reply = await c.say(COMES_IN_BLACK[lang](productTitle(tee, lang)));
    expect(reply.text).toBe(render(lang, 'store_unavailable'));
    expect(reply.handoff?.reason).toBe('store_unavailable');
  });
});

describe('product questions', () => {
  it('says which colours exist when asked for one that does not, then completes the variant over two more turns', async () => {
    const polo = shop.data.products.find((p) => p.handle === 'cotton-pique-polo')!;
    const c = new Conversation(shop);
    const no = await c.say('does the cotton pique polo come in blue?');
    expect(no.text).toBe(render('en', 'product_no_option', { title: polo.title.en!, value: 'blue', values: 'black, white, olive' }));
    const olive = await c.say('olive');
    expect(olive.text).toContain('size');
    const done = await c.say('L');
    const variant = polo.variants.find((v) => v.options.color === 'olive' && v.options.size === 'l')!;
    expect(done.text).toContain(`?variant=${variant.id}`);
  });

  it('compares two products side by side', async () => {
    const c = new Conversation(shop);
    const reply = await c.say('compare the linen midi dress and the floral wrap dress');
    expect(reply.text.split('\n')[0]).toBe(render('en', 'product_compare'));
    expect(reply.text).toContain('Linen Midi Dress');
    expect(reply.text).toContain('Floral Wrap Dress');
    expect(reply.text).toContain('100% rayon crêpe');
  });

  it('shows the size table for a sized product and the product sheet otherwise', async () => {
    const c = new Conversation(shop);
    const chart = await c.say('size chart for the canvas low-top sneakers');
    expect(chart.text).toContain('foot_length_cm');
    expect(chart.text).toContain('22.5');
    const sheet = await new Conversation(shop).say('tell me about the slim power bank');
    expect(sheet.text).toContain('10,000 mAh');
    expect(sheet.text).toContain('/shop/products/slim-power-bank-10000');
  });
});

describe('colours across languages', () => {
  const broad: Record<string, (title: string) => string> = {
    vi: (t) => `${t} có màu xanh không?`,
    es: (t) => `¿${t} lo tienen en verde?`,
  };

  it.each(Object.keys(broad))('matches a broad colour word to the one shade the product has, and answers in the shopper\'s words (%s)', async (lang) => {
    // A product with exactly one green shade (vi "xanh" also covers blue: none of those either).
    const product = shop.data.products.find((p) => {
      const colours = [...new Set(p.variants.map((v) => v.options.color).filter(Boolean))] as string[];
      return colours.filter((c) => ['sage', 'olive', 'forest', 'lime'].includes(c)).length === 1 && !colours.some((c) => ['navy', 'indigo', 'blue stripe', 'navy floral', 'sea glass'].includes(c)) && p.optionNames.includes('size');
    })!;
    const shade = product.variants.map((v) => v.options.color!).find((c) => ['sage', 'olive', 'forest', 'lime'].includes(c))!;
    const c = new Conversation(shop);
    const asked = await c.say(broad[lang]!(productTitle(product, lang)));
    expect(asked.decision).toMatchObject({ kind: 'skill', skill: 'product' });
    // The colour is settled: the bot asks the size among the shade's sizes.
    expect(asked.state.active?.pending).toBe('size');
    expect(asked.state.active?.slots.color).toBe(shade);
    const size = product.variants.find((v) => v.options.color === shade && v.stock > 0)!.options.size!;
    const answered = await c.say(size.toUpperCase());
    expect(answered.text).toContain(`${lang === 'vi' ? 'xanh lá' : 'verde'} (${shade})`);
  });

  it('names the colours a product does come in, in the shopper\'s language', async () => {
    const reply = await new Conversation(shop).say(`¿la ${productTitle(tee, 'es')} viene en morado?`);
    const colours = [...new Set(tee.variants.map((v) => v.options.color!))];
    expect(colours).toContain('black');
    expect(reply.text).toContain('negro');
    expect(reply.text).not.toMatch(/\bblack\b/);
    expect(reply.replies[0]!.quickReplies).toContain('negro');
  });
});
