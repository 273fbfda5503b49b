// The shop's service rules in one place: returns, exchanges, refunds, warranty, gift wrap. The
// return policy record and every help-centre article quote these numbers, so they cannot drift.
import type { Money } from '../types.js';
import { NON_RETURNABLE_CATEGORIES } from './catalog/product-spec.js';
import { usd } from './currencies.js';

export const RETURN_RULES = {
  /** Days from delivery to start a return. */
  windowDays: 30,
  vipWindowDays: 60,
  /** Size and colour exchanges get longer than refunds. */
  exchangeWindowDays: 45,
  nonReturnableCategories: NON_RETURNABLE_CATEGORIES,
  restockingFeePercent: 0,
  /** Change-of-mind returns pay for the label; faulty or wrong items and VIPs do not. */
  freeReturnShipping: false,
  returnLabelFee: usd(6.9) as Money,
  /** Business days from the return reaching the warehouse to the refund being issued. */
  refundDays: 7,
  /** Returns worth more than this are checked by a person before the label is issued. */
  manualApprovalAbove: usd(300) as Money,
  /** Business days that check takes. */
  manualApprovalDays: 2,
} as const;

export const WARRANTY = {
  /** Tidewell gadgets. */
  gadgetMonths: 12,
  /** Everything else, against manufacturing faults. */
  defectDays: 90,
} as const;

export const GIFT_WRAP_FEE: Money = usd(4);
export const GIFT_MESSAGE_MAX_CHARACTERS = 200;

/** Minutes a password-reset link stays valid. */
export const PASSWORD_RESET_MINUTES = 60;
/** Days to erase an account after the customer asks. */
export const ACCOUNT_DELETION_DAYS = 30;
