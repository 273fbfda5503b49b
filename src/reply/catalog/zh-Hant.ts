// Traditional Chinese (zh-Hant) reply texts, Taiwan customer-service style.
import type { Catalog } from './en.js';

export const zhHant: Catalog = {
  greeting: '您好！我是{shop}的智慧客服，可以幫您查詢訂單、說明運送、退換貨和付款方式，也可以幫您轉接真人客服。請問有什麼需要幫忙的嗎？',
  thanks: '不客氣！還有其他需要協助的地方嗎？',
  goodbye: '謝謝您聯繫{shop}，祝您有美好的一天！',
  ask_order_number: '好的，我來幫您查詢。請提供您的訂單編號，格式像是 {example}。',
  ask_order_email: '為了保護您的隱私，請提供訂單 {number} 下單時使用的電子郵件信箱。',
  order_not_found: '抱歉，依照您提供的資料查不到訂單 {number}。請確認訂單編號（格式像是 {example}）以及結帳時使用的電子郵件信箱。',
  order_unpaid: '訂單 {number} 目前尚待付款（{total}），確認收到款項後就會立即為您處理。',
  order_awaiting_group_buy: '訂單 {number} 已完成付款，正在等待團購成團。成團後會盡快為您包裝出貨。',
  order_paid: '訂單 {number} 已完成付款，正在為您備貨中，保證於{promised}前送達。',
  order_packed: '訂單 {number} 已包裝完成，即將交給物流業者，保證於{promised}前送達。',
  order_partially_shipped: '訂單 {number} 的部分商品已由 {carrier} 寄出（追蹤編號 {tracking}）：{event}。其餘商品會另外分箱寄送。',
  order_shipped: '訂單 {number} 已由 {carrier} 寄出，追蹤編號 {tracking}。最新狀態：{event}。預計送達：{eta}。',
  order_delivered: '訂單 {number} 已於{delivered}送達。如果商品有任何問題，請告訴我，我會請專人協助您。',
  order_cancelled: '訂單 {number} 已於{cancelled}取消，已付款項將退回原付款方式。',
  order_closed: '訂單 {number} 已完成並結案。關於這筆訂單，還有什麼可以幫您的嗎？',
  handoff: '我現在幫您轉接專人客服，接下來會由同仁為您服務。您可以繼續留言，同仁會看到完整的對話紀錄。',
  handoff_anger: '真的很抱歉造成您的困擾！我馬上請專人來協助，一定會妥善幫您處理。',
  clarify: '不好意思，我不太確定您的意思，可以換個方式說明嗎？我可以協助訂單查詢、物流追蹤、運送、退換貨、付款和優惠券相關問題。',
  knowledge: '{body}',
  knowledge_source: '資料來源：{title}',
  no_answer: '這個問題我沒辦法給您確切的答案，先幫您轉給專人處理。',
  quick_order: '我的訂單到哪裡了？',
  quick_shipping: '運費說明',
  quick_returns: '退換貨政策',
};
