// Search tokens for help-centre text in any catalog language: Intl.Segmenter words (Thai, Chinese
// and Japanese need no dictionary with it), plus what the segmenter alone misses: Vietnamese is
// split into syllables, so adjacent syllables are paired ("đổi trả" → "đổi_trả"); Korean only on
// spaces and Chinese/Japanese are cut differently in question and article ("退货" → "退", "货"),
// so their runs of characters also give character pairs.
import { segmentWords } from '../nlu/text/segment.js';

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}|[\p{Script=Hangul}]{3,}/gu;

export function searchTokens(text: string, language: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = segmentWords(folded).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const out = [...words];
  if (language === 'vi') for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  for (const [run] of folded.matchAll(CJK_RUN)) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}
