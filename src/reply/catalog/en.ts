// English reply texts: the reference catalog every other language is checked against.
export const en = {
  greeting: "Hi! I'm the {shop} assistant. I can check an order, explain shipping, returns and payments, or get you a teammate. What can I do for you?",
  thanks: "You're welcome! Anything else I can help with?",
  goodbye: 'Thanks for chatting with {shop}. Have a great day!',
  ask_order_number: 'Sure, I can check that. What is your order number? It looks like {example}.',
  ask_order_email: 'To protect your privacy, please tell me the e-mail address used for order {number}.',
  order_not_found: "I couldn't find order {number} with those details. Please check the number (it looks like {example}) and the e-mail used at checkout.",
  order_unpaid: 'Order {number} is waiting for payment ({total}). It will be processed as soon as the payment is confirmed.',
  order_awaiting_group_buy: 'Order {number} is paid and waiting for its group buy to fill. Once the group is complete it will be packed and shipped.',
  order_paid: 'Order {number} is paid and being prepared. We promise delivery by {promised}.',
  order_packed: 'Order {number} is packed and will be handed to the carrier shortly. We promise delivery by {promised}.',
  order_partially_shipped: 'Part of order {number} is on its way with {carrier} (tracking {tracking}): {event}. The rest will follow in a separate parcel.',
  order_shipped: 'Order {number} is on its way with {carrier}, tracking number {tracking}. Latest update: {event}. Estimated delivery: {eta}.',
  order_delivered: 'Order {number} was delivered on {delivered}. If something is wrong with it, tell me and I will get a teammate to help.',
  order_cancelled: 'Order {number} was cancelled on {cancelled}. Any payment made is refunded to the original payment method.',
  order_closed: 'Order {number} is completed and closed. Is there anything else about it I can help with?',
  handoff: 'I am connecting you with a teammate who will take it from here. You can keep writing; they will see the whole conversation.',
  handoff_anger: "I'm sorry about this. I'm bringing in a teammate right now so it gets sorted out properly.",
  clarify: "Sorry, I didn't quite get that. Could you rephrase? I can help with orders, tracking, shipping, returns, payments and coupons.",
  knowledge: '{body}',
  knowledge_source: 'Source: {title}',
  no_answer: "I don't have a reliable answer to that, so I'm passing it to a teammate.",
  quick_order: 'Where is my order?',
  quick_shipping: 'Shipping fees',
  quick_returns: 'Return policy',
} as const;

export type CatalogKey = keyof typeof en;
export type Catalog = Record<CatalogKey, string>;
