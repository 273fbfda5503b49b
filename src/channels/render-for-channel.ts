// Degrades a reply to what a channel can show: quick replies the platform cannot display (too many,
// labels too long, or none at all) become a numbered list in the text, and text longer than the
// channel's limit is split at the best break before the limit (paragraph, line, sentence, word),
// never inside a surrogate pair. Quick replies ride on the last part, as a shopper reads them last.
import type { ChannelCapabilities, OutboundPart } from './types.js';

export function renderForChannel(reply: { text: string; quickReplies?: string[] }, caps: ChannelCapabilities): OutboundPart[] {
  const options = (reply.quickReplies ?? []).filter((q) => q.trim().length > 0);
  const native = options.length > 0 && caps.quickReplies && options.length <= caps.maxQuickReplies && options.every((q) => [...q].length <= caps.maxQuickReplyChars);
  const text = options.length > 0 && !native ? `${reply.text}\n\n${options.map((q, i) => `${i + 1}. ${q}`).join('\n')}` : reply.text;
  if (!native) return splitText(text, caps.maxTextChars).map((t) => ({ text: t }));
  const lastLimit = Math.min(caps.maxTextChars, caps.maxTextWithQuickRepliesChars ?? caps.maxTextChars);
  const chunks = splitText(text, caps.maxTextChars);
  const last = chunks.pop()!;
  const tail = last.length <= lastLimit ? [last] : splitText(last, lastLimit);
  const parts = [...chunks, ...tail].map((t) => ({ text: t }) as OutboundPart);
  parts[parts.length - 1]!.quickReplies = options;
  return parts;
}

const BREAKS: RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?。！？]\s*/g, /\s+/g];

export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError('max must be at least 2');
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = bestCut(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head.length > 0) out.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

function bestCut(s: string, max: number): number {
  const window = s.slice(0, max + 1);
  for (const re of BREAKS) {
    let best = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      // A sentence end keeps its punctuation on the left; other breaks drop the whitespace.
      const at = re === BREAKS[2] ? Math.min(end, max) : m.index;
      if (at > 0 && at <= max) best = at;
    }
    // Only accept a break past a third of the window, so parts are not tiny.
    if (best > max / 3) return best;
  }
  const code = s.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
