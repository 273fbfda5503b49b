// Everything the help-centre texts quote, taken from the shop's own data and rules and formatted
// for reading, so an article can never promise a different fee, day count or threshold.
import type { Money } from '../../types.js';
import { formatMoney, localAmount, type ShopCurrency } from '../currencies.js';
import { MARKETS, PAYMENT_METHOD_NAMES } from '../markets.js';
import { GROUP_BUY } from '../promotions.js';
import { SHOP_PROFILE } from '../shop-profile.js';
import { CUSTOMS_STUCK_HOURS, NO_SCAN_HOURS } from '../shipment-anomalies.js';
import {
  FREE_SHIPPING_THRESHOLD, PROCESSING_BUSINESS_DAYS, SHIPPING_ZONES, TAX_COLLECTED_AT_CHECKOUT, type ShippingMethod, type ZoneId,
} from '../shipping-zones.js';
import {
  ACCOUNT_DELETION_DAYS, GIFT_MESSAGE_MAX_CHARACTERS, GIFT_WRAP_FEE, PASSWORD_RESET_MINUTES, RETURN_RULES, WARRANTY,
} from '../store-rules.js';
import { FREE_SHIPPING_CODE, WELCOME_OFFER } from '../coupons.js';
import { VIP_LIFETIME_SPEND } from '../customer-history.js';

export interface ZoneFacts {
  id: ZoneId;
  fee: Record<ShippingMethod, string>;
  days: Record<ShippingMethod, readonly [number, number]>;
}

export interface HelpFacts {
  supportEmail: string;
  zones: readonly ZoneFacts[];
  freeShippingThreshold: string;
  /** The same threshold as shown at checkout in a local currency. */
  localThreshold: (currency: ShopCurrency) => string;
  processingDays: number;
  /** Countries where tax is collected at checkout, with the rate in percent. */
  checkoutTax: ReadonlyArray<{ country: string; percent: number }>;
  returns: {
    windowDays: number;
    vipWindowDays: number;
    exchangeWindowDays: number;
    refundDays: number;
    labelFee: string;
    manualApprovalAbove: string;
    manualApprovalDays: number;
  };
  vipSpend: string;
  welcome: { code: string; percent: number; minSpend: string };
  freeShippingCode: { code: string; minSpend: string };
  groupBuy: typeof GROUP_BUY;
  giftWrapFee: string;
  giftMessageCharacters: number;
  warranty: typeof WARRANTY;
  noScanDays: number;
  customsStuckDays: number;
  passwordResetMinutes: number;
  accountDeletionDays: number;
  /** Payment methods offered in a country, by shopper-facing name. */
  paymentMethods: (country: string) => string[];
}

const money = (amount: Money): string => formatMoney(amount);

export function helpFacts(): HelpFacts {
  return {
    supportEmail: SHOP_PROFILE.supportEmail,
    zones: SHIPPING_ZONES.map((zone) => ({
      id: zone.id,
      fee: { standard: money(zone.fee.standard), express: money(zone.fee.express) },
      days: zone.transitDays,
    })),
    freeShippingThreshold: money(FREE_SHIPPING_THRESHOLD),
    localThreshold: (currency) => money(currency === 'USD' ? FREE_SHIPPING_THRESHOLD : localAmount(FREE_SHIPPING_THRESHOLD, currency)),
    processingDays: PROCESSING_BUSINESS_DAYS,
    checkoutTax: Object.entries(TAX_COLLECTED_AT_CHECKOUT).map(([country, rate]) => ({ country, percent: Math.round(rate * 100) })),
    returns: {
      windowDays: RETURN_RULES.windowDays,
      vipWindowDays: RETURN_RULES.vipWindowDays,
      exchangeWindowDays: RETURN_RULES.exchangeWindowDays,
      refundDays: RETURN_RULES.refundDays,
      labelFee: money(RETURN_RULES.returnLabelFee),
      manualApprovalAbove: money(RETURN_RULES.manualApprovalAbove),
      manualApprovalDays: RETURN_RULES.manualApprovalDays,
    },
    vipSpend: money(VIP_LIFETIME_SPEND),
    welcome: { code: WELCOME_OFFER.code, percent: WELCOME_OFFER.percentOff, minSpend: money(WELCOME_OFFER.minSpend) },
    freeShippingCode: { code: FREE_SHIPPING_CODE.code, minSpend: money(FREE_SHIPPING_CODE.minSpend) },
    groupBuy: GROUP_BUY,
    giftWrapFee: money(GIFT_WRAP_FEE),
    giftMessageCharacters: GIFT_MESSAGE_MAX_CHARACTERS,
    warranty: WARRANTY,
    noScanDays: NO_SCAN_HOURS / 24,
    customsStuckDays: CUSTOMS_STUCK_HOURS / 24,
    passwordResetMinutes: PASSWORD_RESET_MINUTES,
    accountDeletionDays: ACCOUNT_DELETION_DAYS,
    paymentMethods: (country) => {
      const market = MARKETS.find((candidate) => candidate.country === country);
      return (market?.paymentMethods ?? []).map(([method]) => PAYMENT_METHOD_NAMES[method] ?? method);
    },
  };
}

/** "a, b and c" in each content language. */
export function joinList(items: readonly string[], language: string): string {
  const conjunction: Record<string, string> = { en: ' and ', 'zh-Hans': '和', id: ' dan ', th: ' และ ', vi: ' và ', es: ' y ' };
  // Chinese lists take the enumeration comma; Thai separates items with spaces.
  const separator = language === 'zh-Hans' ? '、' : language === 'th' ? ' ' : ', ';
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(separator) + (conjunction[language] ?? ' and ') + items[items.length - 1];
}

