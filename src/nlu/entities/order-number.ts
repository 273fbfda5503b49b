// Order numbers: the store's own patterns (default PD-123456) anywhere in the text, and bare
// 6–10 digit numbers right after the word for "order" in any of our languages.
import type { Entity } from '../types.js';
import { alternation, entityFromMatch } from './entity-span.js';

export const DEFAULT_ORDER_NUMBER_PATTERNS: RegExp[] = [/\bPD-\d{6}\b/i];

const ORDER_WORDS = [
  'order', 'orders', 'order no', 'order number', 'order id', 'purchase', 'pesanan', 'no pesanan', 'nomor pesanan',
  'nombor pesanan', 'order saya', 'oder', 'orderan', 'đơn hàng', 'đơn', 'mã đơn', 'don hang', 'ma don', 'pedido',
  'encomenda', 'orden', 'número de pedido', 'numero de pedido', 'pedido nº', 'pedido no', '订单', '訂單', '订单号',
  '訂單編號', '订单编号', '注文', '注文番号', '주문', '주문번호', 'คำสั่งซื้อ', 'ออเดอร์', 'หมายเลขคำสั่งซื้อ', 'طلب',
  'الطلب', 'رقم الطلب', 'talab', 'el talab', 'numero ng order',
];

const BARE_AFTER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(ORDER_WORDS)})\\s*(?:#|no\\.?|nr\\.?|number|num|id|ref|nº|:|是|は|번호|号|號)?\\s*[:#]?\\s*(\\d{6,10})(?!\\d)`,
  'giu',
);

function globalCopy(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}

export function extractOrderNumbers(text: string, patterns: RegExp[] = DEFAULT_ORDER_NUMBER_PATTERNS): Entity[] {
  const out: Entity[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(globalCopy(pattern))) {
      out.push(entityFromMatch('order_number', m[0].toUpperCase(), m[0], m.index!, { source: 'store_pattern' }));
    }
  }
  for (const m of text.matchAll(BARE_AFTER_WORD)) {
    const digits = m[1]!;
    const start = m.index! + m[0].length - digits.length;
    if (!out.some((e) => start < e.end && start + digits.length > e.start)) {
      out.push(entityFromMatch('order_number', digits, digits, start, { source: 'after_order_word' }));
    }
  }
  return out;
}
