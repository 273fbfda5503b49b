// Money amounts with their currency: symbols and ISO codes before or after the number ("RM50",
// "¥200", "30元", "USD 12.50", "R$ 99,90"), shorthand multipliers ("200k", "1,5 juta", "2 triệu",
// "3万"), and the currency of the message's language when only a multiplier says it is money.
// Value = integer minor units as a string, using the currency's ISO 4217 minor digits from Intl.
import type { Entity, Language } from '../types.js';
import { alternation, entityFromMatch } from './entity-span.js';

const SYMBOLS: Record<string, string> = {
  'us$': 'USD', 'usd$': 'USD', '$': 'USD', 's$': 'SGD', 'sgd$': 'SGD', 'hk$': 'HKD', 'nt$': 'TWD', 'r$': 'BRL', 'a$': 'AUD',
  'rm': 'MYR', 'rp': 'IDR', 'rp.': 'IDR', '¥': 'CNY', '￥': 'CNY', 'rmb': 'CNY', '€': 'EUR', '£': 'GBP', '₫': 'VND',
  '฿': 'THB', '₱': 'PHP', '₩': 'KRW', '₹': 'INR', '円': 'JPY', '元': 'CNY', '块': 'CNY', '塊': 'CNY', '원': 'KRW',
  'đ': 'VND', 'vnd': 'VND', 'vnđ': 'VND', 'บาท': 'THB', 'peso': 'PHP', 'pesos': 'PHP', 'php': 'PHP', 'ringgit': 'MYR',
  'rupiah': 'IDR', 'reais': 'BRL', 'real': 'BRL', 'euros': 'EUR', 'euro': 'EUR', 'dollars': 'USD', 'dollar': 'USD',
  'dólares': 'USD', 'ريال': 'SAR', 'ر.س': 'SAR', 'درهم': 'AED', 'د.إ': 'AED', 'جنيه': 'EGP', 'dong': 'VND', 'đồng': 'VND',
  'baht': 'THB', 'yuan': 'CNY', 'yen': 'JPY', 'won': 'KRW', '新台幣': 'TWD', '台幣': 'TWD', '港幣': 'HKD', '港币': 'HKD',
  '美元': 'USD', '美金': 'USD', '日元': 'JPY', '人民币': 'CNY', '人民幣': 'CNY', 'ドル': 'USD',
};

const CODES = ['USD', 'SGD', 'MYR', 'IDR', 'CNY', 'RMB', 'TWD', 'HKD', 'JPY', 'KRW', 'THB', 'VND', 'PHP', 'EUR', 'GBP', 'BRL', 'MXN', 'ARS', 'COP', 'CLP', 'PEN', 'SAR', 'AED', 'EGP', 'AUD', 'INR'];

/** Multipliers written after the number. */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, rb: 1e3, ribu: 1e3, rebu: 1e3, nghìn: 1e3, ngàn: 1e3, ngan: 1e3, nghin: 1e3, mil: 1e3, pan: 1e3, libo: 1e3,
  jt: 1e6, juta: 1e6, triệu: 1e6, trieu: 1e6, tr: 1e6, m: 1e6, million: 1e6, millones: 1e6, milhões: 1e6, mn: 1e6,
  千: 1e3, 万: 1e4, 萬: 1e4, 만: 1e4, 천: 1e3, 백만: 1e6,
};

/** Multipliers that mean money without a currency: the language's usual currency applies. */
const LANGUAGE_CURRENCY: Partial<Record<Language, string>> = {
  id: 'IDR', ms: 'MYR', vi: 'VND', th: 'THB', fil: 'PHP', 'zh-Hans': 'CNY', 'zh-Hant': 'TWD', ja: 'JPY', ko: 'KRW',
};

const NUMBER = String.raw`\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL_ALT = alternation(Object.keys(SYMBOLS));
const CODE_ALT = CODES.join('|');
const MULT_ALT = alternation(Object.keys(MULTIPLIERS));

// prefix currency, number, optional multiplier, optional suffix currency
const MONEY = new RegExp(
  String.raw`(?:(?<pre>${SYMBOL_ALT}|\b(?:${CODE_ALT}))\s?)?(?<num>${NUMBER})(?:\s?(?<mult>${MULT_ALT})(?![a-z]))?(?:\s?(?<post>${SYMBOL_ALT}|(?:${CODE_ALT})\b))?`,
  'giu',
);

/** "1.200.000" / "1,200,000" / "1 200" are thousands; "12,50" / "12.5" decimals. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/\s/g, '');
  const m = /^(\d{1,3}(?:[.,]\d{3})+)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (m) {
    const whole = Number(m[1]!.replace(/[.,]/g, ''));
    return m[3] ? whole + Number(m[3]) / 10 ** m[3].length : whole;
  }
  return Number(s.replace(',', '.'));
}

const minorDigitsCache = new Map<string, number>();

export function minorDigits(currency: string): number {
  let d = minorDigitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    minorDigitsCache.set(currency, d);
  }
  return d;
}

function currencyOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  const lower = token.toLowerCase();
  if (SYMBOLS[lower]) return SYMBOLS[lower];
  const upper = token.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  return CODES.includes(upper) ? upper : undefined;
}

export function extractMoney(text: string, language: Language | undefined): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
    const explicit = currencyOf(g.pre) ?? currencyOf(g.post);
    const multiplier = g.mult ? MULTIPLIERS[g.mult.toLowerCase()] ?? MULTIPLIERS[g.mult] : undefined;
    // A bare multiplier such as "m" or "tr" is too ambiguous without a currency ("5m" = five metres).
    const inferable = multiplier !== undefined && !['m', 'tr', 'mil', 'mn'].includes(g.mult!.toLowerCase());
    const currency = explicit ?? (inferable && language ? LANGUAGE_CURRENCY[language] : undefined);
    if (!currency) continue;
    const amount = parseAmount(g.num!) * (multiplier ?? 1);
    if (!Number.isFinite(amount)) continue;
    const minor = Math.round(amount * 10 ** minorDigits(currency));
    out.push(entityFromMatch('money', String(minor), m[0].trim(), m.index! + (m[0].length - m[0].trimStart().length), {
      currency,
      amount,
      ...(explicit ? {} : { currencyInferred: true }),
    }));
  }
  return out;
}
