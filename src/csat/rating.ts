// The satisfaction question's answer options and how a shopper's answer is read. Option n is n stars,
// so a tap on a button (the label), a number typed after the numbered-text fallback ("1. ★" … "5.
// ★★★★★") and a plain "4" or "4/5" all mean the same rating.

export const RATING_OPTIONS: readonly string[] = [1, 2, 3, 4, 5].map((n) => '★'.repeat(n));

/** The 1–5 rating this message gives, or undefined when it is not a rating (then it is a new message). */
export function parseRating(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  const digit = /^([1-5])\s*(?:\/\s*5|[.)]|★+|⭐+)?$/u.exec(t);
  if (digit) return Number(digit[1]);
  if (/^[★⭐]{1,5}$/u.test(t)) return [...t].length;
  return undefined;
}
