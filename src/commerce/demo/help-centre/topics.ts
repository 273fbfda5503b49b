// The help-centre topics every content language covers, with how each is filed and tagged.

export const TOPICS = [
  'shipping-times', 'shipping-fees', 'customs-duties', 'tracking-help', 'returns-how-to', 'exchanges',
  'refund-timing', 'payment-methods', 'coupons-promotions', 'order-changes-cancellation', 'warranty',
  'size-guide', 'account-help', 'gift-wrap', 'group-buys',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_FILING: Readonly<Record<Topic, { category: string; kind: 'faq' | 'policy'; tags: readonly string[] }>> = {
  'shipping-times': { category: 'shipping', kind: 'faq', tags: ['shipping', 'delivery time', 'express'] },
  'shipping-fees': { category: 'shipping', kind: 'faq', tags: ['shipping', 'shipping fee', 'free shipping'] },
  'customs-duties': { category: 'shipping', kind: 'faq', tags: ['customs', 'duties', 'tax', 'import'] },
  'tracking-help': { category: 'shipping', kind: 'faq', tags: ['tracking', 'delivery problem', 'lost parcel'] },
  'returns-how-to': { category: 'returns', kind: 'policy', tags: ['returns', 'return label', 'refund'] },
  exchanges: { category: 'returns', kind: 'policy', tags: ['exchange', 'size', 'colour'] },
  'refund-timing': { category: 'returns', kind: 'policy', tags: ['refund', 'refund status'] },
  'payment-methods': { category: 'payments', kind: 'faq', tags: ['payment', 'payment methods', 'wallets'] },
  'coupons-promotions': { category: 'promotions', kind: 'policy', tags: ['coupon', 'promotion', 'discount code'] },
  'order-changes-cancellation': { category: 'orders', kind: 'policy', tags: ['cancel order', 'change order', 'change address'] },
  warranty: { category: 'returns', kind: 'policy', tags: ['warranty', 'faulty', 'repair'] },
  'size-guide': { category: 'products', kind: 'faq', tags: ['size', 'fit', 'size chart'] },
  'account-help': { category: 'account', kind: 'faq', tags: ['account', 'password', 'login'] },
  'gift-wrap': { category: 'orders', kind: 'faq', tags: ['gift wrap', 'gift message', 'gift'] },
  'group-buys': { category: 'promotions', kind: 'faq', tags: ['group buy', 'group discount'] },
};

export interface ArticleText {
  title: string;
  body: string;
}

/** One content language's help centre and return policy, written from the shop's facts. */
export interface LanguageContent<Facts> {
  articles: (facts: Facts) => Record<Topic, ArticleText>;
  returnPolicy: (facts: Facts) => string;
}
