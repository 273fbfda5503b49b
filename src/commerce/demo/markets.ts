// The countries the shop sells to: currency at checkout, the locales its shoppers use, how they
// pay, and how many of the demo customers come from there.
import type { ShopCurrency } from './currencies.js';

export interface Market {
  country: string;
  countryName: string;
  currency: ShopCurrency;
  /** BCP 47 locales with relative weights. */
  locales: ReadonlyArray<readonly [string, number]>;
  /** Relative share of demo customers. */
  customerWeight: number;
  /** Payment methods with relative weights. */
  paymentMethods: ReadonlyArray<readonly [string, number]>;
}

export const MARKETS: readonly Market[] = [
  { country: 'SG', countryName: 'Singapore', currency: 'SGD', locales: [['en-SG', 3], ['zh-Hans-SG', 1]], customerWeight: 14, paymentMethods: [['card', 45], ['paynow', 20], ['apple_pay', 15], ['grabpay', 10], ['paypal', 10]] },
  { country: 'MY', countryName: 'Malaysia', currency: 'MYR', locales: [['ms-MY', 5], ['en-MY', 2], ['zh-Hans-MY', 2]], customerWeight: 10, paymentMethods: [['card', 35], ['fpx', 30], ['tng_ewallet', 20], ['grabpay', 10], ['paypal', 5]] },
  { country: 'ID', countryName: 'Indonesia', currency: 'IDR', locales: [['id-ID', 1]], customerWeight: 10, paymentMethods: [['bank_transfer_va', 35], ['gopay', 20], ['card', 20], ['ovo', 15], ['dana', 10]] },
  { country: 'TH', countryName: 'Thailand', currency: 'THB', locales: [['th-TH', 1]], customerWeight: 8, paymentMethods: [['card', 45], ['promptpay', 40], ['truemoney', 15]] },
  { country: 'VN', countryName: 'Vietnam', currency: 'VND', locales: [['vi-VN', 1]], customerWeight: 7, paymentMethods: [['momo', 40], ['card', 35], ['vnpay', 25]] },
  { country: 'PH', countryName: 'Philippines', currency: 'PHP', locales: [['fil-PH', 3], ['en-PH', 2]], customerWeight: 8, paymentMethods: [['gcash', 45], ['card', 35], ['maya', 20]] },
  { country: 'CN', countryName: 'China', currency: 'USD', locales: [['zh-Hans-CN', 1]], customerWeight: 4, paymentMethods: [['alipay', 60], ['wechat_pay', 40]] },
  { country: 'HK', countryName: 'Hong Kong', currency: 'USD', locales: [['zh-Hant-HK', 7], ['en-HK', 3]], customerWeight: 4, paymentMethods: [['card', 50], ['alipay_hk', 20], ['paypal', 15], ['apple_pay', 15]] },
  { country: 'TW', countryName: 'Taiwan', currency: 'USD', locales: [['zh-Hant-TW', 1]], customerWeight: 4, paymentMethods: [['card', 60], ['line_pay', 25], ['paypal', 15]] },
  { country: 'JP', countryName: 'Japan', currency: 'JPY', locales: [['ja-JP', 1]], customerWeight: 5, paymentMethods: [['card', 60], ['konbini', 25], ['paypal', 15]] },
  { country: 'KR', countryName: 'South Korea', currency: 'USD', locales: [['ko-KR', 1]], customerWeight: 4, paymentMethods: [['card', 50], ['kakaopay', 35], ['paypal', 15]] },
  { country: 'AE', countryName: 'United Arab Emirates', currency: 'USD', locales: [['ar-AE', 1], ['en-AE', 1]], customerWeight: 4, paymentMethods: [['card', 55], ['apple_pay', 30], ['paypal', 15]] },
  { country: 'SA', countryName: 'Saudi Arabia', currency: 'USD', locales: [['ar-SA', 1]], customerWeight: 3, paymentMethods: [['card', 50], ['apple_pay', 35], ['paypal', 15]] },
  { country: 'US', countryName: 'United States', currency: 'USD', locales: [['en-US', 6], ['es-US', 1]], customerWeight: 6, paymentMethods: [['card', 50], ['paypal', 25], ['apple_pay', 25]] },
  { country: 'GB', countryName: 'United Kingdom', currency: 'USD', locales: [['en-GB', 1]], customerWeight: 2, paymentMethods: [['card', 55], ['paypal', 25], ['apple_pay', 20]] },
  { country: 'AU', countryName: 'Australia', currency: 'USD', locales: [['en-AU', 1]], customerWeight: 3, paymentMethods: [['card', 55], ['paypal', 25], ['apple_pay', 20]] },
  { country: 'ES', countryName: 'Spain', currency: 'EUR', locales: [['es-ES', 1]], customerWeight: 3, paymentMethods: [['card', 55], ['paypal', 30], ['apple_pay', 15]] },
  { country: 'MX', countryName: 'Mexico', currency: 'USD', locales: [['es-MX', 1]], customerWeight: 3, paymentMethods: [['card', 60], ['oxxo', 25], ['paypal', 15]] },
  { country: 'BR', countryName: 'Brazil', currency: 'USD', locales: [['pt-BR', 1]], customerWeight: 3, paymentMethods: [['pix', 55], ['card', 35], ['boleto', 10]] },
  { country: 'PT', countryName: 'Portugal', currency: 'EUR', locales: [['pt-PT', 1]], customerWeight: 1, paymentMethods: [['card', 50], ['mb_way', 25], ['paypal', 25]] },
];

/**
 * Methods where the shopper leaves checkout with a code or QR to pay later; these are the orders
 * that sit unpaid for a while.
 */
export const DEFERRED_PAYMENT_METHODS: ReadonlySet<string> = new Set([
  'bank_transfer_va', 'konbini', 'oxxo', 'boleto', 'pix', 'paynow', 'promptpay',
]);

/** 'zh-Hant-HK' → 'zh-Hant', 'fil-PH' → 'fil': the language part of a locale. */
export function languageOfLocale(locale: string): string {
  const parts = locale.split('-');
  const second = parts[1];
  return second && second.length === 4 ? `${parts[0]}-${second}` : (parts[0] ?? locale);
}

/** How each payment method is shown to shoppers: brand names, the same in every language. */
export const PAYMENT_METHOD_NAMES: Readonly<Record<string, string>> = {
  card: 'Visa/Mastercard/Amex',
  paypal: 'PayPal',
  apple_pay: 'Apple Pay',
  paynow: 'PayNow',
  grabpay: 'GrabPay',
  fpx: 'FPX',
  tng_ewallet: 'Touch ’n Go eWallet',
  bank_transfer_va: 'Virtual Account (BCA, Mandiri, BNI, BRI)',
  gopay: 'GoPay',
  ovo: 'OVO',
  dana: 'DANA',
  promptpay: 'PromptPay',
  truemoney: 'TrueMoney Wallet',
  momo: 'MoMo',
  vnpay: 'VNPAY',
  gcash: 'GCash',
  maya: 'Maya',
  alipay: 'Alipay',
  wechat_pay: 'WeChat Pay',
  alipay_hk: 'AlipayHK',
  line_pay: 'LINE Pay',
  konbini: 'Konbini',
  kakaopay: 'KakaoPay',
  oxxo: 'OXXO',
  pix: 'Pix',
  boleto: 'Boleto',
  mb_way: 'MB WAY',
};

