// Quantities of items: a number with a counting word ("2 pcs", "3 buah", "2 cái", "2件", "3개",
// "2 ชิ้น", "x2", "dos unidades"), value = the count as a decimal string.
import type { Entity } from '../types.js';
import { alternation, entityFromMatch } from './entity-span.js';

const UNITS = [
  'pcs', 'pc', 'pieces', 'piece', 'items', 'item', 'units', 'unit', 'pairs', 'pair', 'sets', 'set', 'boxes', 'box', 'packs', 'pack', 'bottles', 'bottle',
  'buah', 'biji', 'pasang', 'helai', 'unit', 'kotak', 'botol', 'lusin', 'cái', 'chiếc', 'đôi', 'bộ', 'hộp', 'chai', 'cai', 'chiec', 'doi', 'bo', 'hop',
  'piraso', 'pares', 'pirasong', 'unidades', 'unidad', 'piezas', 'pieza', 'pares', 'par', 'cajas', 'caja', 'unidade', 'peças', 'peça', 'pecas', 'peca', 'caixas', 'caixa',
  '件', '个', '個', '双', '雙', '套', '盒', '瓶', '条', '條', '只', '隻', '枚', '点', '箱', '本', 'つ', '足', '着', '개', '벌', '켤레', '세트', '병', '박스', 'ชิ้น', 'อัน', 'คู่', 'ชุด', 'กล่อง', 'ขวด', 'قطع', 'قطعة', 'حبة', 'حبات',
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5,
  isa: 1, dalawa: 2, tatlo: 3, apat: 4, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4,
  一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 한: 1, 두: 2, 세: 3, 네: 4,
};

const QUANTITY = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}.,])(?<num>\d{1,4}|${alternation(Object.keys(NUMBER_WORDS))})\s?(?<unit>${alternation(new Set(UNITS))})(?![\p{Script=Latin}])` +
    String.raw`|(?<![\p{L}\p{N}])[x×]\s?(?<times>\d{1,4})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<timesAfter>\d{1,4})\s?[x×](?![\p{L}\p{N}])`,
  'giu',
);

export function extractQuantities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const raw = g.num ?? g.times ?? g.timesAfter!;
    const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.toLowerCase()] ?? NUMBER_WORDS[raw];
    if (n === undefined || n <= 0) continue;
    out.push(entityFromMatch('quantity', String(n), m[0], m.index!, g.unit ? { unit: g.unit.toLowerCase() } : undefined));
  }
  return out;
}
