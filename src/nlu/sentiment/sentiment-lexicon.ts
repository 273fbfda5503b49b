// Our own small sentiment lexicon for shop chat in the 13 languages: polarity words (−2..+2),
// anger and urgency cues, negations that flip the next words, intensifiers that scale them.
// Chinese is listed in Simplified: Traditional text is folded to it before lookup.
import type { Language } from '../types.js';

export const POLARITY: Record<string, number> = {
  // en
  good: 1, great: 2, excellent: 2, amazing: 2, awesome: 2, love: 2, perfect: 2, nice: 1, happy: 1.5, thanks: 1, thank: 1, fast: 1, helpful: 1.5, satisfied: 1.5, beautiful: 1.5, recommend: 1,
  bad: -1.5, terrible: -2, awful: -2, horrible: -2, worst: -2, poor: -1, broken: -1.5, damaged: -1.5, late: -1, slow: -1, wrong: -1, missing: -1, disappointed: -1.5, disappointing: -1.5, unhappy: -1.5, useless: -2, fake: -2, scam: -2, cheated: -2, hate: -2, annoyed: -1.5, frustrated: -1.5, problem: -0.5, issue: -0.5, never: -0.5, refund: -0.5, complaint: -1, defective: -1.5, rude: -1.5,
  // id / ms
  bagus: 1.5, mantap: 2, mantul: 2, puas: 1.5, senang: 1.5, suka: 1, cepat: 1, makasih: 1, terima: 0.5, baik: 1, keren: 1.5, rapi: 1, best: 1.5, terbaik: 2, gembira: 1.5,
  jelek: -1.5, buruk: -1.5, rusak: -1.5, rosak: -1.5, lambat: -1, lama: -0.5, kecewa: -2, mengecewakan: -2, parah: -1.5, penipu: -2, tipu: -2, bohong: -1.5, salah: -1, hilang: -1, kesal: -1.5, marah: -2, geram: -2, teruk: -2, hancur: -2,
  // vi
  tốt: 1.5, tot: 1.5, đẹp: 1.5, dep: 1.5, 'hài lòng': 1.5, 'hai long': 1.5, nhanh: 1, thích: 1, thich: 1, 'tuyệt vời': 2, 'tuyet voi': 2, ổn: 0.5, 'cảm ơn': 1, 'cam on': 1,
  tệ: -1.5, kém: -1.5, chậm: -1, cham: -1, hỏng: -1.5, 'thất vọng': -2, 'that vong': -2, 'lừa đảo': -2, 'lua dao': -2, 'bực': -1.5, 'bực mình': -2, 'sai': -1, 'mất': -1,
  // fil
  maganda: 1.5, ganda: 1.5, salamat: 1, sulit: 1, ayos: 1, mabilis: 1, masaya: 1.5,
  pangit: -1.5, sira: -1.5, mabagal: -1, 'ang tagal': -1.5, nakakainis: -2, galit: -2, peke: -2, manloloko: -2, sayang: -0.5, mali: -1, nawala: -1,
  // es / pt
  bueno: 1, buena: 1, excelente: 2, genial: 2, gracias: 1, perfecto: 2, rápido: 1, rapido: 1, encanta: 2, contento: 1.5, contenta: 1.5,
  malo: -1.5, mala: -1.5, pésimo: -2, pesimo: -2, roto: -1.5, rota: -1.5, tarde: -1, lento: -1, decepcionado: -2, decepcionada: -2, estafa: -2, enojado: -2, enfadado: -2, molesto: -1.5, queja: -1,
  bom: 1, boa: 1, ótimo: 2, otimo: 2, obrigado: 1, obrigada: 1, adorei: 2, perfeito: 2, feliz: 1.5, satisfeito: 1.5,
  ruim: -1.5, péssimo: -2, quebrado: -1.5, quebrada: -1.5, atrasado: -1, atrasada: -1, decepcionante: -2, golpe: -2, irritado: -1.5, absurdo: -2, reclamação: -1,
  // zh
  好: 0.5, 很好: 1.5, 满意: 1.5, 喜欢: 1.5, 谢谢: 1, 感谢: 1, 快: 0.5, 棒: 2, 赞: 1.5, 不错: 1.5, 完美: 2,
  差: -1.5, 很差: -2, 坏: -1.5, 坏了: -1.5, 破: -1, 慢: -1, 失望: -2, 骗子: -2, 垃圾: -2, 生气: -2, 投诉: -1.5, 退款: -0.5, 问题: -0.5, 烂: -2, 假货: -2,
  // ja
  良い: 1, いい: 1, ありがとう: 1, 嬉しい: 1.5, 満足: 1.5, 最高: 2, 素晴らしい: 2,
  悪い: -1.5, 最悪: -2, 壊れ: -1.5, 遅い: -1, 残念: -1.5, がっかり: -2, 怒: -2, 詐欺: -2, 不良品: -1.5,
  // ko
  좋아요: 1.5, 좋은: 1, 좋다: 1, 감사합니다: 1, 고마워요: 1, 만족: 1.5, 최고: 2, 빨라요: 1,
  나빠요: -1.5, 최악: -2, 고장: -1.5, 느려요: -1, 실망: -2, 화나: -2, 짜증: -2, 사기: -2, 불량: -1.5,
  // th
  ดี: 1, ดีมาก: 2, ขอบคุณ: 1, ชอบ: 1.5, พอใจ: 1.5, เร็ว: 1, สวย: 1.5,
  แย่: -1.5, แย่มาก: -2, เสีย: -1.5, ช้า: -1, ผิดหวัง: -2, โกง: -2, โมโห: -2, หงุดหงิด: -1.5, พัง: -1.5,
  // ar
  جيد: 1, ممتاز: 2, شكرا: 1, شكراً: 1, رائع: 2, سعيد: 1.5, 'حلو': 1,
  سيء: -1.5, سيئ: -1.5, سيئة: -1.5, متأخر: -1, مكسور: -1.5, خربان: -1.5, محبط: -2, نصاب: -2, غاضب: -2, زعلان: -1.5, مشكلة: -0.5,
};

/** Words that show anger rather than mere disappointment (0..1 each). */
export const ANGER: Record<string, number> = {
  angry: 1, furious: 1, ridiculous: 0.8, unacceptable: 0.9, scam: 0.9, fraud: 0.9, wtf: 1, damn: 0.7, hell: 0.5, stupid: 0.8, idiot: 1, 'fed up': 0.8, sue: 0.8, lawyer: 0.7, 'report you': 0.8, worst: 0.6, useless: 0.7, hate: 0.8, 'never again': 0.7,
  marah: 1, kesal: 0.7, geram: 1, penipu: 1, tipu: 0.9, anjing: 1, bangsat: 1, bodoh: 0.8, parah: 0.5, teruk: 0.6, sial: 0.8, babi: 1,
  'bực': 0.8, 'bực mình': 0.9, 'lừa đảo': 1, 'lua dao': 1, 'điên': 0.8, 'vãi': 0.6, 'đm': 1, dm: 1, vcl: 1,
  galit: 1, nakakainis: 0.8, bwisit: 1, manloloko: 1, 'putang ina': 1, putangina: 1, peste: 0.8,
  enojado: 1, enfadado: 1, furioso: 1, inaceptable: 0.9, estafa: 0.9, ridículo: 0.8, mierda: 1,
  irritado: 0.8, furiosa: 1, inaceitável: 0.9, golpe: 0.9, merda: 1, absurdo: 0.7,
  生气: 1, 气死: 1, 愤怒: 1, 骗子: 1, 垃圾: 0.8, 投诉: 0.7, 太过分: 0.9, 什么鬼: 0.8,
  怒: 1, ふざけ: 1, 詐欺: 1, 最悪: 0.6, ムカつ: 0.9,
  화나: 1, 짜증: 0.9, 사기: 1, 최악: 0.6, 열받: 1,
  โมโห: 1, โกง: 1, หงุดหงิด: 0.7, ห่วย: 0.7,
  غاضب: 1, نصاب: 1, 'حرام عليكم': 0.8, زفت: 0.8, 'مش معقول': 0.7,
};

/** Words that ask for speed. */
export const URGENCY: Record<string, number> = {
  urgent: 1, urgently: 1, asap: 1, immediately: 1, now: 0.5, 'right now': 0.9, quickly: 0.6, hurry: 0.8, emergency: 1, today: 0.4, tonight: 0.5, 'as soon as possible': 1,
  segera: 0.9, cepat: 0.5, cepetan: 0.9, buruan: 0.9, sekarang: 0.5, darurat: 1, penting: 0.6, 'secepatnya': 1, cepatlah: 0.9,
  gấp: 1, 'ngay': 0.6, 'ngay lập tức': 1, 'khẩn cấp': 1, 'nhanh lên': 0.9,
  agad: 0.8, ngayon: 0.5, 'ngayon na': 0.9, madali: 0.6, bilisan: 0.9,
  urgente: 1, ahora: 0.5, inmediatamente: 1, rápido: 0.5, já: 0.3, agora: 0.5, imediatamente: 1, logo: 0.3,
  急: 1, 紧急: 1, 马上: 0.9, 立刻: 1, 赶紧: 0.9, 尽快: 0.9, 快点: 0.8,
  至急: 1, 急ぎ: 1, すぐ: 0.8, 早く: 0.7,
  급해요: 1, 급함: 1, 빨리: 0.8, 당장: 1,
  ด่วน: 1, รีบ: 0.8, เร็วๆ: 0.8,
  عاجل: 1, ضروري: 0.8, بسرعة: 0.9, حالا: 0.8, فورا: 1, فوراً: 1,
};

export const NEGATIONS = new Set([
  'not', "n't", 'no', 'never', "don't", 'dont', "isn't", "wasn't", "didn't", "doesn't", 'tidak', 'tak', 'bukan', 'gak', 'ga', 'nggak', 'enggak', 'belum', 'jangan',
  'không', 'khong', 'chẳng', 'chưa', 'hindi', 'wala', 'nunca', 'nem', 'não', 'nao', '不', '没', '没有', '别', 'ない', 'じゃない', '안', '못', 'ไม่', 'لا', 'ما', 'مش', 'مو', 'ليس',
]);

/** Negations that are other words in other languages ("di" is "at" in Indonesian, "ko" "my" in Filipino). */
export const LANGUAGE_NEGATIONS: Partial<Record<Language, Set<string>>> = {
  vi: new Set(['ko', 'k', 'hok', 'hông', 'hong', 'kh', 'đâu']),
  fil: new Set(['di', 'hinde']),
  id: new Set(['gk', 'ngga', 'kagak', 'tdk', 'blm']),
  ms: new Set(['x', 'tk', 'tiada', 'takde']),
};

export const INTENSIFIERS: Record<string, number> = {
  very: 1.5, so: 1.4, really: 1.4, extremely: 1.8, super: 1.5, too: 1.3, totally: 1.5, absolutely: 1.6,
  sangat: 1.5, banget: 1.5, bgt: 1.5, sekali: 1.4, amat: 1.4, sungguh: 1.4, 'rất': 1.5, rat: 1.4, 'quá': 1.5, qua: 1.3, 'lắm': 1.4,
  sobrang: 1.6, napaka: 1.5, talaga: 1.3, muy: 1.5, demasiado: 1.4, muito: 1.5,
  很: 1.4, 太: 1.5, 非常: 1.7, 超: 1.5, 特别: 1.5, とても: 1.5, 本当に: 1.4, 정말: 1.5, 너무: 1.5, 진짜: 1.4, มาก: 1.5, จริงๆ: 1.4, جدا: 1.5, جداً: 1.5, كتير: 1.4, اوي: 1.4,
};

export const POSITIVE_EMOJI = new Set(['😀', '😃', '😄', '😁', '😊', '🙂', '😍', '🥰', '😘', '👍', '👏', '🙏', '❤', '❤️', '💕', '💖', '✨', '🎉', '👌', '💯', '🤩', '😻']);
export const NEGATIVE_EMOJI = new Set(['😞', '😔', '😟', '😢', '😭', '😩', '😫', '🙁', '☹', '☹️', '👎', '💔', '😒', '🤦', '🤦‍♀️', '🤦‍♂️', '😤']);
export const ANGRY_EMOJI = new Set(['😡', '😠', '🤬', '👿', '💢', '😤', '🖕']);
