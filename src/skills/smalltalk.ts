// Greeting, thanks and goodbye: short, in the shopper's language, with the shop's name.
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

const QUICK_REPLIES: Record<string, string[]> = {
  en: ['Where is my order?', 'Shipping fees', 'Return policy'],
};

export function smalltalk(ctx: SkillContext, intent: 'greeting' | 'thanks' | 'goodbye'): SkillResult {
  const text = render(ctx.language, intent, { shop: ctx.shop.name });
  const quickReplies = intent === 'greeting' ? QUICK_REPLIES[ctx.language] : undefined;
  return { replies: [quickReplies ? { text, quickReplies } : { text }], state: ctx.state };
}
