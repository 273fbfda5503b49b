// The shop's return policy record: the rules from store-rules plus the full text in every content language.
import type { ReturnPolicy } from '../types.js';
import { HELP_CENTRE } from './help-centre/build-articles.js';
import { helpFacts } from './help-centre/help-facts.js';
import { RETURN_RULES } from './store-rules.js';

export function buildReturnPolicy(): ReturnPolicy {
  const facts = helpFacts();
  return {
    windowDays: RETURN_RULES.windowDays,
    vipWindowDays: RETURN_RULES.vipWindowDays,
    exchangeWindowDays: RETURN_RULES.exchangeWindowDays,
    nonReturnableCategories: [...RETURN_RULES.nonReturnableCategories],
    conditions: [
      'Items must be unworn, unwashed and unused, with the original tags attached.',
      'Shoes must come back in their original box.',
      'The order number must be included with the return.',
      'Beauty and skincare, underwear and gift cards are returnable only if they arrive faulty, damaged or not as ordered.',
      `Change-of-mind returns must be started within ${RETURN_RULES.windowDays} days of delivery (${RETURN_RULES.vipWindowDays} for VIP members).`,
    ],
    restockingFeePercent: RETURN_RULES.restockingFeePercent,
    freeReturnShipping: RETURN_RULES.freeReturnShipping,
    refundDays: RETURN_RULES.refundDays,
    manualApprovalAbove: { ...RETURN_RULES.manualApprovalAbove },
    returnLabelFee: { ...RETURN_RULES.returnLabelFee },
    text: Object.fromEntries(Object.entries(HELP_CENTRE).map(([language, content]) => [language, content.returnPolicy(facts)])),
  };
}
