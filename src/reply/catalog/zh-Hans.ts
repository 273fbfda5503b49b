// Simplified Chinese (zh-Hans) reply texts, mainland / Southeast Asian shop chat style.
import type { Catalog } from './en.js';

export const zhHans: Catalog = {
  greeting: '亲，您好！我是{shop}的智能客服，可以帮您查订单，解答物流、退换货和支付问题，也可以为您转接人工客服。请问有什么可以帮您？',
  thanks: '不客气哦～还有其他可以帮您的吗？',
  goodbye: '感谢您咨询{shop}，祝您生活愉快！',
  ask_order_number: '好的，我来帮您查一下。请提供您的订单号，格式类似 {example}。',
  ask_order_email: '为了保护您的隐私，请告诉我订单 {number} 下单时使用的邮箱地址。',
  order_not_found: '抱歉，根据这些信息没有找到订单 {number}。请核对一下订单号（格式类似 {example}）以及下单时填写的邮箱。',
  order_unpaid: '订单 {number} 目前待付款（{total}），确认收款后会立即为您处理。',
  order_awaiting_group_buy: '订单 {number} 已付款，正在等待拼团成功。成团后会马上为您打包发货。',
  order_paid: '订单 {number} 已付款，正在为您备货，承诺{promised}前送达。',
  order_packed: '订单 {number} 已打包完成，很快就会交给快递公司，承诺{promised}前送达。',
  order_partially_shipped: '订单 {number} 的部分商品已通过 {carrier} 发出（运单号 {tracking}）：{event}。其余商品会另外包裹寄出。',
  order_shipped: '订单 {number} 已通过 {carrier} 发货，运单号 {tracking}。最新物流：{event}。预计送达：{eta}。',
  order_delivered: '订单 {number} 已于{delivered}送达。如果商品有任何问题，请告诉我，我会请同事来协助您。',
  order_cancelled: '订单 {number} 已于{cancelled}取消，已支付的款项会原路退回。',
  order_closed: '订单 {number} 已完成并关闭。关于这个订单还有什么可以帮您的吗？',
  handoff: '正在为您转接人工客服，接下来由同事为您服务。您可以继续留言，同事能看到完整的聊天记录。',
  handoff_anger: '非常抱歉给您带来不好的体验！我马上请同事来处理，一定帮您妥善解决。',
  clarify: '抱歉，我没太明白您的意思，能换个说法吗？我可以帮您处理订单、物流跟踪、配送、退换货、支付和优惠券相关问题。',
  knowledge: '{body}',
  knowledge_source: '来源：{title}',
  no_answer: '这个问题我暂时无法给您准确答复，已为您转给人工客服处理。',
  quick_order: '我的订单到哪了？',
  quick_shipping: '运费说明',
  quick_returns: '退换货政策',
};
