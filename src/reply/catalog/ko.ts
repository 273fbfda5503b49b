// Korean (ko) reply texts, polite 해요체 chat style throughout.
import type { Catalog } from './en.js';

export const ko: Catalog = {
  greeting: '안녕하세요! {shop} 상담 도우미예요. 주문 조회와 배송·반품·결제 안내를 도와드리고, 필요하면 상담원을 연결해 드려요. 무엇을 도와드릴까요?',
  thanks: '천만에요! 더 도와드릴 일이 있을까요?',
  goodbye: '{shop}에 문의해 주셔서 감사해요. 좋은 하루 보내세요!',
  ask_order_number: '네, 확인해 드릴게요. 주문번호를 알려 주시겠어요? {example} 같은 형식이에요.',
  ask_order_email: '개인정보 보호를 위해 주문 {number} 건에 사용하신 이메일 주소를 알려 주세요.',
  order_not_found: '입력하신 정보로는 주문 {number} 건을 찾지 못했어요. 주문번호({example} 형식)와 결제할 때 사용하신 이메일을 다시 확인해 주세요.',
  order_unpaid: '주문 {number} 건은 결제 대기 중이에요({total}). 결제가 확인되는 대로 바로 처리해 드릴게요.',
  order_awaiting_group_buy: '주문 {number} 건은 결제가 완료되었고, 공동구매 인원이 다 모이기를 기다리고 있어요. 공동구매가 성사되면 바로 포장해서 보내 드릴게요.',
  order_paid: '주문 {number} 건은 결제가 완료되어 상품을 준비하고 있어요. {promised}까지 배송을 약속드려요.',
  order_packed: '주문 {number} 건은 포장이 끝나서 곧 택배사에 전달될 예정이에요. {promised}까지 배송을 약속드려요.',
  order_partially_shipped: '주문 {number} 건 중 일부 상품이 배송 중이에요(택배사 {carrier}, 운송장 번호 {tracking}): {event}. 나머지 상품은 따로 보내 드릴게요.',
  order_shipped: '주문 {number} 건이 배송 중이에요(택배사 {carrier}, 운송장 번호 {tracking}). 최근 배송 현황: {event}. 도착 예정일: {eta}.',
  order_delivered: '주문 {number} 건은 {delivered}에 배송 완료되었어요. 상품에 문제가 있으면 말씀해 주세요. 상담원을 연결해 도와드릴게요.',
  order_cancelled: '주문 {number} 건은 {cancelled}에 취소되었어요. 결제하신 금액은 원래 결제 수단으로 환불돼요.',
  order_closed: '주문 {number} 건은 거래가 완료되어 종료되었어요. 이 주문과 관련해 더 도와드릴 일이 있을까요?',
  handoff: '지금 상담원을 연결해 드릴게요. 이제부터 상담원이 도와드릴 거예요. 계속 메시지를 남겨 주셔도 되고, 상담원이 지금까지의 대화를 모두 볼 수 있어요.',
  handoff_anger: '불편을 드려 정말 죄송해요. 제대로 해결될 수 있도록 지금 바로 상담원을 연결해 드릴게요.',
  clarify: '죄송해요, 잘 이해하지 못했어요. 다른 표현으로 말씀해 주시겠어요? 주문, 배송 조회, 배송, 반품, 결제, 쿠폰 관련 문의를 도와드릴 수 있어요.',
  knowledge: '{body}',
  knowledge_source: '출처: {title}',
  no_answer: '이 질문에는 정확한 답변을 드리기 어려워서 상담원에게 넘겨 드릴게요.',
  quick_order: '주문한 상품 어디쯤 왔나요?',
  quick_shipping: '배송비 안내',
  quick_returns: '반품 정책',
};
