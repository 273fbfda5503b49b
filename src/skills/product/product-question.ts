// Product questions from the catalog: what a product is made of, its size table, whether it comes
// in a colour or size (asking for the option still missing), stock per variant with price and link,
// and a side-by-side of two products.
import { formatMoney } from '../../commerce/money.js';
import type { Product, Variant } from '../../commerce/types.js';
import { render } from '../../reply/render.js';
import type { SlotName } from '../../dialog/dialog-state.js';
import type { SkillContext, SkillResult } from '../types.js';
import { chooseVariant, optionMatches, optionValues } from './choose-variant.js';
import { localOptionValue, matchOptionValue } from './option-words.js';

/** At or below this many units the reply says "only N left". */
const LOW_STOCK = 5;

export function productTitle(product: Product, lang: string): string {
  return product.title[lang] ?? product.title[lang.split('-')[0]!] ?? product.title.en ?? product.handle;
}

function stockText(lang: string, stock: number): string {
  if (stock <= 0) return render(lang, 'stock_out');
  return stock <= LOW_STOCK ? render(lang, 'stock_low', { count: stock }) : render(lang, 'stock_in', { count: stock });
}

function priceRange(product: Product, lang: string): string {
  const prices = product.variants.map((v) => v.price.amountMinor);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const currency = product.variants[0]!.price.currency;
  const f = (amountMinor: number) => formatMoney({ amountMinor, currency }, lang);
  return low === high ? f(low) : `${f(low)} – ${f(high)}`;
}

function optionLabel(lang: string, option: string): string {
  return option === 'color' || option === 'size' ? render(lang, `option_${option}`) : option;
}

/** A product's values for one option, each in the shopper's language. */
function localValues(option: string, values: readonly string[], lang: string): string[] {
  return values.map((v) => localOptionValue(option, v, lang));
}

function optionsSummary(product: Product, lang: string): string {
  return product.optionNames.map((o) => `${optionLabel(lang, o)}: ${localValues(o, optionValues(product, o), lang).join(', ')}`).join('\n');
}

function describeVariant(product: Product, variant: Variant, lang: string): string {
  return render(lang, 'product_variant', {
    title: productTitle(product, lang),
    options: Object.entries(variant.options).map(([o, v]) => localOptionValue(o, v, lang)).join(' / '),
    price: formatMoney(variant.price, lang),
    stock: stockText(lang, variant.stock),
    url: `${product.url}?variant=${variant.id}`,
  });
}

function sizeChart(product: Product, lang: string, size?: string): string {
  const rows = product.sizeChart ?? [];
  const columns = Object.keys(rows[0] ?? {});
  const table = [columns.join(' | '), ...rows.map((r) => columns.map((c) => String(r[c] ?? '')).join(' | '))].join('\n');
  const text = render(lang, 'product_size_chart', { title: productTitle(product, lang), table });
  const row = size ? rows.find((r) => String(r.size).toLowerCase() === size.toLowerCase()) : undefined;
  return row ? `${text}\n${render(lang, 'product_size_row', { size: String(row.size), measures: columns.slice(1).map((c) => `${c} ${row[c]}`).join(', ') })}` : text;
}

function describeProduct(product: Product, lang: string): string {
  const attributes = Object.entries(product.attributes).map(([k, v]) => `${k}: ${v}`).join('\n');
  return render(lang, 'product_info', {
    title: productTitle(product, lang),
    price: priceRange(product, lang),
    description: product.description[lang] ?? product.description.en ?? '',
    attributes,
    options: optionsSummary(product, lang),
    stock: stockText(lang, product.variants.reduce((s, v) => s + v.stock, 0)),
    url: product.url,
  });
}

function compare(a: Product, b: Product, lang: string): string {
  const row = (p: Product) => render(lang, 'product_compare_row', {
    title: productTitle(p, lang),
    price: priceRange(p, lang),
    material: p.material ?? p.attributes.material ?? '—',
    options: inlineOptions(p, lang),
    stock: stockText(lang, p.variants.reduce((s, v) => s + v.stock, 0)),
  });
  return [render(lang, 'product_compare'), row(a), row(b)].join('\n');
}

function inlineOptions(p: Product, lang: string): string {
  return p.optionNames.map((o) => localValues(o, optionValues(p, o), lang).join('/')).join('; ');
}

/**
 * The reply to "which colour/size?" read straight off the product's own values ("sage", "queen") or
 * their local names, which the entity extractor may not know; a colour asked about without one the
 * extractor caught ("có màu xanh không") is matched the same way.
 */
function answeredOption(ctx: SkillContext, product: Product): Record<string, string> {
  const pending = ctx.state.active?.pending;
  if ((pending === 'color' || pending === 'size') && !ctx.slots[pending]) {
    const value = matchOptionValue(pending, optionValues(product, pending), ctx.text);
    return value ? { [pending]: value } : {};
  }
  if (!product.optionNames.includes('color')) return {};
  const colours = optionValues(product, 'color');
  // A base colour the product has only a shade of ("green" → "sage") names that shade.
  const said = ctx.slots.color;
  if (said && colours.some((v) => optionMatches('color', v, said))) return {};
  const colour = matchOptionValue('color', colours, said ?? ctx.text);
  return colour ? { color: colour } : {};
}

function definedOptions(wanted: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(wanted).filter((e): e is [string, string] => e[1] !== undefined));
}

function withoutOption(slots: SkillContext['slots'], option: string): SkillContext['slots'] {
  const out = { ...slots };
  if (option === 'color' || option === 'size') delete out[option];
  return out;
}

export async function productQuestion(ctx: SkillContext): Promise<SkillResult> {
  const lang = ctx.language;
  const products = await ctx.reader.products(ctx.tenantId);
  const product = products.find((p) => p.id === ctx.slots.productId);
  if (!product) return { replies: [{ text: render(lang, 'product_ask_which') }], ask: 'productId' };

  const other = products.find((p) => p.id === ctx.slots.otherProductId);
  if (other) return { replies: [{ text: compare(product, other, lang) }] };

  const wanted = { color: ctx.slots.color, size: ctx.slots.size, ...answeredOption(ctx, product) };
  // "What size should I get?" gets the table; "in white, size M?" is a variant question.
  if (ctx.intent === 'size_advice' && product.sizeChart?.length && !wanted.color && !ctx.state.active?.pending) {
    return { replies: [{ text: sizeChart(product, lang, ctx.slots.size) }] };
  }

  const asksForVariant = Boolean(wanted.color || wanted.size || ctx.slots.variantId) || ctx.intent === 'stock_availability';
  if (!asksForVariant) return { replies: [{ text: describeProduct(product, lang) }] };

  const choice = chooseVariant(product, wanted, ctx.slots.variantId);
  switch (choice.kind) {
    case 'unavailable':
      return {
        replies: [{
          text: render(lang, 'product_no_option', { title: productTitle(product, lang), value: localOptionValue(choice.option, choice.wanted, lang), values: localValues(choice.option, choice.offered, lang).join(', ') }),
          quickReplies: localValues(choice.option, choice.offered, lang).slice(0, 6),
        }],
        ...(choice.option === 'color' || choice.option === 'size' ? { ask: choice.option as SlotName } : {}),
        slots: withoutOption(ctx.slots, choice.option),
      };
    case 'ask': {
      const inStock = product.variants.filter((v) => v.stock > 0);
      const values = choice.values.filter((value) => inStock.some((v) => v.options[choice.option] === value));
      return {
        replies: [{
          text: render(lang, 'product_ask_option', { title: productTitle(product, lang), option: optionLabel(lang, choice.option), values: localValues(choice.option, choice.values, lang).join(', ') }),
          quickReplies: localValues(choice.option, values.length > 0 ? values : choice.values, lang).slice(0, 10),
        }],
        ask: (choice.option === 'color' || choice.option === 'size' ? choice.option : 'variantId') as SlotName,
        slots: { ...ctx.slots, ...definedOptions(wanted) },
      };
    }
    case 'variant':
      return { replies: [{ text: describeVariant(product, choice.variant, lang) }], slots: { ...ctx.slots, ...definedOptions(wanted), variantId: choice.variant.id } };
  }
}
