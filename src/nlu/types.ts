// The contract between the NLU engine and the rest of the pipeline: what "understood" means.
// The understand stage is pure (no I/O): text + context in, this out.

export const LANGUAGES = [
  'en', 'zh-Hans', 'zh-Hant', 'id', 'ms', 'th', 'vi', 'fil', 'es', 'pt', 'ja', 'ko', 'ar',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Intents of the built-in e-commerce pack; merchants may add their own (any string). */
export const PACK_INTENTS = [
  'greeting', 'goodbye', 'thanks', 'order_status', 'shipping_time', 'tracking', 'delivery_problem',
  'cancel_order', 'change_order', 'change_address', 'product_info', 'size_advice',
  'stock_availability', 'price_discount', 'coupon_usage', 'promotion_rules', 'payment_methods',
  'payment_problem', 'invoice', 'refund_status', 'return_request', 'exchange_request',
  'return_policy', 'warranty', 'complaint', 'human_agent', 'account_problem', 'shipping_fee',
  'customs_duty', 'gift_wrap', 'oos',
] as const;

/** The label for "out of scope / I don't know". */
export const OOS = 'oos';

export interface LabelledExample {
  text: string;
  intent: string;
}

export interface IntentScore {
  intent: string;
  confidence: number;
}

export interface IntentPrediction {
  /** Best intent, or OOS when the model is unsure. */
  intent: string;
  /** Calibrated probability of `intent` (for OOS: 1 - best in-scope probability). */
  confidence: number;
  /** Top in-scope candidates, best first (at most 5). */
  ranking: IntentScore[];
}

export type EntityType =
  | 'order_number' | 'tracking_number' | 'email' | 'phone' | 'money' | 'date' | 'quantity'
  | 'colour' | 'size' | 'product' | 'variant';

export interface Entity {
  type: EntityType;
  /** Canonical value: order number as the store writes it, ISO date, e-mail lower-cased, amount in minor units as string, etc. */
  value: string;
  /** The span of the original text it came from. */
  text: string;
  start: number;
  end: number;
  /** Extra facts, e.g. { carrier: 'ups' } for tracking numbers, { currency: 'USD' } for money. */
  meta?: Record<string, string | number | boolean>;
}

export interface Sentiment {
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  label: 'negative' | 'neutral' | 'positive';
  /** 0..1 */
  anger: number;
  /** 0..1 */
  urgency: number;
}

export interface Understanding {
  language: Language;
  languageConfidence: number;
  intent: IntentPrediction;
  entities: Entity[];
  sentiment: Sentiment;
}

/** What the caller knows beyond the text itself. */
export interface UnderstandContext {
  /** The customer's or shop's locale, e.g. 'id-ID', 'ms', 'zh-TW'. */
  locale?: string;
  /** Language of the conversation so far, if known. */
  previousLanguage?: Language;
}
