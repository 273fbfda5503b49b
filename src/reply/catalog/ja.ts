// Japanese (ja) reply texts, polite です/ます customer-service style.
import type { Catalog } from './en.js';

export const ja: Catalog = {
  greeting: 'こんにちは！{shop}のアシスタントです。ご注文状況の確認や、配送・返品・お支払いについてのご案内、スタッフへのおつなぎができます。どのようなご用件でしょうか？',
  thanks: 'どういたしまして！ほかにお手伝いできることはありますか？',
  goodbye: '{shop}にお問い合わせいただきありがとうございました。良い一日をお過ごしください！',
  ask_order_number: 'かしこまりました、お調べします。ご注文番号を教えていただけますか？（例：{example}）',
  ask_order_email: 'お客様のプライバシー保護のため、ご注文 {number} でご利用のメールアドレスを教えてください。',
  order_not_found: 'いただいた情報では、ご注文 {number} が見つかりませんでした。ご注文番号（例：{example}）と、ご購入時のメールアドレスをもう一度ご確認ください。',
  order_unpaid: 'ご注文 {number} はお支払い待ち（{total}）です。お支払いが確認でき次第、手続きを進めます。',
  order_awaiting_group_buy: 'ご注文 {number} はお支払い済みで、グループ購入の成立待ちです。グループが成立し次第、梱包・発送いたします。',
  order_paid: 'ご注文 {number} はお支払い済みで、現在発送の準備中です。{promised}までにお届けすることをお約束します。',
  order_packed: 'ご注文 {number} は梱包が完了し、まもなく配送業者へお渡しします。{promised}までにお届けすることをお約束します。',
  order_partially_shipped: 'ご注文 {number} の一部を {carrier} で発送しました（追跡番号 {tracking}）：{event}。残りの商品は別便でお届けします。',
  order_shipped: 'ご注文 {number} は {carrier} で配送中です（追跡番号 {tracking}）。最新状況：{event}。お届け予定日：{eta}。',
  order_delivered: 'ご注文 {number} は{delivered}にお届け済みです。商品に問題がございましたらお知らせください。スタッフがご対応します。',
  order_cancelled: 'ご注文 {number} は{cancelled}にキャンセルされました。お支払い済みの代金は、元のお支払い方法へ返金されます。',
  order_closed: 'ご注文 {number} はお取引が完了しています。このご注文について、ほかにお手伝いできることはありますか？',
  handoff: '担当スタッフにおつなぎします。このままメッセージをお送りいただけます。スタッフはこれまでのやり取りをすべて確認できます。',
  handoff_anger: 'ご迷惑をおかけして申し訳ございません。きちんと解決できるよう、ただいまスタッフにおつなぎします。',
  clarify: '申し訳ありません、うまく理解できませんでした。別の言い方で教えていただけますか？ご注文、配送状況、配送、返品、お支払い、クーポンについてお手伝いできます。',
  knowledge: '{body}',
  knowledge_source: '出典：{title}',
  no_answer: 'この件については確かなお答えができないため、スタッフにおつなぎします。',
  quick_order: '注文状況を知りたい',
  quick_shipping: '送料について',
  quick_returns: '返品ポリシー',
};
