// Conversation tests for promotions and coupons: campaigns running now with their end in the shop's
// time zone, the best combination for a product, and codes that are expired, not started or unknown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, DEMO_NOW, openDemoShop, unreachableReader, type DemoShop } from '../../bench/resolution/demo-shop.js';
import { formatMoney } from '../../src/commerce/money.js';
import { fill, render } from '../../src/reply/render.js';
import { productTitle } from '../../src/skills/product/product-question.js';
import { formatDateTime } from '../../src/skills/tracking/describe-event.js';
import { PROMO_PHRASES, TEST_LANGUAGES } from './phrases.js';

let shop: DemoShop;
beforeAll(async () => {
  shop = await openDemoShop();
}, 120_000);
afterAll(() => shop?.close());

const coupon = (code: string) => shop.data.coupons.find((c) => c.code === code)!;

describe.each(TEST_LANGUAGES)('promotions in %s', (lang) => {
  it('lists the campaigns running now with their end in the shop\'s time zone, and no private codes', async () => {
    const reply = await new Conversation(shop).say(PROMO_PHRASES.anyDiscount![lang]!(''));
    const midSeason = shop.data.promotions.find((p) => p.id === 'promo_mid_season')!;
    expect(reply.text).toContain(midSeason.name[lang]!);
    expect(reply.text).toContain(formatDateTime(midSeason.endsAt, lang, 'Asia/Singapore'));
    expect(reply.text).not.toContain('11.11');
    expect(reply.text).not.toContain('SORRY10');
    expect(reply.text).not.toContain('VIPSTYLE20');
  });

  it('explains an expired code with its end date and offers what runs now, in the merchant\'s words where written', async () => {
    const reply = await new Conversation(shop).say(PROMO_PHRASES.canIUse![lang]!('PAYDAY8'));
    const vars = { code: 'PAYDAY8', end: formatDateTime(coupon('PAYDAY8').endsAt, lang, 'Asia/Singapore') };
    const script = (scenario: string) => shop.data.promotionScripts!.find((s) => s.scenario === scenario && s.language === lang)?.text;
    const expired = script('coupon_expired');
    expect(reply.text).toContain(expired ? fill(expired, vars) : render(lang, 'coupon_expired', vars));
    const running = script('campaigns_running');
    expect(reply.text).toContain((running ? fill(running, { list: '' }) : render(lang, 'promo_list', { list: '' })).trim());
  });

  it('says when a code starts, and confirms a valid one with its rule', async () => {
    const later = await new Conversation(shop).say(PROMO_PHRASES.canIUse![lang]!('NEWDROP'));
    expect(later.text).toBe(render(lang, 'coupon_not_started', { code: 'NEWDROP', start: formatDateTime(coupon('NEWDROP').startsAt, lang, 'Asia/Singapore') }));
    const valid = await new Conversation(shop).say(PROMO_PHRASES.canIUse![lang]!('HARBOUR5'));
    expect(valid.text.startsWith(render(lang, 'coupon_valid', { code: 'HARBOUR5', rule: '§' }).split('§')[0]!)).toBe(true);
  });

  it('prices the best combination for a product', async () => {
    const dress = shop.data.products.find((p) => p.handle === 'linen-midi-dress')!;
    const reply = await new Conversation(shop).say(PROMO_PHRASES.discountOn![lang]!(productTitle(dress, lang)));
    // Mid-season 15% (no coupons allowed with it) beats every advertised code on a US$79 dress.
    expect(reply.text).toContain(formatMoney({ amountMinor: 6715, currency: 'USD' }, lang));
    expect(reply.text).toContain(shop.data.promotions.find((p) => p.id === 'promo_mid_season')!.name[lang]!);
  });
});

describe('promotions: unhappy paths', () => {
  it('does not know a made-up code', async () => {
    const reply = await new Conversation(shop).say('can I use code WELCOME99?');
    expect(reply.text.split('\n')[0]).toBe(render('en', 'coupon_unknown', { code: 'WELCOME99' }));
  });

  it('hands over when the promotions cannot be read', async () => {
    const reply = await new Conversation(shop, { reader: unreachableReader() }).say('can I use code PAYDAY8?');
    expect(reply.text).toBe(render('en', 'store_unavailable'));
    expect(reply.handoff?.reason).toBe('store_unavailable');
  });

  it('uses the merchant\'s own phrasing for a scenario and language, and the built-in text elsewhere', async () => {
    const en = await new Conversation(shop).say('is there any discount right now?');
    expect(en.text.startsWith('Good timing! Here is what is on at Sunday Harbour right now:')).toBe(true);
    const es = await new Conversation(shop).say('¿hay algún descuento?');
    expect(es.text.startsWith(render('es', 'promo_list', { list: '' }).trim())).toBe(true);
  });

  it('runs on the demo store\'s own clock', () => {
    expect(Date.parse(coupon('PAYDAY8').endsAt)).toBeLessThan(DEMO_NOW.getTime());
    expect(Date.parse(coupon('NEWDROP').startsAt)).toBeGreaterThan(DEMO_NOW.getTime());
  });
});
